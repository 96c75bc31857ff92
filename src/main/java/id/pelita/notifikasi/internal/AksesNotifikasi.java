package id.pelita.notifikasi.internal;

import id.pelita.akun.Akses;
import id.pelita.akun.PenggunaSaatIni;
import id.pelita.inti.AturanAkses;
import id.pelita.inti.MenuItem;
import id.pelita.notifikasi.Notifikasi;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every signed-in user has their own notifications (the handlers only ever touch the user's own rows). */
@Configuration(proxyBeanMethods = false)
class AksesNotifikasi implements AturanAkses.Daftar {

    @Override
    public List<AturanAkses> aturan() {
        return List.of(AturanAkses.masuk("/notifikasi"), AturanAkses.masuk("/notifikasi/**"));
    }

    @Bean
    MenuItem menuItemNotifikasi() {
        return new MenuItem("menu.notifikasi", "/notifikasi", 95);
    }

    /** The unread count for the layout's badge, on pages only (not on API calls). */
    @ControllerAdvice(annotations = Controller.class)
    static class ModelNotifikasi {

        private final Akses akses;
        private final Notifikasi notifikasi;

        ModelNotifikasi(Akses akses, Notifikasi notifikasi) {
            this.akses = akses;
            this.notifikasi = notifikasi;
        }

        @ModelAttribute("notifikasiBelumDibaca")
        Long belumDibaca() {
            return akses.saatIni().map(PenggunaSaatIni::username).map(notifikasi::belumDibaca).orElse(null);
        }
    }
}
