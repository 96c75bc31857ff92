package id.pelita.wilayah;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TingkatTest {

    @ParameterizedTest
    @CsvSource({"14, PROVINSI", "14.04, KABUPATEN", "14.04.01, KECAMATAN", "14.04.01.2004, DESA"})
    void tingkatDariJumlahBagian(String kode, Tingkat diharapkan) {
        assertThat(Tingkat.dariKode(kode)).isEqualTo(diharapkan);
    }

    @Test
    void limaBagianTidakDikenal() {
        assertThatThrownBy(() -> Tingkat.dariKode("14.04.01.2004.01")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void urutanDariAtasKeBawah() {
        assertThat(Tingkat.values()).containsExactly(Tingkat.PROVINSI, Tingkat.KABUPATEN, Tingkat.KECAMATAN, Tingkat.DESA);
    }
}
