package id.pelita.antropometri.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The LMS formulas and WHO's restricted z beyond ±3 SD, on girls' weight-for-length at 80.0 cm
 * (L = −0.3833, M = 10.0891, S = 0.0894, WHO table wfl_girls_0-to-2-years). Hand computation (double precision):
 * SD3pos = M(1+3LS)^(1/L) = 13.3894279545, SD2pos = 12.1420876823, SD3neg = 7.8159287247, SD2neg = 8.4868362174.
 */
class LmsTest {

    static final double L = -0.3833;
    static final double M = 10.0891;
    static final double S = 0.0894;

    @Test
    void sdLinesFromLms() {
        assertThat(Lms.nilai(3, L, M, S)).isCloseTo(13.3894279545, within(1e-9));
        assertThat(Lms.nilai(2, L, M, S)).isCloseTo(12.1420876823, within(1e-9));
        assertThat(Lms.nilai(-3, L, M, S)).isCloseTo(7.8159287247, within(1e-9));
        assertThat(Lms.nilai(-2, L, M, S)).isCloseTo(8.4868362174, within(1e-9));
        assertThat(Lms.nilai(0, L, M, S)).isEqualTo(M);
    }

    @Test
    void aboveThreeSdTheDistanceIsMeasuredInUnitsOfTheTwoToThreeSdInterval() {
        // 15.0 kg: plain LMS 4.1154539987; restricted 3 + (15 − 13.3894279545)/(13.3894279545 − 12.1420876823)
        assertThat(Lms.z(15.0, L, M, S)).isCloseTo(4.1154539987, within(1e-9));
        assertThat(Lms.zTerbatas(15.0, L, M, S)).isCloseTo(3 + (15.0 - 13.3894279545) / (13.3894279545 - 12.1420876823), within(1e-9))
                .isCloseTo(4.2912050396, within(1e-9));
    }

    @Test
    void belowMinusThreeSdLikewise() {
        // 7.0 kg: plain −4.3891899279; restricted −3 + (7 − 7.8159287247)/(8.4868362174 − 7.8159287247)
        assertThat(Lms.z(7.0, L, M, S)).isCloseTo(-4.3891899279, within(1e-9));
        assertThat(Lms.zTerbatas(7.0, L, M, S)).isCloseTo(-4.2161568229, within(1e-9));
    }

    @Test
    void insideThreeSdRestrictedEqualsPlainAndAtThreeExactly() {
        assertThat(Lms.zTerbatas(11.0, L, M, S)).isEqualTo(Lms.z(11.0, L, M, S));
        assertThat(Lms.zTerbatas(Lms.nilai(3, L, M, S), L, M, S)).isCloseTo(3.0, within(1e-12));
        assertThat(Lms.zTerbatas(Lms.nilai(-3, L, M, S), L, M, S)).isCloseTo(-3.0, within(1e-12));
    }

    @Test
    void lEqualZeroUsesTheLogarithm() {
        assertThat(Lms.z(Math.E * 10, 0, 10, 0.5)).isCloseTo(2.0, within(1e-12));
        assertThat(Lms.nilai(2, 0, 10, 0.5)).isCloseTo(Math.E * 10, within(1e-12));
    }

    @Test
    void lengthForAgeIsPlainNormalWithLOne() {
        // boys 0 months: L = 1, M = 49.8842, S = 0.03795 → SD = M·S = 1.8931 (WHO's SD column)
        assertThat(Lms.z(49.8842 + 4 * 49.8842 * 0.03795, 1, 49.8842, 0.03795)).isCloseTo(4.0, within(1e-12));
    }
}
