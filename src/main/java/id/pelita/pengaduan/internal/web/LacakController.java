package id.pelita.pengaduan.internal.web;

import id.pelita.inti.GalatValidasi;
import id.pelita.pengaduan.internal.RepositoriPengaduan;
import id.pelita.wilayah.DirektoriWilayah;
import id.pelita.wilayah.Wilayah;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.Optional;

/**
 * The public tracking page: anyone with the code sees where the complaint stands; the reporter (code plus
 * the last four phone digits) may rate or reopen it.
 */
@Controller
class LacakController {

    private final PembacaLacak pembaca;
    private final TindakanPelapor tindakan;
    private final DirektoriWilayah wilayah;
    private final MessageSource pesan;
    private final Clock jam;

    LacakController(PembacaLacak pembaca, TindakanPelapor tindakan, DirektoriWilayah wilayah, MessageSource pesan,
                    Clock jam) {
        this.pembaca = pembaca;
        this.tindakan = tindakan;
        this.wilayah = wilayah;
        this.pesan = pesan;
        this.jam = jam;
    }

    /** Shown on the page; the status label falls back to the raw status for one this page does not know yet. */
    record Tampilan(String kode, String status, String statusLabel, String kategori, String desa, String kecamatan,
                    ZonedDateTime dibuatPada, ZonedDateTime selesaiPada, boolean adaTelepon, Integer bintang,
                    boolean bisaDinilai, boolean bisaDibukaKembali) {
    }

    @GetMapping("/lacak")
    String form(@RequestParam(required = false) String kode, Model model) {
        if (kode == null || kode.isBlank()) {
            return "pengaduan/lacak-form";
        }
        Optional<String> normal = RepositoriPengaduan.normalKode(kode);
        if (normal.isEmpty()) {
            model.addAttribute("kode", kode);
            model.addAttribute("galatKode", "pengaduan.lacak.galat.format");
            return "pengaduan/lacak-form";
        }
        return "redirect:/lacak/" + normal.get();
    }

    @GetMapping("/lacak/{kode}")
    String halaman(@PathVariable String kode, Model model, HttpServletResponse res) {
        return tampil(kode, model, res, Map.of());
    }

    @PostMapping("/lacak/{kode}/nilai")
    String nilai(@PathVariable String kode, @RequestParam(required = false) String digit,
                 @RequestParam(required = false) Integer bintang, @RequestParam(required = false) String komentar,
                 Model model, HttpServletResponse res, RedirectAttributes arahkan) {
        String k = RepositoriPengaduan.normalKode(kode).orElse(kode);
        try {
            tindakan.nilai(k, digit, bintang, komentar);
        } catch (GalatValidasi g) {
            model.addAttribute("isianNilai", Map.of("bintang", bintang == null ? "" : bintang.toString(),
                    "komentar", komentar == null ? "" : komentar));
            res.setStatus(400);
            return tampil(k, model, res, g.galat());
        }
        arahkan.addFlashAttribute("sukses", "pengaduan.lacak.dinilai");
        return "redirect:/lacak/" + k;
    }

    @PostMapping("/lacak/{kode}/buka-kembali")
    String bukaKembali(@PathVariable String kode, @RequestParam(required = false) String digit,
                       @RequestParam(required = false) String alasan, Model model, HttpServletResponse res,
                       RedirectAttributes arahkan) {
        String k = RepositoriPengaduan.normalKode(kode).orElse(kode);
        try {
            tindakan.bukaKembali(k, digit, alasan);
        } catch (GalatValidasi g) {
            model.addAttribute("isianBuka", Map.of("alasan", alasan == null ? "" : alasan));
            res.setStatus(400);
            return tampil(k, model, res, g.galat());
        }
        arahkan.addFlashAttribute("sukses", "pengaduan.lacak.dibuka-kembali");
        return "redirect:/lacak/" + k;
    }

    private String tampil(String kode, Model model, HttpServletResponse res, Map<String, String> galat) {
        var p = RepositoriPengaduan.normalKode(kode).flatMap(pembaca::cari).orElse(null);
        if (p == null) {
            res.setStatus(404);
            model.addAttribute("kode", kode);
            return "pengaduan/lacak-tidak-ada";
        }
        var lokal = LocaleContextHolder.getLocale();
        var kini = jam.instant();
        model.addAttribute("p", new Tampilan(p.kode(), p.status(),
                pesan.getMessage("pengaduan.status." + p.status(), null, p.status(), lokal),
                pesan.getMessage("pengaduan.kategori." + p.kategori(), null, p.kategori(), lokal),
                wilayah.cari(p.desaKode()).map(Wilayah::nama).orElse(p.desaKode()),
                wilayah.cari(p.kecamatanKode()).map(Wilayah::nama).orElse(p.kecamatanKode()),
                p.dibuatPada().atZone(jam.getZone()),
                p.selesaiPada() == null ? null : p.selesaiPada().atZone(jam.getZone()),
                p.adaTelepon(), p.bintang(),
                p.adaTelepon() && "SELESAI".equals(p.status()) && p.bintang() == null,
                p.adaTelepon() && TindakanPelapor.masihBisaDibuka(p, kini)));
        model.addAttribute("kabar", pembaca.kabar(p.id()).stream()
                .map(k -> Map.of("isi", k.isi(), "pada", k.pada().atZone(jam.getZone()))).toList());
        model.addAttribute("galat", galat);
        return "pengaduan/lacak";
    }
}
