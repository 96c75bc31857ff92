package id.pelita.posyandu.internal.laporan;

import id.pelita.akun.Akses;
import id.pelita.audit.AksiAudit;
import id.pelita.audit.AuditLog;
import id.pelita.inti.TidakDitemukan;
import id.pelita.wilayah.DirektoriWilayah;
import id.pelita.wilayah.Tingkat;
import id.pelita.wilayah.Wilayah;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Focus villages (desa lokus) of stunting reduction per year, as the district decree sets them (seed 001: Sungai
 * Terab and Sungai Mahang in Reteh, seed 004: Concong): kecamatan staff record them for their kecamatan's
 * villages; reports mark them.
 */
@Controller
class HalamanLokus {

    static final int TAHUN_MIN = 2000;

    private final RepositoriLokus repo;
    private final DirektoriWilayah wilayah;
    private final Akses akses;
    private final AuditLog audit;
    private final Clock jam;

    HalamanLokus(RepositoriLokus repo, DirektoriWilayah wilayah, Akses akses, AuditLog audit, Clock jam) {
        this.repo = repo;
        this.wilayah = wilayah;
        this.akses = akses;
        this.audit = audit;
        this.jam = jam;
    }

    @GetMapping("/posyandu/lokus")
    String daftar(@RequestParam(required = false) Integer tahun, Model model) {
        var u = akses.wajibMasuk();
        int t = tahun(tahun);
        model.addAttribute("tahun", t);
        model.addAttribute("lokus", repo.daftar(t, u.wilayahKode()));
        model.addAttribute("namaWilayah", (Function<String, String>) wilayah::namaLengkap);
        model.addAttribute("pilihanDesa", desaDalamCakupan());
        model.addAttribute("bolehUbah", akses.bolehMembuka("POST", "/posyandu/lokus"));
        return "posyandu/laporan/lokus";
    }

    @PostMapping("/posyandu/lokus")
    @Transactional
    String tambah(@RequestParam(required = false) Integer tahun, @RequestParam(required = false) String desaKode,
                  @RequestParam(required = false) String dasar, RedirectAttributes ra) {
        int t = tahun == null ? -1 : tahun;
        String desa = desaKode == null ? "" : desaKode.strip();
        String d = dasar == null || dasar.isBlank() ? null : dasar.strip();
        if (t < TAHUN_MIN || t > hariIni().getYear() + 1) {
            ra.addFlashAttribute("galatUmum", "lokus.galat.tahun");
        } else if (wilayah.cari(desa).map(w -> w.tingkat() != Tingkat.DESA).orElse(true) || !akses.bolehWilayah(desa)) {
            ra.addFlashAttribute("galatUmum", "lokus.galat.desa");
        } else if (d != null && d.length() > 300) {
            ra.addFlashAttribute("galatUmum", "lokus.galat.dasar");
        } else if (repo.ada(t, desa)) {
            ra.addFlashAttribute("galatUmum", "lokus.galat.sudah.ada");
        } else {
            repo.simpan(t, desa, desa.substring(0, 8), d, akses.wajibMasuk().username(), jam.instant());
            audit.catat(AksiAudit.BUAT, "lokus-desa", t + ":" + desa, desa, "Desa lokus " + t);
            ra.addFlashAttribute("sukses", "lokus.disimpan");
        }
        return "redirect:/posyandu/lokus?tahun=" + (t < TAHUN_MIN ? hariIni().getYear() : t);
    }

    @PostMapping("/posyandu/lokus/{id}/hapus")
    @Transactional
    String hapus(@PathVariable long id, RedirectAttributes ra) {
        var l = repo.cari(id).filter(x -> akses.bolehWilayah(x.desaKode()))
                .orElseThrow(() -> new TidakDitemukan("Desa lokus"));
        repo.hapus(id);
        audit.catat(AksiAudit.HAPUS, "lokus-desa", l.tahun() + ":" + l.desaKode(), l.desaKode(), "Desa lokus " + l.tahun());
        ra.addFlashAttribute("sukses", "lokus.dihapus");
        return "redirect:/posyandu/lokus?tahun=" + l.tahun();
    }

    private List<Wilayah> desaDalamCakupan() {
        List<Wilayah> hasil = new ArrayList<>();
        for (Wilayah kec : wilayah.kecamatanLayanan()) {
            if (!akses.bolehWilayah(kec.kode())) {
                continue;
            }
            for (Wilayah desa : wilayah.anak(kec.kode())) {
                if (akses.bolehWilayah(desa.kode())) {
                    hasil.add(desa);
                }
            }
        }
        return hasil;
    }

    private int tahun(Integer tahun) {
        int kini = hariIni().getYear();
        return tahun == null || tahun < TAHUN_MIN || tahun > kini + 1 ? kini : tahun;
    }

    private LocalDate hariIni() {
        return LocalDate.now(jam.withZone(ZoneId.of("Asia/Jakarta")));
    }
}
