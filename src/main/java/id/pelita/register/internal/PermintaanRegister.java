package id.pelita.register.internal;

import java.time.Clock;
import java.time.LocalDate;

/** Reading the year of a request: blank = this year; null when it is not a year between 2000 and 2100. */
final class PermintaanRegister {

    private PermintaanRegister() {
    }

    static Integer tahun(String tahun, Clock jam) {
        if (tahun == null || tahun.isBlank()) {
            return LocalDate.now(jam).getYear();
        }
        try {
            int t = Integer.parseInt(tahun.strip());
            return t >= 2000 && t <= 2100 ? t : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
