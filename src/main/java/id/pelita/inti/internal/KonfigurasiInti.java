package id.pelita.inti.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.validation.autoconfigure.ValidationConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

@Configuration(proxyBeanMethods = false)
class KonfigurasiInti {

    /** One clock for the whole application so tests can move time; offices run on their local time (WIB by default). */
    @Bean
    Clock jam(@Value("${pelita.zona-waktu:Asia/Jakarta}") String zona) {
        return Clock.system(ZoneId.of(zona));
    }

    /**
     * Bean Validation's "now" (@PastOrPresent, @Future…) on the same clock: with the JVM on UTC, a date typed in
     * Indonesia after midnight WIB was otherwise "in the future" until 07:00.
     */
    @Bean
    ValidationConfigurationCustomizer jamValidasi(ObjectProvider<Clock> jam) {
        return konfigurasi -> konfigurasi.clockProvider(() -> jam.getObject());
    }
}
