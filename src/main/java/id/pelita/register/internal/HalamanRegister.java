package id.pelita.register.internal;

import id.pelita.register.Register;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/** Screen /register/{kode}?tahun=: the numbers issued in a register in one year, in order. */
@Controller
class HalamanRegister {

    private final Register register;
    private final Clock jam;

    HalamanRegister(Register register, Clock jam) {
        this.register = register;
        this.jam = jam;
    }

    @GetMapping("/register/{kode}")
    ModelAndView daftar(@PathVariable String kode, @RequestParam(required = false) String tahun) {
        var mav = new ModelAndView("register/daftar");
        mav.addObject("kode", kode);
        mav.addObject("zona", jam.getZone());
        Integer th = PermintaanRegister.tahun(tahun, jam);
        if (!RegisterJdbc.kodeSah(kode) || th == null) {
            mav.setStatus(HttpStatus.BAD_REQUEST);
            mav.addObject("galat", !RegisterJdbc.kodeSah(kode) ? "register.galat.kode" : "register.galat.tahun");
            mav.addObject("tahun", LocalDate.now(jam).getYear());
            mav.addObject("daftar", java.util.List.of());
            return mav;
        }
        mav.addObject("tahun", th);
        mav.addObject("daftar", register.daftar(kode, th));
        return mav;
    }
}
