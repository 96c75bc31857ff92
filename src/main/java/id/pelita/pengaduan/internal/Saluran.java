package id.pelita.pengaduan.internal;

/** The channel a complaint came in by; walk-in and phone complaints are keyed by staff at a posko. */
public enum Saluran {
    WEB, WHATSAPP, DATANG_LANGSUNG, TELEPON, OPEN311;

    /** Walk-in and phone complaints are entered by a signed-in officer on the citizen's behalf. */
    public boolean lewatPetugas() {
        return this == DATANG_LANGSUNG || this == TELEPON;
    }
}
