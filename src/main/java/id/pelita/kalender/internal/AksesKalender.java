package id.pelita.kalender.internal;

import id.pelita.inti.AturanAkses;
import id.pelita.inti.MenuItem;
import id.pelita.inti.Peran;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Anyone signed in may read the calendar; editing needs ADMIN, CAMAT or SEKCAM (the region and the
 * national-list rule are checked by {@code @DalamWilayah} and {@link LayananKalender}).
 */
@Configuration(proxyBeanMethods = false)
class AksesKalender implements AturanAkses.Daftar {

    @Override
    public List<AturanAkses> aturan() {
        return List.of(
                AturanAkses.peran("POST", "/kalender/**", Peran.ADMIN, Peran.CAMAT, Peran.SEKCAM),
                AturanAkses.masuk("/kalender"),
                AturanAkses.masuk("/api/v1/kalender/**"));
    }

    @Bean
    MenuItem menuItemKalender() {
        return new MenuItem("menu.kalender", "/kalender", 70);
    }
}
