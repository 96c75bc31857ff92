package id.pelita.register.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FormatNomorTest {

    static final String POLA = "{nomor}/{unit}/{bulan}/{tahun}";

    @Test
    void contohDariSop() {
        assertThat(FormatNomor.terapkan(POLA, 7, "KEMAS", LocalDate.of(2026, 3, 12))).isEqualTo("007/KEMAS/III/2026");
        assertThat(FormatNomor.terapkan(POLA, 1, "KEMAS", LocalDate.of(2027, 1, 2))).isEqualTo("001/KEMAS/I/2027");
        assertThat(FormatNomor.terapkan(POLA, 1234, "PEM", LocalDate.of(2026, 12, 31))).isEqualTo("1234/PEM/XII/2026");
        assertThat(FormatNomor.terapkan("470/{nomor}/{tahun}", 12, null, LocalDate.of(2026, 5, 1))).isEqualTo("470/012/2026");
    }

    @Test
    void bulanRomawi() {
        assertThat(IntStream.rangeClosed(1, 12).mapToObj(FormatNomor::romawi))
                .containsExactly("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII");
        assertThatThrownBy(() -> FormatNomor.romawi(13)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formatTanpaNomorAtauTahunDitolak() {
        assertThatThrownBy(() -> FormatNomor.periksa("{unit}/{tahun}", "KEMAS")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FormatNomor.periksa("{nomor}/{unit}", "KEMAS")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FormatNomor.periksa(POLA, " ")).isInstanceOf(IllegalArgumentException.class);
    }
}
