package id.pelita.antropometri.internal;

/**
 * One WHO LMS table for one sex and one segment (e.g. boys' length-for-age lying, 0–24 months): rows sorted by
 * x (age in months or length/height in cm) with L, M, S and WHO's own SD columns (−3…+3, rounded as WHO
 * publishes them).
 *
 * <p>Between rows: the WHO 2006 age tables Pelita ships are WHO's weekly (0–13 weeks) and monthly rows, standing
 * in for WHO's daily tables, so they are interpolated along a smooth curve (cubic Hermite through the rows, slopes
 * from the neighbouring rows); measured against WHO's own igrowup results this stays within 0.01–0.02 z (see
 * ReferensiWhoTest). WHO 2007 (monthly, where WHO's macro interpolates linearly by fractional month) and the
 * weight-for-length/height tables are interpolated linearly. Outside the first/last row (a few days at a table
 * boundary) the end interval is extended linearly.
 */
final class TabelLms {

    final double[] x;
    final double[] l;
    final double[] m;
    final double[] s;
    /** sd[k][i] = WHO's tabulated value at z = k − 3 for row i. */
    final double[][] sd;
    final boolean kubik;

    TabelLms(double[] x, double[] l, double[] m, double[] s, double[][] sd, boolean kubik) {
        this.x = x;
        this.l = l;
        this.m = m;
        this.s = s;
        this.sd = sd;
        this.kubik = kubik;
        if (x.length < 2) {
            throw new IllegalStateException("tabel WHO terlalu pendek");
        }
        for (int i = 1; i < x.length; i++) {
            if (x[i] <= x[i - 1]) {
                throw new IllegalStateException("tabel WHO tidak urut pada x=" + x[i]);
            }
        }
    }

    double awal() {
        return x[0];
    }

    double akhir() {
        return x[x.length - 1];
    }

    boolean mencakup(double nilai) {
        return nilai >= x[0] - 1e-9 && nilai <= x[x.length - 1] + 1e-9;
    }

    /** L, M, S at {@code nilai}, written into {@code lms[0..2]}. */
    void lms(double nilai, double[] lms) {
        int n = x.length;
        int lo;
        if (nilai <= x[0]) {
            lo = 0;
        } else if (nilai >= x[n - 1]) {
            lo = n - 2;
        } else {
            lo = 0;
            int hi = n - 1;
            while (hi - lo > 1) {
                int mid = (lo + hi) >>> 1;
                if (x[mid] <= nilai) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            if (x[lo] == nilai) {
                lms[0] = l[lo];
                lms[1] = m[lo];
                lms[2] = s[lo];
                return;
            }
        }
        int hi = lo + 1;
        double h = x[hi] - x[lo];
        double t = (nilai - x[lo]) / h;
        if (!kubik || t < 0 || t > 1) {
            lms[0] = l[lo] + t * (l[hi] - l[lo]);
            lms[1] = m[lo] + t * (m[hi] - m[lo]);
            lms[2] = s[lo] + t * (s[hi] - s[lo]);
            return;
        }
        lms[0] = hermite(l, lo, hi, h, t);
        lms[1] = hermite(m, lo, hi, h, t);
        lms[2] = hermite(s, lo, hi, h, t);
    }

    /** Cubic Hermite between rows lo and hi, slopes by central differences (one-sided at the table ends). */
    private double hermite(double[] v, int lo, int hi, double h, double t) {
        double d0 = lereng(v, lo);
        double d1 = lereng(v, hi);
        double t2 = t * t;
        double t3 = t2 * t;
        return (2 * t3 - 3 * t2 + 1) * v[lo] + (t3 - 2 * t2 + t) * h * d0
                + (-2 * t3 + 3 * t2) * v[hi] + (t3 - t2) * h * d1;
    }

    private double lereng(double[] v, int i) {
        int a = Math.max(0, i - 1);
        int b = Math.min(x.length - 1, i + 1);
        return (v[b] - v[a]) / (x[b] - x[a]);
    }
}
