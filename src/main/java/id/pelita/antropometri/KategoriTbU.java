package id.pelita.antropometri;

/** TB/U (PB/U) categories of Permenkes 2/2020: z &lt; −3, −3 ≤ z &lt; −2, −2 ≤ z ≤ +3, z &gt; +3. */
public enum KategoriTbU {
    SANGAT_PENDEK, PENDEK, NORMAL, TINGGI;

    public String kunciLabel() {
        return "antropometri.tbu." + name();
    }
}
