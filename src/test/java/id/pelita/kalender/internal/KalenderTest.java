package id.pelita.kalender.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The working-time arithmetic on a fixed calendar: government hours and the 2026 days off shipped as seed. */
class KalenderTest {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    static final Map<DayOfWeek, JamBuka> JAM_PEMERINTAH = new EnumMap<>(Map.of(
            DayOfWeek.MONDAY, jam("07:30", "16:00"),
            DayOfWeek.TUESDAY, jam("07:30", "16:00"),
            DayOfWeek.WEDNESDAY, jam("07:30", "16:00"),
            DayOfWeek.THURSDAY, jam("07:30", "16:00"),
            DayOfWeek.FRIDAY, jam("07:30", "16:30")));

    /** The seed list itself, so the test also checks the shipped dates fit the arithmetic (Nyepi, Idulfitri...). */
    static final Set<LocalDate> LIBUR_2026 = BenihLibur.baca().stream().map(BenihLibur.Baris::tanggal)
            .collect(Collectors.toSet());

    final Kalender k = new Kalender(WIB, JAM_PEMERINTAH, LIBUR_2026);

    @ParameterizedTest(name = "{0} + {1} {2} = {3}")
    @CsvSource({
            // across a weekend: Friday has 60 minutes left, the other 60 on Monday
            "2026-03-06T15:30, 2, HOURS, 2026-03-09T08:30",
            // Friday closes at 16:30, Thursday at 16:00
            "2026-03-06T16:00, 30, MINUTES, 2026-03-06T16:30",
            "2026-03-05T16:00, 30, MINUTES, 2026-03-06T08:00",
            // a deadline that uses up the day ends at closing time, not the next morning
            "2026-03-05T15:00, 60, MINUTES, 2026-03-05T16:00",
            // across cuti bersama (18, 20, 23, 24 March), Nyepi (19) and Idulfitri (21-22, a weekend)
            "2026-03-17T15:00, 2, HOURS, 2026-03-25T08:30",
            // start before opening, after closing, on a Sunday
            "2026-03-02T06:00, 1, HOURS, 2026-03-02T08:30",
            "2026-03-02T17:00, 1, HOURS, 2026-03-03T08:30",
            "2026-03-01T10:00, 30, MINUTES, 2026-03-02T08:00",
            // a full working day of minutes (510) from opening
            "2026-03-02T07:30, 510, MINUTES, 2026-03-02T16:00",
            // days: same office time N working days later
            "2026-03-04T10:15, 1, DAYS, 2026-03-05T10:15",
            "2026-03-06T10:15, 1, DAYS, 2026-03-09T10:15",
            // start outside office hours counts from the next opening
            "2026-03-01T10:00, 1, DAYS, 2026-03-03T07:30",
            "2026-03-02T17:00, 1, DAYS, 2026-03-04T07:30",
            "2026-03-02T06:00, 2, DAYS, 2026-03-04T07:30",
            // Friday 16:15 is past Monday's closing: the deadline is Monday's closing time
            "2026-03-06T16:15, 1, DAYS, 2026-03-09T16:00",
            // 10 working days spanning Ascension Day (14 May) and its cuti bersama (15 May)
            "2026-05-04T09:00, 10, DAYS, 2026-05-20T09:00",
            // across the year end: 24 Dec cuti bersama, 25 Dec Christmas (Friday), weekend
            "2026-12-23T15:00, 2, HOURS, 2026-12-28T08:30",
            // zero: the start itself (to the minute)
            "2026-03-02T10:00, 0, HOURS, 2026-03-02T10:00",
    })
    void tenggat(String mulai, long jumlah, ChronoUnit satuan, String harapan) {
        assertThat(k.tenggat(wib(mulai), jumlah, satuan)).isEqualTo(wib(harapan));
    }

