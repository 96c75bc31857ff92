package id.pelita.antropometri.internal;

import id.pelita.antropometri.KalkulatorZskor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The calculator as a bean (WHO tables loaded once at start, ~1,700 rows). */
@Configuration(proxyBeanMethods = false)
class KonfigurasiAntropometri {

    @Bean
    KalkulatorZskor kalkulatorZskor() {
        return KalkulatorWho.muat();
    }
}
