package id.pelita.wilayah;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class KodeWilayahTest {

    @ParameterizedTest
    @ValueSource(strings = {"14", "14.04", "14.04.01", "14.04.01.2004", "91.03.01.3007"})
    void kodeKemendagriSah(String kode) {
        assertThat(KodeWilayah.sah(kode)).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"1", "140", "14.4", "14.04.1", "14.04.01.204", "14.04.01.20045", "14.04.01.2004.1",
            "14-04", "14.04.", ".14", "ab", "14.04.01.200a", " 14", "14.04.01.2004 "})
    void kodeTidakSah(String kode) {
        assertThat(KodeWilayah.sah(kode)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
            "14.04.01.2004, 14.04.01, true",
            "14.04.01, 14.04.01, true",
            "14.04.01, 14, true",
            "14.04.01, 14.04.01.2004, false",
            "14.04.10, 14.04.1, false", // a prefix of digits is not a parent
            "14.04.01, 35, false"})
    void termasuk(String kode, String cakupan, boolean diharapkan) {
        assertThat(KodeWilayah.termasuk(kode, cakupan)).isEqualTo(diharapkan);
    }

    @org.junit.jupiter.api.Test
    void termasukTanpaKode() {
        assertThat(KodeWilayah.termasuk(null, "14")).isFalse();
        assertThat(KodeWilayah.termasuk("14", null)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
            "14.04.01.1001, true",
            "14.04.01.2004, false",
            "91.03.01.3007, false",
            "14.04.01, false",
            "14.04.01.100, false",
            "14.04.11, false"})
    void kelurahanMenurutKode(String kode, boolean diharapkan) {
        assertThat(KodeWilayah.kelurahan(kode)).isEqualTo(diharapkan);
    }
}
