package id.pelita.posyandu.internal;

import id.pelita.inti.AturanAkses;
import id.pelita.inti.MenuItem;
import id.pelita.inti.Peran;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * Posyandu pages: cadres and village operators record (their village); the kecamatan office, camat, TP-PKK and
 * the district team read (their region) and may record interventions. Region limits per record are applied in
 * {@link LayananPosyandu} (outside the region = not found). The schedule is public.
 */
@Configuration(proxyBeanMethods = false)
class AksesPosyandu {

    static final Peran[] PENCATAT = {Peran.KADER_POSYANDU, Peran.OPERATOR_DESA};
    static final Peran[] PEMBACA = {Peran.KADER_POSYANDU, Peran.OPERATOR_DESA, Peran.CAMAT, Peran.SEKCAM, Peran.KASI,
            Peran.STAF, Peran.TP_PKK, Peran.TIM_KABUPATEN, Peran.ADMIN};
    static final Peran[] INTERVENSI = {Peran.KADER_POSYANDU, Peran.OPERATOR_DESA, Peran.CAMAT, Peran.KASI,
            Peran.STAF, Peran.TP_PKK};

    @Bean
    AturanAkses.Daftar aturanPosyandu() {
        return () -> List.of(
                AturanAkses.peran("POST", "/posyandu/anak/*/intervensi", INTERVENSI),
                AturanAkses.peran("POST", "/posyandu", PENCATAT),
                AturanAkses.peran("POST", "/posyandu/**", PENCATAT),
                AturanAkses.peran("GET", "/posyandu", PEMBACA),
                AturanAkses.peran("GET", "/posyandu/**", PEMBACA),
                AturanAkses.publik("/jadwal-posyandu/**"),
                AturanAkses.publik("/api/v1/posyandu/jadwal/**"));
    }

    @Bean
    MenuItem menuPosyandu() {
        return new MenuItem("menu.posyandu", "/posyandu", 30);
    }

    @Bean
    MenuItem menuKia() {
        return new MenuItem("menu.kia", "/posyandu/kia", 31);
    }
}
