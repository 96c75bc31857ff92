package id.pelita.antropometri;

/**
 * How length/height was measured. Below 24 completed months a child is measured lying (panjang badan, PB),
 * from 24 months standing (tinggi badan, TB); measured the other way the value is corrected by 0.7 cm.
 */
public enum CaraUkur {
    /** Lying (recumbent length, WHO code {@code L}). */
    TELENTANG,
    /** Standing (height, WHO code {@code H}). */
    BERDIRI,
    /** Not recorded: assumed the right way for the age (no correction). */
    TIDAK_DIKETAHUI;

    /** {@code L}/{@code l} lying, {@code H}/{@code h} standing, empty or null unknown. */
    public static CaraUkur dariKode(String kode) {
        if (kode == null || kode.isBlank()) {
            return TIDAK_DIKETAHUI;
        }
        return switch (kode.trim().toUpperCase(java.util.Locale.ROOT)) {
            case "L" -> TELENTANG;
            case "H" -> BERDIRI;
            default -> throw new IllegalArgumentException("cara ukur tidak dikenal: " + kode);
        };
    }
}
