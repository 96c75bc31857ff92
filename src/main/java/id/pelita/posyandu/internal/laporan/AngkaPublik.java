package id.pelita.posyandu.internal.laporan;

/**
 * The public statistics' suppression rule, the same as module kependudukan's public population statistics
 * (its {@code Angka}, internal there): counts from 1 to 4 are shown as "&lt;5" so nobody can be singled out
 * (UU 27/2022). A percentage is shown only when its numerator is not suppressed and its denominator is at least 5
 * (otherwise the percentage would give the hidden count away).
 */
public final class AngkaPublik {

    static final int BATAS = 5;
    static final String KECIL = "<5";

    public String tampil(long n) {
        return n > 0 && n < BATAS ? KECIL : String.valueOf(n);
    }

    public String persen(long pembilang, long penyebut) {
        if (penyebut < BATAS || pembilang > 0 && pembilang < BATAS) {
            return "–";
        }
        Double p = Angka.persen(pembilang, penyebut);
        return p == null ? "–" : String.format(java.util.Locale.ROOT, "%.1f%%", p);
    }
}
