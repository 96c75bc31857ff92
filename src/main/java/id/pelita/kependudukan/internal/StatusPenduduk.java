package id.pelita.kependudukan.internal;

/** Current state of a resident: alive and present (HIDUP), dead (MATI), moved away (PINDAH). */
public enum StatusPenduduk {
    HIDUP, MATI, PINDAH;

    public String kunciLabel() {
        return "status.penduduk." + name();
    }
}
