package id.pelita.antropometri.internal;

import id.pelita.inti.AturanAkses;
import id.pelita.inti.MenuItem;
import id.pelita.inti.Peran;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * The batch z-score page and API are for the roles that handle children's health data: kecamatan staff up to
 * the camat, the district team, posyandu cadres and TP-PKK. Not ADMIN (system administration, no health data)
 * and not OPERATOR_DESA (population register). No region check: the service receives anonymous rows (an id of
 * the uploader's choosing), stores nothing and reads no record.
 */
@Configuration(proxyBeanMethods = false)
class AksesAntropometri implements AturanAkses.Daftar {

    static final Peran[] PERAN_GIZI = {Peran.STAF, Peran.KASI, Peran.SEKCAM, Peran.CAMAT, Peran.TIM_KABUPATEN,
            Peran.KADER_POSYANDU, Peran.TP_PKK};

    @Override
    public List<AturanAkses> aturan() {
        return List.of(
                AturanAkses.peran("/antropometri/**", PERAN_GIZI),
                AturanAkses.peran("/api/v1/antropometri/**", PERAN_GIZI));
    }

    @Bean
    MenuItem menuZskor() {
        return new MenuItem("menu.antropometri", "/antropometri/zskor", 45);
    }
}
