package id.pelita.antropometri.internal;

/** The LMS formulas of the WHO Child Growth Standards (technical report 2006, chapter 7). */
final class Lms {

    private Lms() {
    }

    /** Plain LMS z-score: ((y/M)^L − 1) / (L·S), or ln(y/M)/S when L = 0. */
    static double z(double y, double l, double m, double s) {
        if (Math.abs(l) < 1e-12) {
            return Math.log(y / m) / s;
        }
        return (Math.pow(y / m, l) - 1.0) / (l * s);
    }

    /** The measurement at a given z: M·(1 + L·S·z)^(1/L), or M·exp(S·z) when L = 0. */
    static double nilai(double z, double l, double m, double s) {
        if (Math.abs(l) < 1e-12) {
            return m * Math.exp(s * z);
        }
        return m * Math.pow(1.0 + l * s * z, 1.0 / l);
    }

    /**
     * WHO's restricted z-score for the weight-based indicators: LMS inside ±3 SD; beyond, the distance from the
     * ±3 SD value measured in units of the 2–3 SD interval on that side:
     * z* = 3 + (y − SD3pos)/(SD3pos − SD2pos) above +3, z* = −3 + (y − SD3neg)/(SD2neg − SD3neg) below −3.
     */
    static double zTerbatas(double y, double l, double m, double s) {
        double z = z(y, l, m, s);
        if (z > 3) {
            double sd3 = nilai(3, l, m, s);
            double sd2 = nilai(2, l, m, s);
            return 3 + (y - sd3) / (sd3 - sd2);
        }
        if (z < -3) {
            double sd3 = nilai(-3, l, m, s);
            double sd2 = nilai(-2, l, m, s);
            return -3 + (y - sd3) / (sd2 - sd3);
        }
        return z;
    }
}
