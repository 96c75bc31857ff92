package id.pelita.antropometri.bench;

import id.pelita.antropometri.CaraUkur;
import id.pelita.antropometri.HasilZskor;
import id.pelita.antropometri.KalkulatorZskor;
import id.pelita.antropometri.Kelamin;
import id.pelita.antropometri.Pengukuran;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Measurements scored per second on one thread (= per core): each operation is one {@link Pengukuran} through
 * {@link KalkulatorZskor#hitung} — all four indices (TB/U, BB/U, BB/TB, IMT/U), categories and flags. 4,096
 * plausible under-five measurements (fixed seed, ages 0–1,856 days, both sexes, lying/standing, 1 % oedema) are
 * cycled so table lookups do not repeat one row. Run: bench/zskor.sh (JMH 1.37, profile -Pjmh).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class ZskorBench {

    private KalkulatorZskor kalkulator;
    private Pengukuran[] ukur;
    private int i;

    @Setup
    public void siapkan() {
        kalkulator = KalkulatorZskor.standar();
        SplittableRandom acak = new SplittableRandom(20260);
        ukur = new Pengukuran[4096];
        for (int n = 0; n < ukur.length; n++) {
            int hari = acak.nextInt(0, 1857);
            double bulan = hari / 30.4375;
            // roughly along the median: 50 cm at birth, ~87 cm at 2 y, ~110 cm at 5 y; weight from length
            double panjang = 50 + 37 * Math.min(bulan, 24) / 24 + 23 * Math.max(0, bulan - 24) / 36 + acak.nextGaussian() * 3.5;
            double berat = 3.3 + 9 * Math.min(bulan, 24) / 24 + 6 * Math.max(0, bulan - 24) / 36 + acak.nextGaussian() * 1.2;
            CaraUkur cara = acak.nextInt(10) == 0 ? CaraUkur.TIDAK_DIKETAHUI : (bulan < 24) ^ (acak.nextInt(20) == 0)
                    ? CaraUkur.TELENTANG : CaraUkur.BERDIRI;
            ukur[n] = Pengukuran.dariUmurHari(acak.nextBoolean() ? Kelamin.LAKI_LAKI : Kelamin.PEREMPUAN, hari,
                    Math.max(1.0, berat), Math.max(40.0, panjang), cara, acak.nextInt(100) == 0);
        }
    }

    @Benchmark
    public HasilZskor empatIndeks() {
        Pengukuran p = ukur[i];
        i = (i + 1) & (ukur.length - 1);
        return kalkulator.hitung(p);
    }
}
