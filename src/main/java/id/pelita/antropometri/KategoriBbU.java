package id.pelita.antropometri;

/** BB/U categories of Permenkes 2/2020: z &lt; −3, −3 ≤ z &lt; −2, −2 ≤ z ≤ +1, z &gt; +1. */
public enum KategoriBbU {
    BERAT_BADAN_SANGAT_KURANG, BERAT_BADAN_KURANG, BERAT_BADAN_NORMAL, RISIKO_BERAT_BADAN_LEBIH;

    public String kunciLabel() {
        return "antropometri.bbu." + name();
    }
}
