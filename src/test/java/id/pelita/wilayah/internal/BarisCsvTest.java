package id.pelita.wilayah.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BarisCsvTest {

    @Test
    void kolomBiasa() {
        assertThat(BarisCsv.urai("14.04.01,14.04,KECAMATAN,Reteh")).containsExactly("14.04.01", "14.04", "KECAMATAN", "Reteh");
    }

    @Test
    void kolomKosong() {
        assertThat(BarisCsv.urai("14,,PROVINSI,Riau")).containsExactly("14", "", "PROVINSI", "Riau");
    }

    @Test
    void komaDalamKutip() {
        assertThat(BarisCsv.urai("12.07.28.1007,12.07.28,DESA,\"Lubuk Pakam I,II\""))
                .containsExactly("12.07.28.1007", "12.07.28", "DESA", "Lubuk Pakam I,II");
    }

    @Test
    void kutipGanda() {
        assertThat(BarisCsv.urai("35.29.22,35.29,KECAMATAN,\"Ra\"\"as\"")).containsExactly("35.29.22", "35.29", "KECAMATAN", "Ra\"as");
    }

    @Test
    void kutipTidakDitutup() {
        assertThatThrownBy(() -> BarisCsv.urai("1,2,\"abc")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void kolomKosongDiAkhir() {
        assertThat(BarisCsv.urai("a,b,,")).containsExactly("a", "b", "", "");
        assertThat(BarisCsv.urai("a,\"b\",,")).containsExactly("a", "b", "", "");
    }
}
