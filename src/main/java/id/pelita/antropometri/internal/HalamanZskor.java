package id.pelita.antropometri.internal;

import id.pelita.audit.AksiAudit;
import id.pelita.audit.AuditLog;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * Screen /antropometri/zskor for nutrition staff: upload a CSV of measurements, see the z-scores and categories
 * on the screen (printable) or download them as CSV. Same format and limits as the API; nothing is stored.
 */
@Controller
class HalamanZskor {

    private final PengolahBatchZskor pengolah;
    private final AuditLog audit;

    HalamanZskor(PengolahBatchZskor pengolah, AuditLog audit) {
        this.pengolah = pengolah;
        this.audit = audit;
    }

    @GetMapping("/antropometri/zskor")
    ModelAndView lihat() {
        return halaman(null, null, HttpStatus.OK);
    }

    @PostMapping("/antropometri/zskor")
    Object unggah(@RequestParam(name = "berkas", required = false) MultipartFile berkas,
                  @RequestParam(name = "keluaran", defaultValue = "lihat") String keluaran) throws IOException {
        if (berkas == null || berkas.isEmpty()) {
            return halaman("antropometri.galat.berkas-kosong", null, HttpStatus.BAD_REQUEST);
        }
        if (berkas.getSize() > PengolahBatchZskor.BAYT_MAKS) {
            return halaman("antropometri.galat.terlalu-besar", null, HttpStatus.CONTENT_TOO_LARGE);
        }
        List<PengolahBatchZskor.BarisHasil> hasil;
        try {
            hasil = pengolah.olah(new InputStreamReader(berkas.getInputStream(), StandardCharsets.UTF_8));
        } catch (PengolahBatchZskor.KepalaSalah e) {
            return halaman("antropometri.galat.header", null, HttpStatus.BAD_REQUEST);
        } catch (PengolahBatchZskor.TerlaluBanyak e) {
            return halaman("antropometri.galat.terlalu-besar", null, HttpStatus.CONTENT_TOO_LARGE);
        }
        audit.catat(AksiAudit.IMPOR, "antropometri-zskor", "batch", null, "z-skor batch lewat halaman: " + hasil.size() + " baris");
        if ("unduh".equals(keluaran)) {
            StringBuilder csv = new StringBuilder(hasil.size() * 64 + 80);
            pengolah.tulisCsv(hasil, csv);
            return ResponseEntity.ok().contentType(ZskorApi.TEXT_CSV)
                    .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                            .filename("zskor-hasil.csv").build().toString())
                    .body(csv.toString());
        }
        return halaman(null, hasil, HttpStatus.OK);
    }

    private ModelAndView halaman(String galat, List<PengolahBatchZskor.BarisHasil> hasil, HttpStatus status) {
        ModelAndView mv = new ModelAndView("antropometri/zskor", Map.of(
                "kepala", String.join(",", PengolahBatchZskor.KEPALA_MASUK),
                "barisMaks", PengolahBatchZskor.BARIS_MAKS));
        if (galat != null) {
            mv.addObject("galat", galat);
        }
        if (hasil != null) {
            mv.addObject("hasil", hasil);
        }
        mv.setStatus(status);
        return mv;
    }
}
