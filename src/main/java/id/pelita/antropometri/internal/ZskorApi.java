package id.pelita.antropometri.internal;

import id.pelita.audit.AksiAudit;
import id.pelita.audit.AuditLog;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

@Tag(name = "Antropometri", description = "WHO z-scores and Permenkes 2/2020 nutritional status of children")
@RestController
class ZskorApi {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private final PengolahBatchZskor pengolah;
    private final AuditLog audit;

    ZskorApi(PengolahBatchZskor pengolah, AuditLog audit) {
        this.pengolah = pengolah;
        this.audit = audit;
    }

    @Operation(summary = "Batch z-scores (WHO Child Growth Standards / Reference 2007, Permenkes 2/2020 categories)",
            description = "Body: text/csv with the header id,sex,age_days,weight_kg,length_cm,measure,oedema "
                    + "(sex 1 male / 2 female; measure L lying, H standing or empty; oedema y/n). Answers text/csv "
                    + "(or JSON with Accept: application/json) with id,zlen,zwei,zwfl,zbmi,kat_tbu,kat_bbu,kat_bbtb,kat_imtu,flags: "
                    + "z to 2 decimals, empty where not computable with the reason in flags (e.g. zwei:EDEMA; "
                    + "galat:age_days:bukan angka for a bad row, which never stops the others). Limits: 2 MiB, 20,000 rows "
                    + "(413). A missing or wrong header answers 400 with kode header-csv-salah. Nothing is stored.")
    @PostMapping(path = "/api/v1/antropometri/zscore", consumes = {"text/csv", "text/plain", "application/csv"},
            produces = {"text/csv", "application/json"})
    ResponseEntity<?> zscore(HttpServletRequest permintaan,
                             @RequestHeader(name = "Accept", required = false) String terima) throws IOException {
        if (permintaan.getContentLengthLong() > PengolahBatchZskor.BAYT_MAKS) {
            return masalah(HttpStatus.CONTENT_TOO_LARGE, "terlalu-besar", "Berkas terlalu besar",
                    "Paling besar 2 MiB dan 20.000 baris.");
        }
        List<PengolahBatchZskor.BarisHasil> hasil;
        try (InputStream in = new BatasMasukan(permintaan.getInputStream(), PengolahBatchZskor.BAYT_MAKS)) {
            hasil = pengolah.olah(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (BatasMasukan.Terlampaui | PengolahBatchZskor.TerlaluBanyak e) {
            return masalah(HttpStatus.CONTENT_TOO_LARGE, "terlalu-besar", "Berkas terlalu besar",
                    "Paling besar 2 MiB dan 20.000 baris.");
        } catch (PengolahBatchZskor.KepalaSalah e) {
            ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "header-csv-salah", "Header CSV salah",
                    "Baris pertama harus: " + String.join(",", PengolahBatchZskor.KEPALA_MASUK));
            p.setProperty("diharapkan", PengolahBatchZskor.KEPALA_MASUK);
            p.setProperty("ditemukan", e.ditemukan);
            return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
        }
        audit.catat(AksiAudit.IMPOR, "antropometri-zskor", "batch", null, "z-skor batch lewat API: " + hasil.size() + " baris");
        if (inginJson(terima)) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(hasil);
        }
        StringBuilder csv = new StringBuilder(hasil.size() * 64 + 80);
        pengolah.tulisCsv(hasil, csv);
        return ResponseEntity.ok().contentType(TEXT_CSV).body(csv.toString());
    }

    /** JSON only when asked for and preferred over CSV (a missing or wildcard Accept gets CSV). */
    static boolean inginJson(String terima) {
        if (terima == null) {
            return false;
        }
        List<MediaType> jenis = new java.util.ArrayList<>(MediaType.parseMediaTypes(terima));
        jenis.sort(java.util.Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType m : jenis) {
            if (m.isCompatibleWith(MediaType.APPLICATION_JSON) && !m.isWildcardType()) {
                return true;
            }
            if (m.isCompatibleWith(TEXT_CSV) && !m.isWildcardType()) {
                return false;
            }
        }
        return false;
    }

    private static ResponseEntity<ProblemDetail> masalah(HttpStatus status, String kode, String judul, String detail) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem(status, kode, judul, detail));
    }

    private static ProblemDetail problem(HttpStatus status, String kode, String judul, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create("urn:pelita:masalah:" + kode));
        p.setTitle(judul);
        p.setProperty("kode", kode);
        return p;
    }
}
