package id.pelita.bansos.internal;

import id.pelita.inti.AturanAkses;
import id.pelita.inti.MenuItem;
import id.pelita.inti.Peran;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * BSPPS requests: the kecamatan office and the TKSK (who sees only their own filings; the service narrows by
 * region and applicant). Beneficiary families and distribution: the kecamatan office, the TKSK and the village
 * operator (own village only, checked by the service).
 */
@Configuration(proxyBeanMethods = false)
class AturanAksesBansos {

    static final Peran[] RAKOR = {Peran.TKSK, Peran.STAF, Peran.KASI, Peran.SEKCAM, Peran.CAMAT, Peran.ADMIN};
    static final Peran[] KPM = {Peran.TKSK, Peran.STAF, Peran.KASI, Peran.SEKCAM, Peran.CAMAT, Peran.ADMIN,
            Peran.OPERATOR_DESA};

    @Bean
    AturanAkses.Daftar aturanBansos() {
        return () -> List.of(
                AturanAkses.peran("/bansos/rakor/baru", Peran.TKSK, Peran.STAF),
                AturanAkses.peran("/bansos/rakor", RAKOR),
                AturanAkses.peran("/bansos/rakor/**", RAKOR),
                AturanAkses.peran("/bansos/kpm", KPM),
                AturanAkses.peran("/bansos/kpm/**", KPM),
                AturanAkses.peran("/bansos/penyaluran", KPM),
                AturanAkses.peran("/bansos/penyaluran/**", KPM));
    }

    @Bean
    MenuItem menuRakorBspps() {
        return new MenuItem("menu.bansos.rakor", "/bansos/rakor", 40);
    }

    @Bean
    MenuItem menuKpm() {
        return new MenuItem("menu.bansos.kpm", "/bansos/kpm", 41);
    }
}
