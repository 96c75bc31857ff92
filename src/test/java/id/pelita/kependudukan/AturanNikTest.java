package id.pelita.kependudukan;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/** NIK vectors: structure, dates (women +40), serial, and warnings against the record and the region list. */
class AturanNikTest {

    /** Kecamatan codes "known" to these tests: Reteh and Trawas. */
    static final Predicate<String> DIKENAL = Set.of("14.04.01", "35.16.04")::contains;

    @Test
    void validMaleNikMatchingTheRecordHasNoWarnings() {
        var h = AturanNik.periksa("1404011203809001", LocalDate.of(1980, 3, 12), JenisKelamin.L, DIKENAL);
        assertThat(h.sah()).isTrue();
        assertThat(h.peringatan()).isEmpty();
        assertThat(h.kodeWilayah()).isEqualTo("14.04.01");
        assertThat(h.jenisKelamin()).isEqualTo(JenisKelamin.L);
        assertThat(h.hari()).isEqualTo(12);
    }

    @Test
    void femaleDayPlusFortyIsReadAsFemale() {
        var h = AturanNik.periksa("1404015507839002", LocalDate.of(1983, 7, 15), JenisKelamin.P, DIKENAL);
        assertThat(h.sah()).isTrue();
        assertThat(h.peringatan()).isEmpty();
        assertThat(h.jenisKelamin()).isEqualTo(JenisKelamin.P);
        assertThat(h.hari()).isEqualTo(15);
    }

    @Test
    void femaleDayThirtyOneBecomesSeventyOne() {
        assertThat(AturanNik.periksa("3516047101019001", LocalDate.of(2001, 1, 31), JenisKelamin.P, DIKENAL).peringatan())
                .isEmpty();
    }

    @Test
    void leapDayNeedsALeapYearInOneOfTheCenturies() {
        assertThat(AturanNik.periksa("1404012902009001", null, null, DIKENAL).sah()).as("2000 was leap").isTrue();
        assertThat(AturanNik.periksa("1404012902019001", null, null, DIKENAL).galat()).isEqualTo(AturanNik.Galat.TANGGAL);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "'', KOSONG",
            "'   ', KOSONG",
            "140401120380900, PANJANG",
            "14040112038090011, PANJANG",
            "14040112038A9001, BUKAN_ANGKA",
            "1404O11203809001, BUKAN_ANGKA",
            "1404-11203809001, BUKAN_ANGKA",
            "1404011203800000, NOMOR_URUT",
            "1404013203809001, TANGGAL",   // day 32
            "1404014003809001, TANGGAL",   // day 40: neither a man's nor a woman's day
            "1404017203809001, TANGGAL",   // woman's day 32
            "1404010003809001, TANGGAL",   // day 00
            "1404011213809001, TANGGAL",   // month 13
            "1404011200809001, TANGGAL",   // month 00
            "1404013002809001, TANGGAL",   // 30 February
            "1404017002809001, TANGGAL",   // 30 February, woman
            "1404013104809001, TANGGAL",   // 31 April
    })
    void malformedNikIsRejected(String nik, AturanNik.Galat galat) {
        var h = AturanNik.periksa(nik, null, null, DIKENAL);
        assertThat(h.sah()).isFalse();
        assertThat(h.galat()).isEqualTo(galat);
        assertThat(h.galat().kunciPesan()).startsWith("nik.galat.");
    }

    @Test
    void nullIsRejected() {
        assertThat(AturanNik.periksa(null, null, null, DIKENAL).galat()).isEqualTo(AturanNik.Galat.KOSONG);
    }

    @Test
    void surroundingSpacesAreIgnored() {
        assertThat(AturanNik.periksa(" 1404011203809001 ", null, null, DIKENAL).nik()).isEqualTo("1404011203809001");
    }

    @Test
    void dateDisagreeingWithTheRecordIsAcceptedWithAWarning() {
        var h = AturanNik.periksa("1404011203809001", LocalDate.of(1980, 3, 13), JenisKelamin.L, DIKENAL);
        assertThat(h.sah()).isTrue();
        assertThat(h.peringatan()).containsExactly(AturanNik.Peringatan.TANGGAL_LAHIR_BERBEDA);
        assertThat(AturanNik.periksa("1404011203809001", LocalDate.of(1981, 3, 12), JenisKelamin.L, DIKENAL).peringatan())
                .containsExactly(AturanNik.Peringatan.TANGGAL_LAHIR_BERBEDA);
        assertThat(AturanNik.periksa("1404011203809001", LocalDate.of(1980, 4, 12), JenisKelamin.L, DIKENAL).peringatan())
                .containsExactly(AturanNik.Peringatan.TANGGAL_LAHIR_BERBEDA);
    }

    @Test
    void sameDayAndMonthInAnotherCenturyStillMatches() {
        // YY carries no century: 12-03-1980 and 12-03-2080 share the digits; only the two digits are compared.
        assertThat(AturanNik.periksa("1404011203009001", LocalDate.of(2000, 3, 12), JenisKelamin.L, DIKENAL).peringatan())
                .isEmpty();
    }

    @Test
    void sexDisagreeingWithTheRecordIsAcceptedWithAWarning() {
        var laki = AturanNik.periksa("1404011203809001", LocalDate.of(1980, 3, 12), JenisKelamin.P, DIKENAL);
        assertThat(laki.sah()).isTrue();
        assertThat(laki.peringatan()).containsExactly(AturanNik.Peringatan.JENIS_KELAMIN_BERBEDA);
        var perempuan = AturanNik.periksa("1404015507839002", LocalDate.of(1983, 7, 15), JenisKelamin.L, DIKENAL);
        assertThat(perempuan.peringatan()).containsExactly(AturanNik.Peringatan.JENIS_KELAMIN_BERBEDA);
    }

    @Test
    void unknownOrOldRegionCodeIsAcceptedWithAWarning() {
        // 14.04.99 is no kecamatan; a NIK issued before a region split keeps its old code.
        var h = AturanNik.periksa("1404991203809001", LocalDate.of(1980, 3, 12), JenisKelamin.L, DIKENAL);
        assertThat(h.sah()).isTrue();
        assertThat(h.kodeWilayah()).isEqualTo("14.04.99");
        assertThat(h.peringatan()).containsExactly(AturanNik.Peringatan.WILAYAH_TIDAK_DIKENAL);
    }

    @Test
    void allWarningsTogether() {
        var h = AturanNik.periksa("9999995507839002", LocalDate.of(1990, 1, 1), JenisKelamin.L, DIKENAL);
        assertThat(h.peringatan()).containsExactly(AturanNik.Peringatan.TANGGAL_LAHIR_BERBEDA,
                AturanNik.Peringatan.JENIS_KELAMIN_BERBEDA, AturanNik.Peringatan.WILAYAH_TIDAK_DIKENAL);
    }

    @Test
    void withoutARecordNothingIsCompared() {
        assertThat(AturanNik.periksa("1404011203809001", null, null, null).peringatan()).isEmpty();
    }

    @Test
    void masksAllButTheFirstFourAndLastTwoDigits() {
        assertThat(AturanNik.samarkan("1404011203809001")).isEqualTo("1404**********01");
        assertThat(AturanNik.samarkan(null)).isEqualTo("****");
        assertThat(AturanNik.samarkan("123")).isEqualTo("****");
    }
}
