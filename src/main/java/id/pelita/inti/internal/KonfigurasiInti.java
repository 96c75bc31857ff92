package id.pelita.inti.internal;

import org.springframework.beans.factory.annotation.Value;
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
}
