package id.pelita.antropometri;

/** The four anthropometric indices of Permenkes 2/2020. */
public enum Indikator {
    /** Panjang/tinggi badan menurut umur (length/height-for-age, WHO {@code zlen}). */
    TB_U,
    /** Berat badan menurut umur (weight-for-age, {@code zwei}); 0–60 months only. */
    BB_U,
    /** Berat badan menurut panjang/tinggi badan (weight-for-length/height, {@code zwfl}); 0–60 months only. */
    BB_TB,
    /** Indeks massa tubuh menurut umur (BMI-for-age, {@code zbmi}). */
    IMT_U;

    public String kunciLabel() {
        return "antropometri.indikator." + name();
    }
}
