package id.pelita.wilayah.internal;

import static org.assertj.core.api.Assertions.assertThat;

import id.pelita.wilayah.Tingkat;
import id.pelita.wilayah.Wilayah;
import org.junit.jupiter.api.Test;

/** Labels and code chains of {@link DirektoriWilayahJdbc} that need no database. */
class NamaWilayahTest {

    @Test
    void labelMenurutTingkatDanKode() {
        assertThat(DirektoriWilayahJdbc.label(new Wilayah("14", null, Tingkat.PROVINSI, "Riau"))).isEqualTo("Provinsi Riau");
        assertThat(DirektoriWilayahJdbc.label(new Wilayah("14.04", "14", Tingkat.KABUPATEN, "Kabupaten Indragiri Hilir")))
                .isEqualTo("Kabupaten Indragiri Hilir");
        assertThat(DirektoriWilayahJdbc.label(new Wilayah("14.04.01", "14.04", Tingkat.KECAMATAN, "Reteh"))).isEqualTo("Kec. Reteh");
        assertThat(DirektoriWilayahJdbc.label(new Wilayah("14.04.01.2004", "14.04.01", Tingkat.DESA, "Sungaiterap")))
                .isEqualTo("Desa Sungaiterap");
        assertThat(DirektoriWilayahJdbc.label(new Wilayah("14.04.01.1001", "14.04.01", Tingkat.DESA, "Pulaukijang")))
                .isEqualTo("Kelurahan Pulaukijang");
        assertThat(DirektoriWilayahJdbc.label(new Wilayah("91.03.01.3007", "91.03.01", Tingkat.DESA, "Desa Adat Yoboi")))
                .isEqualTo("Desa Adat Yoboi");
    }

    @Test
    void leluhurDanDiri() {
        assertThat(DirektoriWilayahJdbc.leluhurDanDiri("14.04.01.2004")).containsExactly("14", "14.04", "14.04.01", "14.04.01.2004");
        assertThat(DirektoriWilayahJdbc.leluhurDanDiri("14")).containsExactly("14");
    }
}
