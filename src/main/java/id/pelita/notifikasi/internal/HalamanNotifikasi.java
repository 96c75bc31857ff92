package id.pelita.notifikasi.internal;

import id.pelita.akun.Akses;
import id.pelita.inti.TidakDitemukan;
import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Screen /notifikasi: the signed-in user's own in-app notifications, newest first. */
@Controller
class HalamanNotifikasi {

    static final int BATAS_DAFTAR = 100;

    private final RepositoriNotifikasi repo;
    private final Akses akses;
    private final Clock jam;

    HalamanNotifikasi(RepositoriNotifikasi repo, Akses akses, Clock jam) {
        this.repo = repo;
        this.akses = akses;
        this.jam = jam;
    }

    @GetMapping("/notifikasi")
    String daftar(Model model) {
        model.addAttribute("daftar", repo.daftarAplikasi(akses.wajibMasuk().username(), BATAS_DAFTAR));
        model.addAttribute("zona", jam.getZone());
        return "notifikasi/daftar";
    }

    /** Someone else's notification answers 404, as if it did not exist. */
    @PostMapping("/notifikasi/{id}/baca")
    String baca(@PathVariable long id) {
        if (!repo.tandaiDibaca(id, akses.wajibMasuk().username(), jam.instant())) {
            throw new TidakDitemukan("Notifikasi " + id);
        }
        return "redirect:/notifikasi";
    }
}
