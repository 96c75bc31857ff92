package id.pelita.antropometri;

/**
 * A flag on a result: why an index was not computed or not categorised, or a note (e.g. the 0.7 cm correction).
 *
 * @param indikator the index it concerns, {@code null} for the whole measurement
 * @param kode machine-readable reason
 * @param keterangan human-readable detail in Indonesian (e.g. the limit that was crossed)
 */
public record Bendera(Indikator indikator, Kode kode, String keterangan) {

    public enum Kode {
        /** Bilateral pitting oedema: no weight-based z-score (BB/U, BB/TB, IMT/U). */
        EDEMA,
        /** z beyond WHO's cleaning limits (zlen ±6, zwei −6/+5, zwfl ±5, zbmi ±5): z kept, no category. */
        TIDAK_MASUK_AKAL,
        /** An input outside the accepted range (age, weight, length): the indices needing it are not computed. */
        DI_LUAR_RENTANG,
        /** An input needed for the index is missing. */
        DATA_KURANG,
        /** The index does not apply at this age (BB/U and BB/TB after 60 months). */
        TIDAK_BERLAKU,
        /** Note: length/height corrected by ±0.7 cm because it was measured the other way for the age. */
        DIKOREKSI_0_7_CM
    }

    /** True for flags that are only notes (the index was computed and categorised). */
    public boolean catatanSaja() {
        return kode == Kode.DIKOREKSI_0_7_CM;
    }
}
