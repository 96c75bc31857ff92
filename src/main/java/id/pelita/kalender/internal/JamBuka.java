package id.pelita.kalender.internal;

import java.time.LocalTime;

/** Office hours of one weekday: open from {@code buka} (inclusive) to {@code tutup} (exclusive). */
record JamBuka(LocalTime buka, LocalTime tutup) {

    JamBuka {
        if (buka == null || tutup == null || !buka.isBefore(tutup)) {
            throw new IllegalArgumentException("Jam buka harus sebelum jam tutup: " + buka + "–" + tutup);
        }
    }
}
