package id.pelita.kalender.internal;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * One kecamatan's calendar, immutable, and the working-time arithmetic on it (no database, no Spring, so it
 * is unit-tested directly). Moments are taken to the minute (seconds dropped); office hours are the
 * half-open interval [buka, tutup) of a weekday that is not a day off.
 */
final class Kalender {

    /** A calendar without any working time would loop forever; give up after this many days. */
    private static final int BATAS_HARI = 3 * 366;

    private final ZoneId zona;
    private final Map<DayOfWeek, JamBuka> jam;
    private final Set<LocalDate> libur;

    Kalender(ZoneId zona, Map<DayOfWeek, JamBuka> jam, Set<LocalDate> libur) {
        this.zona = zona;
        this.jam = jam.isEmpty() ? Map.of() : new EnumMap<>(jam);
        this.libur = Set.copyOf(libur);
    }

    boolean hariKerja(LocalDate tanggal) {
        return jam.containsKey(tanggal.getDayOfWeek()) && !libur.contains(tanggal);
    }

    Instant tenggat(Instant mulai, long jumlah, ChronoUnit satuan) {
        if (jumlah < 0) {
            throw new IllegalArgumentException("jumlah tidak boleh negatif: " + jumlah);
        }
        LocalDateTime t = lokal(mulai);
        LocalDateTime hasil = switch (satuan) {
            case MINUTES -> tambahMenit(t, jumlah);
            case HOURS -> tambahMenit(t, Math.multiplyExact(jumlah, 60L));
            case DAYS -> tambahHari(t, jumlah);
            default -> throw new IllegalArgumentException("Satuan waktu tidak didukung: " + satuan);
        };
        return hasil.atZone(zona).toInstant();
    }

    Duration durasiKerja(Instant dari, Instant sampai) {
        LocalDateTime a = lokal(dari);
        LocalDateTime b = lokal(sampai);
        if (!b.isAfter(a)) {
            return Duration.ZERO;
        }
        long menit = 0;
        for (LocalDate d = a.toLocalDate(); !d.isAfter(b.toLocalDate()); d = d.plusDays(1)) {
            JamBuka j = jamPada(d);
            if (j == null) {
                continue;
            }
            LocalDateTime awal = maks(a, d.atTime(j.buka()));
            LocalDateTime akhir = min(b, d.atTime(j.tutup()));
            if (akhir.isAfter(awal)) {
                menit += ChronoUnit.MINUTES.between(awal, akhir);
            }
        }
        return Duration.ofMinutes(menit);
    }

    /** {@code n} working minutes after {@code t}; a deadline that uses up a day ends at its closing time. */
    private LocalDateTime tambahMenit(LocalDateTime t, long n) {
        if (n == 0) {
            return t;
        }
        LocalDateTime kini = t;
        long sisa = n;
        int hariTanpaKerja = 0;
        while (hariTanpaKerja <= BATAS_HARI) {
            LocalDate d = kini.toLocalDate();
            JamBuka j = jamPada(d);
            hariTanpaKerja++;
            if (j != null) {
                hariTanpaKerja = 0;
                LocalDateTime buka = d.atTime(j.buka());
                LocalDateTime tutup = d.atTime(j.tutup());
                if (kini.isBefore(buka)) {
                    kini = buka;
                }
                if (kini.isBefore(tutup)) {
                    long tersedia = ChronoUnit.MINUTES.between(kini, tutup);
                    if (sisa <= tersedia) {
                        return kini.plusMinutes(sisa);
                    }
                    sisa -= tersedia;
                }
            }
            kini = d.plusDays(1).atStartOfDay();
        }
        throw tanpaWaktuKerja();
    }

    /**
     * The same office time-of-day {@code n} working days later. A start outside office hours counts from the
     * next opening; when the target day closes earlier (or opens later) than that time, its closing (opening)
     * time is used.
     */
    private LocalDateTime tambahHari(LocalDateTime t, long n) {
        LocalDateTime awal = bukaBerikut(t);
        LocalDate d = awal.toLocalDate();
        for (long i = 0; i < n; i++) {
            d = hariKerjaSetelah(d);
        }
        JamBuka j = jamPada(d);
        LocalDateTime hasil = d.atTime(awal.toLocalTime());
        if (hasil.isAfter(d.atTime(j.tutup()))) {
            return d.atTime(j.tutup());
        }
        return maks(hasil, d.atTime(j.buka()));
    }

    /** {@code t} itself when the office is open then, otherwise the next opening. */
    private LocalDateTime bukaBerikut(LocalDateTime t) {
        LocalDate d = t.toLocalDate();
        JamBuka j = jamPada(d);
        if (j != null && t.isBefore(d.atTime(j.tutup()))) {
            return maks(t, d.atTime(j.buka()));
        }
        LocalDate berikut = hariKerjaSetelah(d);
        return berikut.atTime(jamPada(berikut).buka());
    }

    private LocalDate hariKerjaSetelah(LocalDate d) {
        LocalDate h = d.plusDays(1);
        for (int i = 0; i < BATAS_HARI; i++, h = h.plusDays(1)) {
            if (hariKerja(h)) {
                return h;
            }
        }
        throw tanpaWaktuKerja();
    }

    /** Office hours of a date, or null when it is not a working day. */
    private JamBuka jamPada(LocalDate d) {
        return libur.contains(d) ? null : jam.get(d.getDayOfWeek());
    }

    private LocalDateTime lokal(Instant i) {
        return LocalDateTime.ofInstant(i, zona).truncatedTo(ChronoUnit.MINUTES);
    }

    private static LocalDateTime maks(LocalDateTime a, LocalDateTime b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDateTime min(LocalDateTime a, LocalDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    private static IllegalStateException tanpaWaktuKerja() {
        return new IllegalStateException("Kalender tanpa hari kerja dalam " + BATAS_HARI + " hari");
    }
}
