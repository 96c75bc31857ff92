package id.pelita.layanan.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlaSopTest {

    @Test
    void nearestRankPercentiles() {
        int[] d = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertThat(SlaSop.persentil(d, 50)).isEqualTo(5);
        assertThat(SlaSop.persentil(d, 90)).isEqualTo(9);
        assertThat(SlaSop.persentil(new int[]{42}, 90)).isEqualTo(42);
        assertThat(SlaSop.persentil(new int[0], 50)).isNull();
    }

    @Test
    void taskGroupsFollowTheRoleLevel() {
        assertThat(GrupTugas.untuk(id.pelita.inti.Peran.STAF, "35.16.04.2001")).isEqualTo("STAF@35.16.04");
        assertThat(GrupTugas.untuk(id.pelita.inti.Peran.OPERATOR_DESA, "35.16.04.2001")).isEqualTo("OPERATOR_DESA@35.16.04.2001");
        assertThat(GrupTugas.untuk(id.pelita.inti.Peran.TIM_KABUPATEN, "35.16.04.2001")).isEqualTo("TIM_KABUPATEN@35.16");
        assertThat(EskalasiLangkah.atasan(id.pelita.inti.Peran.STAF)).isEqualTo(id.pelita.inti.Peran.KASI);
        assertThat(EskalasiLangkah.atasan(id.pelita.inti.Peran.SEKCAM)).isEqualTo(id.pelita.inti.Peran.CAMAT);
        assertThat(EskalasiLangkah.atasan(id.pelita.inti.Peran.OPERATOR_DESA)).isEqualTo(id.pelita.inti.Peran.CAMAT);
        assertThat(EskalasiLangkah.atasan(id.pelita.inti.Peran.CAMAT)).isNull();
    }
}
