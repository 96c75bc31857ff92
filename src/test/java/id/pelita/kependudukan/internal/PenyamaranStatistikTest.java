package id.pelita.kependudukan.internal;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import static id.pelita.kependudukan.internal.PenyamaranStatistik.TERSEMBUNYI;
import static org.assertj.core.api.Assertions.assertThat;

/** Secondary suppression on hand-made tables: no hidden cell can be worked out from a shown total. */
class PenyamaranStatistikTest {

    private static final long X = TERSEMBUNYI;

    @Test
    void oneSmallCellHidesTheNextSmallestToo() {
        // Total 103 shown: 103 - 100 - 0 would give the 3 away; the 0 is hidden with it.
        assertThat(PenyamaranStatistik.samarkan(100, 3, 0)).containsExactly(100, X, X);
        // Men 2, women 48: the total 50 would reveal the 2 from the 48.
        assertThat(PenyamaranStatistik.samarkan(2, 48)).containsExactly(X, X);
        // The next-smallest is taken, not the first.
        assertThat(PenyamaranStatistik.samarkan(40, 7, 4, 12)).containsExactly(40, X, X, 12);
    }

    @Test
    void twoOrMoreSmallCellsNeedNothingMore() {
        assertThat(PenyamaranStatistik.samarkan(100, 3, 2, 9)).containsExactly(100, X, X, 9);
        assertThat(PenyamaranStatistik.samarkan(3, 3)).containsExactly(X, X);
    }

    @Test
    void noSmallCellHidesNothing() {
        assertThat(PenyamaranStatistik.samarkan(100, 5, 0, 20)).containsExactly(100, 5, 0, 20);
        assertThat(PenyamaranStatistik.samarkan()).isEmpty();
        // A lone small figure has nothing beside it to hide.
        assertThat(PenyamaranStatistik.samarkan(4)).containsExactly(X);
    }

    @Test
    void noHiddenCellCanBeDerivedFromTheTotal() {
        long[][] tabel = {{100, 3, 0}, {2, 48}, {40, 7, 4, 12}, {9, 9, 1, 0, 0}, {1, 200}, {6, 6, 6, 2}};
        for (long[] sel : tabel) {
            long[] tampil = PenyamaranStatistik.samarkan(sel);
            long tersembunyi = java.util.Arrays.stream(tampil).filter(n -> n == X).count();
            // Either nothing is hidden, or at least two cells are: the total minus the shown cells is their sum only.
            assertThat(tersembunyi).as(java.util.Arrays.toString(sel)).isNotEqualTo(1);
        }
    }

    @Test
    void wholeStatisticsPageFollowsTheRule() {
        List<Statistik.KelompokUmur> piramida = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            piramida.add(new Statistik.KelompokUmur(i * 5 + "", i == 0 ? 3 : i == 1 ? 8 : 20, 20));
        }
        Statistik s = new Statistik("14.04.01.2001", LocalDate.of(2026, 11, 1), 643, 323, 320, piramida,
                List.of(new Statistik.Baris("Islam", 640), new Statistik.Baris("Kristen", 3)),
                List.of(new Statistik.Baris("SD", 600), new Statistik.Baris("SLTA", 43)),
                List.of(new Statistik.Baris("Petani", 643)),
                List.of(new Statistik.Baris("disabilitas.FISIK", 6), new Statistik.Baris("disabilitas.SENSORIK", 0),
                        new Statistik.Baris("disabilitas.INTELEKTUAL", 0), new Statistik.Baris("disabilitas.MENTAL", 2)),
                new Statistik.Rentan(70, 8, 2), List.of(new Statistik.Baris("Sudah Rekam", 400)),
                List.of(new Statistik.Bulan(YearMonth.of(2026, 11), 1, 0, 12, 0)));
        Statistik t = PenyamaranStatistik.samarkan(s);
        assertThat(t.total()).isEqualTo(643);
        assertThat(t.laki()).isEqualTo(323);
        // Men aged 0–4 (3) is hidden, and with it men aged 5–9 (8), the next smallest of the men's column.
        assertThat(t.piramida().get(0).laki()).isEqualTo(X);
        assertThat(t.piramida().get(1).laki()).isEqualTo(X);
        assertThat(t.piramida().get(2).laki()).isEqualTo(20);
        assertThat(t.piramida().get(0).perempuan()).isEqualTo(20);
        // Two religions: 643 - 640 would give the 3 away.
        assertThat(t.agama()).extracting(Statistik.Baris::jumlah).containsExactly(X, X);
        assertThat(t.pendidikan()).extracting(Statistik.Baris::jumlah).containsExactly(600L, 43L);
        // Disability: mental (2) hidden, and the smallest other line (a zero) with it; ODGJ follows the mental line.
        assertThat(t.disabilitas()).extracting(Statistik.Baris::jumlah).containsExactly(6L, X, 0L, X);
        assertThat(t.rentan()).isEqualTo(new Statistik.Rentan(70, 8, X));
        assertThat(t.perBulan().get(0)).isEqualTo(new Statistik.Bulan(YearMonth.of(2026, 11), X, 0, 12, 0));
        // Shown as "<5" and drawn with no length.
        assertThat(Angka.SAMAR.tampil(X)).isEqualTo("<5");
        assertThat(Angka.SAMAR.untukGambar(X)).isZero();
    }
}
