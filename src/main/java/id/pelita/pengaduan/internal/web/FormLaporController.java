package id.pelita.pengaduan.internal.web;

import id.pelita.inti.GalatValidasi;
import id.pelita.pengaduan.internal.Kategori;
import id.pelita.pengaduan.internal.PenerimaPengaduan;
import id.pelita.pengaduan.internal.PengaduanMasuk;
import id.pelita.pengaduan.internal.Saluran;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The public complaint form ({@code /lapor}). The checks run cheapest first: honeypot, proof-of-work, the
 * per-IP limit, then the complaint's fields and photos, then the per-phone limit; only then is anything
 * stored.
 */
@Controller
class FormLaporController {

    private static final Logger log = LoggerFactory.getLogger(FormLaporController.class);

    private final HalamanFormLapor halaman;
    private final PenjagaTantangan tantangan;
    private final PembatasLaju pembatas;
    private final PengolahFoto pengolahFoto;
    private final PenerimaPengaduan penerima;
    private final PengarsipLaporan pengarsip;
    private final PengaturanLapor pengaturan;

    FormLaporController(HalamanFormLapor halaman, PenjagaTantangan tantangan, PembatasLaju pembatas,
                        PengolahFoto pengolahFoto, PenerimaPengaduan penerima, PengarsipLaporan pengarsip,
                        PengaturanLapor pengaturan) {
        this.halaman = halaman;
        this.tantangan = tantangan;
        this.pembatas = pembatas;
        this.pengolahFoto = pengolahFoto;
        this.penerima = penerima;
        this.pengarsip = pengarsip;
        this.pengaturan = pengaturan;
    }

    @GetMapping("/lapor")
    String form(Model model) {
        return halaman.tampil(model, HalamanFormLapor.kosong(), Map.of());
    }

    @PostMapping("/lapor")
    String kirim(IsianLapor isian, @RequestParam(name = "foto", required = false) List<MultipartFile> foto,
                 HttpServletRequest req, HttpServletResponse res, Model model, RedirectAttributes arahkan) {
        if (isian.situsWeb() != null && !isian.situsWeb().isBlank()) {
            // A bot filled the hidden field: store nothing, and answer like a success so it learns nothing.
            log.info("Pengaduan web dibuang: honeypot terisi (IP {})", req.getRemoteAddr());
            return "pengaduan/lapor-diterima";
        }
        if (!tantangan.lulus(isian.altcha())) {
            res.setStatus(400);
            return halaman.tampil(model, isian, Map.of("altcha", "pengaduan.galat.tantangan"));
        }
        if (!pembatas.izinkan("ip:" + req.getRemoteAddr(), pengaturan.batasPerIpPerJam(), Duration.ofHours(1))) {
            res.setStatus(429);
            return halaman.tampil(model, isian, Map.of("", "pengaduan.galat.terlalu-sering"));
        }
        PengaduanMasuk masuk = keMasuk(isian);
        Map<String, String> galat = new LinkedHashMap<>();
        try {
            penerima.periksa(masuk);
        } catch (GalatValidasi g) {
            galat.putAll(g.galat());
        }
        List<PengolahFoto.Foto> bersih = List.of();
        try {
            bersih = pengolahFoto.olah(foto);
        } catch (GalatValidasi g) {
            galat.putAll(g.galat());
        }
        if (!galat.isEmpty()) {
            res.setStatus(400);
            return halaman.tampil(model, isian, galat);
        }
        if (masuk.telepon() != null && !pembatas.izinkan("tel:" + sidik(masuk.telepon()),
                pengaturan.batasPerTeleponPerHari(), Duration.ofDays(1))) {
            res.setStatus(429);
            return halaman.tampil(model, isian, Map.of("", "pengaduan.galat.terlalu-sering"));
        }
        String kode = pengarsip.arsipkan(masuk, bersih);
        arahkan.addFlashAttribute("kode", kode);
        return "redirect:/lapor/terkirim";
    }

    /** Shows the new tracking code once (a flash attribute); a reload leads to the tracking form instead. */
    @GetMapping("/lapor/terkirim")
    String terkirim(Model model) {
        return model.containsAttribute("kode") ? "pengaduan/lapor-terkirim" : "redirect:/lacak";
    }

    private static PengaduanMasuk keMasuk(IsianLapor i) {
        Kategori kategori = null;
        for (Kategori k : Kategori.values()) {
            if (k.name().equals(i.kategori())) {
                kategori = k;
            }
        }
        return new PengaduanMasuk(kategori, kosong(i.desaKode()), i.uraian(), Saluran.WEB,
                NomorTelepon.normal(i.telepon()), kosong(i.email()), kosong(i.nama()), i.rahasiakan(),
                koordinat(i.lintang()), koordinat(i.bujur()), null, null);
    }

    /** Empty is "no location"; text that is not a number is kept as NaN so the door calls it invalid. */
    private static Double koordinat(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return Double.valueOf(s.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static String kosong(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** Phone numbers are counted by hash: the counter table needs no personal data. */
    static String sidik(String telepon) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(("pelita-lapor:" + telepon).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
