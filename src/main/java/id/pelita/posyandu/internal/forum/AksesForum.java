package id.pelita.posyandu.internal.forum;

import id.pelita.inti.AturanAkses;
import id.pelita.inti.MenuItem;
import id.pelita.inti.Peran;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * The FOKUS TUNTAS forum is the kecamatan office's (the secretariat prepares, the camat leads): they write; TP-PKK
 * and the district team read. Which SOP step a user may complete is the case's rule (role and region, see
 * {@link LayananForum#kerjakan}); meetings outside the user's region are "not found".
 */
@Configuration(proxyBeanMethods = false)
class AksesForum {

    static final Peran[] KANTOR = {Peran.CAMAT, Peran.SEKCAM, Peran.KASI, Peran.STAF};
    static final Peran[] PEMBACA = {Peran.CAMAT, Peran.SEKCAM, Peran.KASI, Peran.STAF, Peran.TP_PKK,
            Peran.TIM_KABUPATEN, Peran.ADMIN};

    @Bean
    AturanAkses.Daftar aturanForum() {
        return new AturanAkses.Daftar() {
            @Override
            public List<AturanAkses> aturan() {
                return List.of(
                        AturanAkses.peran("POST", "/posyandu/forum/**", KANTOR),
                        AturanAkses.peran("/posyandu/forum/baru", KANTOR),
                        AturanAkses.peran("GET", "/posyandu/forum", PEMBACA),
                        AturanAkses.peran("GET", "/posyandu/forum/**", PEMBACA));
            }

            @Override
            public int urutan() {
                // Before any broader /posyandu/** rule of the module's core.
                return -10;
            }
        };
    }

    @Bean
    MenuItem menuForum() {
        return new MenuItem("menu.posyandu.forum", "/posyandu/forum", 34);
    }
}
