package id.pelita.posyandu.internal;

import id.pelita.posyandu.AlasanRujukan;
import id.pelita.posyandu.internal.Model.Intervensi;
import id.pelita.posyandu.internal.Model.Ukur;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Which measurements refer a child to PUL KOMPAS, and an intervention's 90-day outcome. */
class RujukanDanIntervensiUnitTest {

    static Ukur ukur(LocalDate t, String zlen, String zwfl, String kenaikan) {
        return new Ukur(1, 1, 1, t, 400, 13, new BigDecimal("9"), new BigDecimal("75"), "TELENTANG", null, null, false,
                false, null, null, null, zlen == null ? null : new BigDecimal(zlen), new BigDecimal("-1"),
                zwfl == null ? null : new BigDecimal(zwfl), null, null, null, null, null, kenaikan, null, null, null);
    }

    @Test
    void findingsAreStuntingWastingAndTwoMonthsWithoutGain() {
        LocalDate t = LocalDate.of(2026, 6, 9);
        assertThat(RujukanOtomatis.alasan(ukur(t, "-2.00", "0", "N"), Optional.empty())).isEmpty();
        assertThat(RujukanOtomatis.alasan(ukur(t, "-2.01", "0", "N"), Optional.empty())).containsExactly(AlasanRujukan.PENDEK);
        assertThat(RujukanOtomatis.alasan(ukur(t, "-3.10", "-3.01", "N"), Optional.empty()))
                .containsExactlyInAnyOrder(AlasanRujukan.SANGAT_PENDEK, AlasanRujukan.GIZI_BURUK);
        assertThat(RujukanOtomatis.alasan(ukur(t, "-2.99", "-2.99", "N"), Optional.empty())).containsExactly(AlasanRujukan.PENDEK);
        // T once is not a finding; T after last month's T is.
        assertThat(RujukanOtomatis.alasan(ukur(t, "0", "0", "T"), Optional.of(ukur(t.minusMonths(1), "0", "0", "N")))).isEmpty();
        assertThat(RujukanOtomatis.alasan(ukur(t, "0", "0", "T"), Optional.of(ukur(t.minusMonths(1), "0", "0", "T"))))
                .containsExactly(AlasanRujukan.TIDAK_NAIK_2X);
        assertThat(RujukanOtomatis.alasan(ukur(t, null, null, null), Optional.empty())).isEmpty();
        assertThat(RujukanOtomatis.inisial("contoh  bayu putra")).isEqualTo("C.B.P.");
    }

    @Test
    void outcomeIsTheChangeToTheMeasurementNearestStartPlus90Days() {
        LocalDate mulai = LocalDate.of(2026, 1, 10);
        Intervensi telur = new Intervensi(1, 1, "TELUR", "telur rebus", new BigDecimal("1"), "butir", 90, mulai, "PKK", null);
        List<Ukur> riwayat = List.of(
                ukur(mulai.minusDays(5), "-2.60", "-1.00", "N"),
                ukur(mulai.plusDays(30), "-2.50", "-0.90", "N"),
                ukur(mulai.plusDays(85), "-2.20", "-0.50", "N"),
                ukur(mulai.plusDays(120), "-2.00", "-0.40", "N"));
        var h = LayananPosyandu.hasil(telur, riwayat, mulai.plusDays(200));
        assertThat(h.menunggu()).isFalse();
        assertThat(h.awal().tanggalUkur()).isEqualTo(mulai.minusDays(5));
        assertThat(h.akhir().tanggalUkur()).isEqualTo(mulai.plusDays(85));
        assertThat(h.selisihZlen()).isEqualTo(0.40, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(h.selisihZwfl()).isEqualTo(0.50, org.assertj.core.data.Offset.offset(1e-9));
        // Before day 90 the outcome is not final.
        assertThat(LayananPosyandu.hasil(telur, riwayat, mulai.plusDays(60)).menunggu()).isTrue();
        // No baseline: no outcome.
        assertThat(LayananPosyandu.hasil(telur, riwayat.subList(1, 4), mulai.plusDays(200)).selisihZlen()).isNull();
    }
}
