package id.pelita.posyandu.internal.laporan;

/**
 * The figures of one group (posyandu, village, kecamatan, kabupaten) for one month. SKDN: S under-fives (0–59
 * months at the month's end) registered in the area, K of them with a KIA book (KMS), D weighed this month, N whose
 * weight went up (KMS judgement "naik" stored with the measurement). Nutrition status from each child's latest
 * measurement of the month, by the stored z-scores: stunting TB/U &lt; −2, wasting BB/TB &lt; −2, underweight
 * BB/U &lt; −2, overweight BB/TB &gt; +2, each over the children with that z-score. A new stunting case is stunted
 * now and was not at the child's previous measurement (or had none); a resolved one the other way round.
 */
record Angka(long s, long k, long d, long n, long tbuDiukur, long pendek, long bbtbDiukur, long kurus, long gemuk,
             long bbuDiukur, long beratKurang, long baru, long sembuh) {

    static final Angka NOL = new Angka(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    Angka tambah(Angka o) {
        return new Angka(s + o.s, k + o.k, d + o.d, n + o.n, tbuDiukur + o.tbuDiukur, pendek + o.pendek,
                bbtbDiukur + o.bbtbDiukur, kurus + o.kurus, gemuk + o.gemuk, bbuDiukur + o.bbuDiukur,
                beratKurang + o.beratKurang, baru + o.baru, sembuh + o.sembuh);
    }

    /** Percent, one decimal; null when the denominator is 0. */
    static Double persen(long pembilang, long penyebut) {
        return penyebut == 0 ? null : Math.round(pembilang * 1000.0 / penyebut) / 10.0;
    }

    public Double kPerS() {
        return persen(k, s);
    }

    public Double dPerS() {
        return persen(d, s);
    }

    public Double nPerD() {
        return persen(n, d);
    }

    public Double prevalensiStunting() {
        return persen(pendek, tbuDiukur);
    }

    public Double prevalensiWasting() {
        return persen(kurus, bbtbDiukur);
    }

    public Double prevalensiUnderweight() {
        return persen(beratKurang, bbuDiukur);
    }

    public Double prevalensiOverweight() {
        return persen(gemuk, bbtbDiukur);
    }
}
