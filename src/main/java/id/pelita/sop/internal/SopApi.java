package id.pelita.sop.internal;

import id.pelita.inti.TidakDitemukan;
import id.pelita.sop.DefinisiSop;
import id.pelita.sop.DefinisiTidakSah;
import id.pelita.sop.RingkasanSop;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "SOP", description = "SOP definitions (Permendagri 52/2011) as versioned YAML data")
@RestController
@RequestMapping("/api/v1/sop")
class SopApi {

    private final KatalogSopJdbc katalog;

    SopApi(KatalogSopJdbc katalog) {
        this.katalog = katalog;
    }

    @Operation(summary = "All SOPs in their latest version, by kode")
    @GetMapping
    List<RingkasanSop> daftar() {
        return katalog.daftar();
    }

    @Operation(summary = "The latest version of an SOP")
    @GetMapping("/{kode}")
    DefinisiSop terbaru(@PathVariable String kode) {
        return katalog.terbaru(kode).orElseThrow(() -> new TidakDitemukan("SOP " + kode));
    }

    @Operation(summary = "One version of an SOP")
    @GetMapping("/{kode}/versi/{versi}")
    DefinisiSop versi(@PathVariable String kode, @PathVariable int versi) {
        return katalog.versi(kode, versi).orElseThrow(() -> new TidakDitemukan("SOP " + kode + " versi " + versi));
    }

    @Operation(summary = "Store a definition as the next version of its kode",
            description = "Body: the YAML definition file (application/yaml or text/plain, max. 256 KB). The versi in "
                    + "the text is ignored: a new kode gets version 1, a known one the next number. 201 with the stored "
                    + "definition; 400 problem with one `galat` entry per error (field = path, pesan, baris, kolom).")
    @PostMapping(consumes = MediaType.ALL_VALUE)
    ResponseEntity<DefinisiSop> simpan(@RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String jenis,
                                       @RequestBody(required = false) byte[] isi,
                                       @RequestParam(required = false) String catatan) {
        if (!jenisYaml(jenis)) {
            throw masalah(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "jenis-tidak-didukung", "Jenis isi tidak didukung",
                    "Kirim definisi SOP sebagai application/yaml atau text/plain (diterima: " + jenis + ")");
        }
        if (isi != null && isi.length > BatasUnggah.MAKS_BYTE) {
            throw masalah(HttpStatus.CONTENT_TOO_LARGE, "terlalu-besar", "Terlalu besar",
                    "Definisi SOP maksimal 256 KB (diterima " + isi.length / 1024 + " KB)");
        }
        DefinisiSop d = katalog.simpanRevisi(BatasUnggah.teks(isi == null ? new byte[0] : isi), catatan);
        return ResponseEntity.created(URI.create("/api/v1/sop/" + d.kode() + "/versi/" + d.versi())).body(d);
    }

    record GalatSop(String field, String kode, String pesan, Integer baris, Integer kolom) {
    }

    @ExceptionHandler(DefinisiTidakSah.class)
    ProblemDetail tidakSah(DefinisiTidakSah e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                "Definisi SOP tidak sah: " + e.galat().size() + " galat. " + e.galat().get(0));
        p.setType(URI.create("urn:pelita:masalah:sop-tidak-sah"));
        p.setTitle("Definisi SOP tidak sah");
        p.setProperty("kode", "sop-tidak-sah");
        p.setProperty("galat", e.galat().stream()
                .map(g -> new GalatSop(g.path(), "sop-tidak-sah", g.pesan(), g.baris(), g.kolom())).toList());
        return p;
    }

    private static boolean jenisYaml(String jenis) {
        if (jenis == null) {
            return false;
        }
        try {
            MediaType m = MediaType.parseMediaType(jenis);
            return m.isCompatibleWith(MediaType.TEXT_PLAIN) || m.getSubtype().equals("yaml")
                    || m.getSubtype().equals("x-yaml");
        } catch (org.springframework.util.InvalidMimeTypeException e) {
            return false;
        }
    }

    private static ErrorResponseException masalah(HttpStatus status, String kode, String judul, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create("urn:pelita:masalah:" + kode));
        p.setTitle(judul);
        p.setProperties(Map.of("kode", kode));
        return new ErrorResponseException(status, p, null);
    }
}
