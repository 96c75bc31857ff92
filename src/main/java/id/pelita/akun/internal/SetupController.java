package id.pelita.akun.internal;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.LinkedHashMap;
import java.util.Map;

/** First-run page: the one-time token from the log turns into the first administrator account. */
@Controller
class SetupController {

    private final AdminPertama adminPertama;

    SetupController(AdminPertama adminPertama) {
        this.adminPertama = adminPertama;
    }

    /** Once an administrator exists the setup page no longer exists. */
    @GetMapping("/setup")
    String form() {
        if (!adminPertama.perluSetup()) {
            throw new id.pelita.inti.TidakDitemukan("Halaman setup");
        }
        return "akun/setup";
    }

    @PostMapping("/setup")
    @Transactional
    String setup(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String username,
                 @RequestParam(defaultValue = "") String nama, @RequestParam(defaultValue = "") String sandi, Model model) {
        if (!adminPertama.perluSetup()) {
            throw new id.pelita.inti.TidakDitemukan("Halaman setup");
        }
        Map<String, String> galat = new LinkedHashMap<>();
        if (!username.matches("[a-z0-9._-]{3,60}")) {
            galat.put("username", "pengguna.username.pola");
        }
        if (nama.isBlank()) {
            galat.put("nama", "validasi.wajib");
        }
        AturanSandi.periksa(sandi, username).ifPresent(k -> galat.put("sandi", k));
        if (galat.isEmpty() && !adminPertama.pakaiToken(token)) {
            galat.put("token", "setup.token.salah");
        }
        if (!galat.isEmpty()) {
            model.addAttribute("galat", galat);
            model.addAttribute("username", username);
            model.addAttribute("nama", nama);
            return "akun/setup";
        }
        adminPertama.buatAdmin(username, nama.strip(), sandi);
        return "redirect:/masuk?setup";
    }
}
