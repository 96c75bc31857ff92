package id.pelita.kependudukan.internal;

/**
 * How counts are shown. Public pages suppress small cells (1–4 shown as "&lt;5") so that nobody can be
 * singled out from an aggregate (UU 27/2022); signed-in staff see exact counts.
 */
final class Angka {

    static final Angka LENGKAP = new Angka(false);
    static final Angka SAMAR = new Angka(true);

    static final int BATAS = 5;
    static final String KECIL = "<5";

    private final boolean samar;

    private Angka(boolean samar) {
        this.samar = samar;
    }

    /** Called from templates: {@code ${angka.tampil(n)}}. */
    public String tampil(long n) {
        return disamarkan(n) ? KECIL : String.valueOf(n);
    }

    /** The value a bar may be drawn with: suppressed cells as 0, so their length gives nothing away. */
    long untukGambar(long n) {
        return disamarkan(n) ? 0 : n;
    }

    boolean disamarkan(long n) {
        return samar && (n == PenyamaranStatistik.TERSEMBUNYI || (n > 0 && n < BATAS));
    }
}
