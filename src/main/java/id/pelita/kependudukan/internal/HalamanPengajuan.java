package id.pelita.kependudukan.internal;

import id.pelita.inti.GalatValidasi;
import id.pelita.wilayah.DirektoriWilayah;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.util.List;

/**
 * TAJUK RETEH pages: /penduduk/pengajuan (the village operator's open submission: what is pending, the reasons
 * of a send-back, submit) and /penduduk/verifikasi (the kecamatan team: submissions waiting, one with its
 * changes, verify or send back with reasons).
 */
@Controller
class HalamanPengajuan {

    /** A change as a page lists it, with the resident's NIK as this user may see it (null: not about a resident). */
    record BarisPerubahan(Perubahan perubahan, String nik) {
    }

    private final LayananPengajuan layanan;
    private final LayananKependudukan kependudukan;
    private final RepositoriPenduduk penduduk;
    private final DirektoriWilayah wilayah;

    HalamanPengajuan(LayananPengajuan layanan, LayananKependudukan kependudukan, RepositoriPenduduk penduduk,
                     DirektoriWilayah wilayah) {
        this.layanan = layanan;
        this.kependudukan = kependudukan;
        this.penduduk = penduduk;
        this.wilayah = wilayah;
    }

    @GetMapping("/penduduk/pengajuan")
    String pengajuan(Model model) {
        var terbuka = layanan.terbuka();
        model.addAttribute("terbuka", terbuka.orElse(null));
        model.addAttribute("perubahan", terbuka.map(r -> baris(r.pengajuan())).orElse(List.of()));
        model.addAttribute("riwayat", layanan.riwayatDesa(10).stream()
                .filter(a -> a.status() == StatusPengajuan.TERVERIFIKASI).toList());
        return "kependudukan/pengajuan";
    }

    @PostMapping("/penduduk/pengajuan/ajukan")
    String ajukan(RedirectAttributes ra) {
        try {
            layanan.ajukan();
            ra.addFlashAttribute("sukses", "pengajuan.diajukan");
        } catch (GalatValidasi g) {
            ra.addFlashAttribute("galat", g.galat().values().iterator().next());
        }
        return "redirect:/penduduk/pengajuan";
    }

    @GetMapping("/penduduk/verifikasi")
    String verifikasi(Model model) {
        model.addAttribute("menunggu", layanan.menunggu());
        model.addAttribute("wilayah", wilayah);
        return "kependudukan/verifikasi";
    }

    @GetMapping("/penduduk/verifikasi/{id}")
    String periksa(@PathVariable long id, Model model) {
        var r = layanan.lihat(id);
        model.addAttribute("r", r);
        model.addAttribute("namaDesa", wilayah.namaLengkap(r.pengajuan().desaKode()));
        model.addAttribute("perubahan", baris(r.pengajuan()));
        model.addAttribute("bolehPeriksa", layanan.bolehPeriksa(r.pengajuan()));
        return "kependudukan/verifikasi-detail";
    }

    @PostMapping("/penduduk/verifikasi/{id}/setujui")
    String setujui(@PathVariable long id, @RequestParam(required = false) Long sampai, RedirectAttributes ra) {
        try {
            layanan.verifikasi(id, sampai);
            ra.addFlashAttribute("sukses", "pengajuan.diverifikasi");
            return "redirect:/penduduk/verifikasi";
        } catch (GalatValidasi g) {
            ra.addFlashAttribute("galat", g.galat().values().iterator().next());
            return "redirect:/penduduk/verifikasi/" + id;
        }
    }

    @PostMapping("/penduduk/verifikasi/{id}/kembalikan")
    String kembalikan(@PathVariable long id, @RequestParam(required = false) String alasan,
                      @RequestParam(required = false) Long sampai, RedirectAttributes ra) {
        try {
            layanan.kembalikan(id, alasan, sampai);
            ra.addFlashAttribute("sukses", "pengajuan.dikembalikan");
            return "redirect:/penduduk/verifikasi";
        } catch (GalatValidasi g) {
            ra.addFlashAttribute("galat", g.galat().values().iterator().next());
            ra.addFlashAttribute("alasan", alasan);
            return "redirect:/penduduk/verifikasi/" + id;
        }
    }

    private List<BarisPerubahan> baris(Pengajuan a) {
        boolean lengkap = kependudukan.bolehLihatNomor(a.desaKode());
        return layanan.perubahan(a.id()).stream().map(x -> new BarisPerubahan(x, x.pendudukId() == null ? null
                : penduduk.cari(x.pendudukId()).map(p -> ModelKependudukan.tampil(p.nik(), lengkap)).orElse(null)))
                .toList();
    }
}
