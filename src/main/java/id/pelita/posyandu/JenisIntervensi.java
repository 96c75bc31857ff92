package id.pelita.posyandu;

/** Kinds of intervention; the first four are GERAH TIAN HARI NI's processed animal protein. */
public enum JenisIntervensi {
    TELUR, IKAN, AYAM, SUSU, PMT_LAIN, KONSELING, RUJUK_PUSKESMAS, LAINNYA;

    /** Animal protein (GERAH TIAN HARI NI). */
    public boolean proteinHewani() {
        return this == TELUR || this == IKAN || this == AYAM || this == SUSU;
    }

    public String kunciLabel() {
        return "posyandu.intervensi." + name();
    }
}
