package id.pelita.kependudukan.internal;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The pieces of the statistics that need no database: top-10 occupations, age, suppression, pyramid bars. */
class StatistikPendudukUnitTest {

    @Test
    void occupationsBeyondTheTenMostCommonAreSummedAsOthers() {
        List<Statistik.Baris> urut = new ArrayList<>();
        for (int i = 12; i >= 1; i--) {
            urut.add(new Statistik.Baris("P" + i, i));
        }
        List<Statistik.Baris> hasil = StatistikPenduduk.terbanyak(urut);
        assertThat(hasil).hasSize(11);
        assertThat(hasil.get(9)).isEqualTo(new Statistik.Baris("P3", 3));
        assertThat(hasil.get(10)).isEqualTo(new Statistik.Baris(null, 2 + 1));
        assertThat(StatistikPenduduk.terbanyak(urut.subList(0, 10))).hasSize(10);
    }

    @Test
    void ageTurnsOverOnTheBirthday() {
        LocalDate pada = LocalDate.of(2026, 3, 1);
        assertThat(StatistikPenduduk.usia(LocalDate.of(2021, 3, 1), pada)).isEqualTo(5);
        assertThat(StatistikPenduduk.usia(LocalDate.of(2021, 3, 2), pada)).isEqualTo(4);
        assertThat(StatistikPenduduk.usia(LocalDate.of(2020, 2, 29), pada)).isEqualTo(6);
    }

    @Test
    void publicCountsFromOneToFourAreSuppressedAndDrawnAsZero() {
        assertThat(List.of(0L, 1L, 4L, 5L).stream().map(Angka.SAMAR::tampil)).containsExactly("0", "<5", "<5", "5");
        assertThat(Angka.LENGKAP.tampil(3)).isEqualTo("3");
        Piramida p = Piramida.dari(List.of(new Statistik.KelompokUmur("0–4", 3, 10)), Angka.SAMAR);
        assertThat(p.batang().get(0).panjangL()).isZero();
        assertThat(p.batang().get(0).teksL()).isEqualTo("<5");
        assertThat(p.batang().get(0).panjangP()).isPositive();
    }
}
