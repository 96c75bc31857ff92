package id.pelita.akun.internal;

import id.pelita.akun.Akses;
import id.pelita.audit.AuditLog;
import id.pelita.inti.GalatValidasi;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Duration;

/** The signed-in user's own page: profile, who read my data, password change, API tokens. */
@Controller
class AkunController {

    private final Akses akses;
    private final LayananPengguna layanan;
    private final TokenApiService token;
    private final AuditLog audit;

    AkunController(Akses akses, LayananPengguna layanan, TokenApiService token, AuditLog audit) {
        this.akses = akses;
        this.layanan = layanan;
        this.token = token;
        this.audit = audit;
    }

    @GetMapping("/akun")
    String profil(Model model) {
        var saya = akses.wajibMasuk();
        model.addAttribute("akun", layanan.milikSaya(saya));
        model.addAttribute("riwayat", audit.tentang(LayananPengguna.JENIS, String.valueOf(saya.id()), 50));
        model.addAttribute("token", token.milik(saya.id()));
        return "akun/profil";
    }

    @GetMapping("/akun/sandi")
    String formSandi() {
        return "akun/sandi";
    }

    @PostMapping("/akun/sandi")
    String gantiSandi(@RequestParam(required = false) String sandiLama, @RequestParam(required = false) String sandiBaru,
                      @RequestParam(required = false) String sandiUlang, Model model, RedirectAttributes ra) {
        try {
            layanan.gantiSandiSendiri(akses.wajibMasuk(), sandiLama, sandiBaru, sandiUlang);
        } catch (GalatValidasi g) {
            model.addAttribute("galat", g.galat());
            return "akun/sandi";
        }
        ra.addFlashAttribute("sukses", "sandi.berhasil");
        return "redirect:/akun";
    }

    @PostMapping("/akun/token")
    String buatToken(@RequestParam(defaultValue = "") String nama, @RequestParam(defaultValue = "90") int hari,
                     RedirectAttributes ra) {
        var saya = akses.wajibMasuk();
        String n = nama.isBlank() ? "Token API" : nama.strip();
        if (n.length() > 80 || hari < 1 || hari > 365) {
            ra.addFlashAttribute("galatToken", "token.galat");
            return "redirect:/akun";
        }
        var baru = token.buat(saya.id(), n, Duration.ofDays(hari));
        ra.addFlashAttribute("tokenBaru", baru.token());
        return "redirect:/akun";
    }

    @PostMapping("/akun/token/{id}/cabut")
    String cabutToken(@PathVariable long id, RedirectAttributes ra) {
        token.cabut(akses.wajibMasuk().id(), id);
        ra.addFlashAttribute("sukses", "token.dicabut");
        return "redirect:/akun";
    }
}
