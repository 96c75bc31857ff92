package id.pelita.kependudukan.internal;

/** Where a village's submission (pengajuan) of population changes stands in the TAJUK RETEH SOP. */
enum StatusPengajuan {
    /** Collecting the operator's changes, not yet submitted. */
    DRAF,
    /** Submitted; waiting for the kecamatan team. */
    DIAJUKAN,
    /** Sent back with reasons; the operator fixes and submits again. */
    DIKEMBALIKAN,
    /** Verified: its changes count in published figures; closed. */
    TERVERIFIKASI;

    boolean terbuka() {
        return this != TERVERIFIKASI;
    }
}
