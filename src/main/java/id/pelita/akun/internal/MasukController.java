package id.pelita.akun.internal;

import jakarta.servlet.http.HttpSession;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The login page; the POST is handled by Spring Security's form login. */
@Controller
class MasukController {

    @GetMapping("/masuk")
    String masuk(@RequestParam(required = false) String galat, @RequestParam(required = false) String keluar,
                 HttpSession sesi, Model model) {
        if (galat != null) {
            Object e = sesi.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            model.addAttribute("pesanGalat", e instanceof LockedException ? "masuk.galat.terkunci"
                    : e instanceof DisabledException ? "masuk.galat.nonaktif" : "masuk.galat.salah");
            sesi.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        }
        model.addAttribute("keluar", keluar != null);
        return "akun/masuk";
    }
}
