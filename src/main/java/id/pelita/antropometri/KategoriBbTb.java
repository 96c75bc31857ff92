package id.pelita.antropometri;

/**
 * BB/TB (BB/PB) categories of Permenkes 2/2020: z &lt; −3, −3 ≤ z &lt; −2, −2 ≤ z ≤ +1, +1 &lt; z ≤ +2,
 * +2 &lt; z ≤ +3, z &gt; +3.
 */
public enum KategoriBbTb {
    GIZI_BURUK, GIZI_KURANG, GIZI_BAIK, BERISIKO_GIZI_LEBIH, GIZI_LEBIH, OBESITAS;

    public String kunciLabel() {
        return "antropometri.bbtb." + name();
    }
}
