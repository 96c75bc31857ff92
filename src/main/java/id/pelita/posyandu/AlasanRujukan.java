package id.pelita.posyandu;

/** Why a measurement referred a child to PUL KOMPAS. */
public enum AlasanRujukan {
    /** TB/U z &lt; −2 (stunted, pendek). */
    PENDEK,
    /** TB/U z &lt; −3 (severely stunted, sangat pendek). */
    SANGAT_PENDEK,
    /** BB/TB z &lt; −3 (severely wasted, gizi buruk). */
    GIZI_BURUK,
    /** Not gaining weight (T) in two consecutive months. */
    TIDAK_NAIK_2X;

    public String kunciLabel() {
        return "posyandu.alasan." + name();
    }
}
