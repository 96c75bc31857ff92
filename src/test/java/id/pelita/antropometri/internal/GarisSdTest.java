package id.pelita.antropometri.internal;

import id.pelita.antropometri.Kelamin;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * z-scores on WHO's SD lines. For every table (indicator, segment) and both sexes, at every row:
 * <ol>
 * <li>the SD lines computed from the row's L, M, S (M·(1+L·S·z)^(1/L)) give back exactly z = −3…+3 (1e-9), with
 *     the restricted z for the weight-based tables — at ±3 exact by construction, since the restricted formula
 *     starts from the same ±3 SD value;</li>
 * <li>those computed SD lines, rounded as WHO rounds its published table (1 decimal for WHO 2006, 3 for WHO
 *     2007), equal the SD columns WHO ships with the table: the z of WHO's own tabulated value is therefore
 *     −3…+3 up to WHO's rounding of the tabulated value (and to 2 decimals for WHO 2007).</li>
 * </ol>
 */
class GarisSdTest {

    private static final TabelWho TABEL = TabelWho.muat();

    @TestFactory
    Stream<DynamicTest> zDiGarisSdWho() {
        List<DynamicTest> uji = new ArrayList<>();
        for (TabelWho.Jenis j : TabelWho.Jenis.values()) {
            boolean terbatas = j != TabelWho.Jenis.TB_U_TELENTANG && j != TabelWho.Jenis.TB_U_BERDIRI
                    && j != TabelWho.Jenis.TB_U_2007;
            boolean who2007 = j == TabelWho.Jenis.TB_U_2007 || j == TabelWho.Jenis.IMT_U_2007;
            for (Kelamin k : Kelamin.values()) {
                uji.add(DynamicTest.dynamicTest(j + " " + k, () -> periksa(TABEL.tabel(j, k), terbatas, who2007)));
            }
        }
        return uji.stream();
    }

    private static void periksa(TabelLms t, boolean terbatas, boolean who2007) {
        assertThat(t.x.length).isGreaterThan(10);
        for (int i = 0; i < t.x.length; i++) {
            for (int z = -3; z <= 3; z++) {
                double y = Lms.nilai(z, t.l[i], t.m[i], t.s[i]);
                double hitung = terbatas ? Lms.zTerbatas(y, t.l[i], t.m[i], t.s[i]) : Lms.z(y, t.l[i], t.m[i], t.s[i]);
                assertThat(hitung).as("z at SD%d, x=%s", z, t.x[i]).isCloseTo(z, within(1e-9));

                double who = t.sd[z + 3][i];
                int desimal = who2007 ? 3 : 1;
                double dibulatkan = BigDecimal.valueOf(y).setScale(desimal, RoundingMode.HALF_UP).doubleValue();
                // WHO's published value is our SD line rounded to its precision (one unit of the last digit
                // allowed where the exact value sits on a rounding boundary, e.g. 2.45 vs 2.4499999)
                assertThat(Math.abs(dibulatkan - who)).as("SD%d at x=%s: WHO %s, computed %s", z, t.x[i], who, y)
                        .isLessThanOrEqualTo(Math.pow(10, -desimal) + 1e-9);
                if (who2007) {
                    double zWho = terbatas ? Lms.zTerbatas(who, t.l[i], t.m[i], t.s[i]) : Lms.z(who, t.l[i], t.m[i], t.s[i]);
                    assertThat(BigDecimal.valueOf(zWho).setScale(2, RoundingMode.HALF_UP).doubleValue())
                            .as("z of WHO 2007 tabulated SD%d at x=%s", z, t.x[i]).isEqualTo(z);
                }
            }
        }
    }
}
