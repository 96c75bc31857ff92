package id.pelita.akun.internal;

import id.pelita.inti.AturanAkses;
import id.pelita.inti.MenuItem;
import id.pelita.inti.Peran;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

@Configuration(proxyBeanMethods = false)
class AturanAksesAkun {

    @Bean
    AturanAkses.Daftar aturanAkun() {
        return () -> List.of(
                AturanAkses.publik("/masuk"),
                AturanAkses.publik("/setup"),
                AturanAkses.masuk("/akun"),
                AturanAkses.masuk("/akun/**"),
                AturanAkses.masuk("/api/v1/saya"),
                AturanAkses.masuk("/api/v1/saya/**"),
                AturanAkses.peran("/admin/pengguna", Peran.ADMIN),
                AturanAkses.peran("/admin/pengguna/**", Peran.ADMIN),
                AturanAkses.peran("/api/v1/pengguna", Peran.ADMIN),
                AturanAkses.peran("/api/v1/pengguna/**", Peran.ADMIN));
    }

    @Bean
    MenuItem menuAdminPengguna() {
        return new MenuItem("menu.pengguna", "/admin/pengguna", 90);
    }

    @Bean
    MenuItem menuAkun() {
        return new MenuItem("menu.akun", "/akun", 99);
    }
}
