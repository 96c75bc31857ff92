package id.pelita.posyandu.internal;

import id.pelita.inti.TidakDitemukan;
import id.pelita.posyandu.JadwalPosyandu;
import id.pelita.wilayah.DirektoriWilayah;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The public posyandu schedule of a village (no login): seed 004 step 1–2, citizens learn when to come. */
@Controller
class JadwalPublik {

    private final JadwalPosyanduJdbc jadwal;
    private final DirektoriWilayah wilayah;
    private final Clock jam;

    JadwalPublik(JadwalPosyanduJdbc jadwal, DirektoriWilayah wilayah, Clock jam) {
        this.jadwal = jadwal;
        this.wilayah = wilayah;
        this.jam = jam;
    }

    @GetMapping("/jadwal-posyandu/{desaKode}")
    String halaman(@PathVariable String desaKode, Model model) {
        var desa = jadwal.cariDesa(desaKode).orElseThrow(() -> new TidakDitemukan("desa"));
        model.addAttribute("desa", desa);
        model.addAttribute("namaDesa", wilayah.namaLengkap(desa.kode()));
        model.addAttribute("jadwal", jadwal.mendatang(desa.kode(), LocalDate.now(jam)));
        return "posyandu/jadwal-publik";
    }

    /** The same as JSON for apps. */
    @RestController
    static class Api {

        private final JadwalPosyanduJdbc jadwal;
        private final Clock jam;

        Api(JadwalPosyanduJdbc jadwal, Clock jam) {
            this.jadwal = jadwal;
            this.jam = jam;
        }

        @Operation(summary = "Jadwal posyandu mendatang sebuah desa (publik)")
        @GetMapping("/api/v1/posyandu/jadwal/{desaKode}")
        List<JadwalPosyandu.Sesi> jadwal(@PathVariable String desaKode) {
            var desa = jadwal.cariDesa(desaKode).orElseThrow(() -> new TidakDitemukan("desa"));
            return jadwal.mendatang(desa.kode(), LocalDate.now(jam));
        }
    }
}
