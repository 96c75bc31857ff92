package id.pelita.beranda.internal;

import id.pelita.akun.Akses;
import id.pelita.akun.PenggunaSaatIni;
import id.pelita.inti.MenuItem;
import id.pelita.wilayah.DirektoriWilayah;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import java.util.Comparator;
import java.util.List;

/** What the shared layout needs on every page: the user, their region and the menu they may use. */
@ControllerAdvice(annotations = Controller.class)
class ModelKerangka {

    private final Akses akses;
    private final List<MenuItem> menu;
    private final DirektoriWilayah wilayah;

    ModelKerangka(Akses akses, List<MenuItem> menu, DirektoriWilayah wilayah) {
        this.akses = akses;
        this.menu = menu.stream().sorted(Comparator.comparingInt(MenuItem::urutan)).toList();
        this.wilayah = wilayah;
    }

    @ModelAttribute("pengguna")
    PenggunaSaatIni pengguna() {
        return akses.saatIni().orElse(null);
    }

    @ModelAttribute("menu")
    List<MenuItem> menu() {
        if (akses.saatIni().isEmpty()) {
            return List.of();
        }
        return menu.stream().filter(m -> akses.bolehMembuka("GET", m.path())).toList();
    }

    @ModelAttribute("uriSaatIni")
    String uriSaatIni(jakarta.servlet.http.HttpServletRequest req) {
        return req.getRequestURI();
    }

    @ModelAttribute("namaCakupan")
    String namaCakupan() {
        return akses.saatIni().map(PenggunaSaatIni::wilayahKode).map(wilayah::namaLengkap).orElse(null);
    }
}
