package id.pelita.kalender;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Working-time arithmetic of one kecamatan's calendar. Time outside office hours, on weekends, holidays
 * and collective leave does not count.
 */
public interface KalenderKerja {

    /**
     * When a time standard that starts at {@code mulai} runs out.
     * {@code MINUTES}/{@code HOURS}: that many working minutes/hours later. {@code DAYS}: the same office time
     * {@code jumlah} working days later (a start outside office hours counts from the next opening).
     */
    Instant tenggat(String kodeKecamatan, Instant mulai, long jumlah, ChronoUnit satuan);

    /** Working time between two moments (zero when {@code sampai} is not after {@code dari}). */
    Duration durasiKerja(String kodeKecamatan, Instant dari, Instant sampai);

    boolean hariKerja(String kodeKecamatan, LocalDate tanggal);
}