    @Test
    void hariKerja() {
        assertThat(k.hariKerja(LocalDate.parse("2026-03-02"))).isTrue();
        assertThat(k.hariKerja(LocalDate.parse("2026-03-07"))).as("Saturday").isFalse();
        assertThat(k.hariKerja(LocalDate.parse("2026-03-19"))).as("Nyepi").isFalse();
        assertThat(k.hariKerja(LocalDate.parse("2026-03-20"))).as("cuti bersama").isFalse();
        assertThat(k.hariKerja(LocalDate.parse("2026-08-17"))).as("Independence Day").isFalse();
    }

    @Test
    void durasiKerjaAcrossAWeekend() {
        assertThat(k.durasiKerja(wib("2026-03-06T15:30"), wib("2026-03-09T08:30"))).isEqualTo(Duration.ofHours(2));
        // whole working week: 4 × 510 + 540 minutes
        assertThat(k.durasiKerja(wib("2026-03-02T00:00"), wib("2026-03-09T00:00"))).isEqualTo(Duration.ofMinutes(4 * 510 + 540));
        assertThat(k.durasiKerja(wib("2026-03-07T08:00"), wib("2026-03-08T20:00"))).as("weekend only").isZero();
        assertThat(k.durasiKerja(wib("2026-03-09T08:00"), wib("2026-03-09T08:00"))).isZero();
        assertThat(k.durasiKerja(wib("2026-03-09T09:00"), wib("2026-03-09T08:00"))).as("backwards").isZero();
    }

    @Test
    void durasiKerjaIsTheInverseOfTenggat() {
        LocalDateTime awal = LocalDateTime.parse("2026-03-13T05:17");
        // Starts every 97 minutes over two weeks (inside and outside office hours, weekend, holidays).
        for (int i = 0; i < 210; i++) {
            Instant mulai = awal.plusMinutes(97L * i).atZone(WIB).toInstant();
            for (long n : new long[] {1, 45, 510, 600, 2000}) {
                Instant t = k.tenggat(mulai, n, ChronoUnit.MINUTES);
                assertThat(k.durasiKerja(mulai, t)).as("from %s, %d minutes", mulai, n).isEqualTo(Duration.ofMinutes(n));
                assertThat(k.durasiKerja(mulai, t.minusSeconds(60))).isEqualTo(Duration.ofMinutes(n - 1));
            }
        }
    }

    @Test
    void secondsAreDropped() {
        Instant mulai = wib("2026-03-02T10:00").plusSeconds(59);
        assertThat(k.tenggat(mulai, 1, ChronoUnit.MINUTES)).isEqualTo(wib("2026-03-02T10:01"));
        assertThat(k.durasiKerja(mulai, wib("2026-03-02T10:02").plusSeconds(30))).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void badInput() {
        assertThatThrownBy(() -> k.tenggat(wib("2026-03-02T10:00"), -1, ChronoUnit.HOURS))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> k.tenggat(wib("2026-03-02T10:00"), 1, ChronoUnit.WEEKS))
                .isInstanceOf(IllegalArgumentException.class);
        Kalender tutup = new Kalender(WIB, Map.of(), Set.of());
        assertThatThrownBy(() -> tutup.tenggat(wib("2026-03-02T10:00"), 1, ChronoUnit.HOURS))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> tutup.tenggat(wib("2026-03-02T10:00"), 1, ChronoUnit.DAYS))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void seedHasTheHolidaysOf2026() {
        var baris = BenihLibur.baca();
        assertThat(baris).filteredOn(b -> b.jenis() == JenisLibur.LIBUR_NASIONAL).hasSize(17);
        assertThat(baris).filteredOn(b -> b.jenis() == JenisLibur.CUTI_BERSAMA).hasSize(8);
        assertThat(baris).extracting(BenihLibur.Baris::kunci).doesNotHaveDuplicates();
    }

    static Instant wib(String lokal) {
        return LocalDateTime.parse(lokal).atZone(WIB).toInstant();
    }

    static JamBuka jam(String buka, String tutup) {
        return new JamBuka(LocalTime.parse(buka), LocalTime.parse(tutup));
    }
}
