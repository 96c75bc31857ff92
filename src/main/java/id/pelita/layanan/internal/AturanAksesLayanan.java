package id.pelita.layanan.internal;

import id.pelita.inti.AturanAkses;
import id.pelita.inti.MenuItem;
import id.pelita.inti.Peran;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * Any signed-in user may open the service pages; what they see is limited by their region scope and task
 * groups in the service itself. SLA figures are for the kecamatan leadership and the district team.
 */
@Configuration(proxyBeanMethods = false)
class AturanAksesLayanan {

    @Bean
    AturanAkses.Daftar aturanLayanan() {
        return () -> List.of(
                AturanAkses.peran("/layanan/sla", Peran.CAMAT, Peran.SEKCAM, Peran.KASI, Peran.ADMIN, Peran.TIM_KABUPATEN),
                AturanAkses.peran("/api/v1/layanan/sla/**", Peran.CAMAT, Peran.SEKCAM, Peran.KASI, Peran.ADMIN,
                        Peran.TIM_KABUPATEN),
                AturanAkses.masuk("/layanan"),
                AturanAkses.masuk("/layanan/**"),
                AturanAkses.masuk("/api/v1/layanan/**"));
    }

    @Bean
    MenuItem menuKotakTugas() {
        return new MenuItem("menu.kotak.tugas", "/layanan/tugas", 10);
    }

    @Bean
    MenuItem menuLayanan() {
        return new MenuItem("menu.layanan", "/layanan", 15);
    }

    @Bean
    MenuItem menuSla() {
        return new MenuItem("menu.sla", "/layanan/sla", 60);
    }
}
