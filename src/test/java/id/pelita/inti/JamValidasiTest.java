package id.pelita.inti;

import id.pelita.PelitaTest;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.PastOrPresent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/** "Today" in form checks is the office's today (WIB), not the server's (often UTC). */
@PelitaTest
class JamValidasiTest {

    @Autowired
    ValidatorFactory pabrik;
    @Autowired
    Validator validator;
    @Autowired
    Clock jam;

    record Isian(@PastOrPresent LocalDate tanggal) {
    }

    @Test
    void validasiMemakaiJamAplikasi() {
        assertThat(jam.getZone()).isEqualTo(ZoneId.of("Asia/Jakarta"));
        assertThat(pabrik.getClockProvider().getClock().getZone()).isEqualTo(jam.getZone());
        assertThat(validator.validate(new Isian(LocalDate.now(jam)))).isEmpty();
        assertThat(validator.validate(new Isian(LocalDate.now(jam).plusDays(1)))).hasSize(1);
    }
}
