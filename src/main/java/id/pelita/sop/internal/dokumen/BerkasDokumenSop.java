package id.pelita.sop.internal.dokumen;

import id.pelita.sop.DefinisiSop;
import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The SOP document as files: the PDF for printing and the flowchart as one SVG. A REST controller so an
 * unknown SOP answers a 404 problem document rather than an HTML page inside a "PDF".
 */
@RestController
class BerkasDokumenSop {

    static final MediaType SVG = MediaType.valueOf("image/svg+xml");

    private final SumberDokumen sumber;
    private final PenyajiDokumenSop penyaji;

    BerkasDokumenSop(SumberDokumen sumber, PenyajiDokumenSop penyaji) {
        this.sumber = sumber;
        this.penyaji = penyaji;
    }

    @GetMapping("/sop/{kode}/versi/{versi}/dokumen.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String kode, @PathVariable int versi) {
        DefinisiSop sop = sumber.cari(kode, versi);
        byte[] isi = penyaji.pdf(sop);
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("SOP-" + namaBerkas(sop.kode()) + "-v" + sop.versi() + ".pdf", StandardCharsets.UTF_8)
                        .build().toString())
                .body(isi);
    }

    @GetMapping("/sop/{kode}/versi/{versi}/alur.svg")
    ResponseEntity<String> svg(@PathVariable String kode, @PathVariable int versi) {
        DefinisiSop sop = sumber.cari(kode, versi);
        return ResponseEntity.ok()
                .contentType(new MediaType(SVG, StandardCharsets.UTF_8))
                // Opened directly, an SVG is a document of our origin: allow no scripts in it whatsoever.
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .header("X-Content-Type-Options", "nosniff")
                .body(penyaji.svg(sop));
    }

    /** SOP codes are keys like BSPPS-RAKOR; anything else is replaced so the header stays plain. */
    static String namaBerkas(String kode) {
        return kode.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
