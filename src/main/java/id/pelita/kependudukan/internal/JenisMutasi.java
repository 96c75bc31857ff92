package id.pelita.kependudukan.internal;

/**
 * Kinds of population event (mutasi). PENDATAAN is the first keying-in of someone already living in the
 * village; LAHIR (birth) and DATANG (moved in) also open a presence interval; MATI (death) and PINDAH_KELUAR
 * (moved out) close it; PINDAH_KK (change of family) closes one and opens the next.
 */
public enum JenisMutasi {
    PENDATAAN, LAHIR, DATANG, MATI, PINDAH_KELUAR, PINDAH_KK;

    /** Ways a resident enters a family when keyed in. */
    public boolean masuk() {
        return this == PENDATAAN || this == LAHIR || this == DATANG;
    }

    public String kunciLabel() {
        return "mutasi." + name();
    }
}
