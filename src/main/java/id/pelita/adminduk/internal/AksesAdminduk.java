package id.pelita.adminduk.internal;

import id.pelita.inti.AturanAkses;
import id.pelita.inti.MenuItem;
import id.pelita.inti.Peran;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/**
 * Jemput bola e-KTP is worked by the kecamatan office (camat, sekcam, kasi, staf) and the village operators
 * (their own village's residents only); administrators may look. Which step a user may complete is the case's
 * rule (role and region of the waiting step), checked in {@link LayananJemputBola}.
 */
@Configuration(proxyBeanMethods = false)
class AksesAdminduk {

    private static final Peran[] PEMBACA = {Peran.CAMAT, Peran.SEKCAM, Peran.KASI, Peran.STAF, Peran.OPERATOR_DESA,
            Peran.ADMIN};
    private static final String AKAR = "/adminduk/jemput-bola";

    @Bean
    AturanAkses.Daftar aturanAdminduk() {
        return () -> List.of(
                AturanAkses.peran("POST", AKAR, Peran.STAF, Peran.KASI),
                AturanAkses.peran("POST", AKAR + "/*/usulan/*", Peran.OPERATOR_DESA, Peran.STAF, Peran.KASI),
                AturanAkses.peran("POST", AKAR + "/*/susun", Peran.STAF),
                AturanAkses.peran("POST", AKAR + "/*/langkah/*", Peran.CAMAT, Peran.KASI, Peran.STAF),
                AturanAkses.peran("POST", AKAR + "/*/warga/*/serah", Peran.OPERATOR_DESA, Peran.KASI, Peran.STAF),
                AturanAkses.peran("POST", AKAR + "/*/warga/*", Peran.OPERATOR_DESA, Peran.CAMAT, Peran.KASI, Peran.STAF),
                AturanAkses.peran("GET", AKAR, PEMBACA),
                AturanAkses.peran("GET", AKAR + "/**", PEMBACA),
                AturanAkses.peran("GET", "/api/v1/adminduk/jemput-bola", PEMBACA),
                AturanAkses.peran("GET", "/api/v1/adminduk/jemput-bola/**", PEMBACA));
    }

    @Bean
    MenuItem menuJemputBola() {
        return new MenuItem("menu.jemputbola", AKAR, 22);
    }
}
