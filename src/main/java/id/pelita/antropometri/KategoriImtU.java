package id.pelita.antropometri;

/**
 * IMT/U categories of Permenkes 2/2020. 0–60 months: the six of {@link KategoriBbTb} with the same cut-offs.
 * 5–18 years: GIZI_BURUK z &lt; −3, GIZI_KURANG −3 ≤ z &lt; −2, GIZI_BAIK −2 ≤ z ≤ +1, GIZI_LEBIH +1 &lt; z ≤ +2,
 * OBESITAS z &gt; +2 (BERISIKO_GIZI_LEBIH is not used there).
 */
public enum KategoriImtU {
    GIZI_BURUK, GIZI_KURANG, GIZI_BAIK, BERISIKO_GIZI_LEBIH, GIZI_LEBIH, OBESITAS;

    public String kunciLabel() {
        return "antropometri.imtu." + name();
    }
}
