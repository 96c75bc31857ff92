package id.pelita.adminduk.internal;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a resident of a batch stands: proposed, left out by the coordination meeting, scheduled, the visit's
 * outcome (recorded, not at home, refused, unfit), then the card's way to the resident.
 */
public enum StatusWarga {
    DIUSULKAN, DIKELUARKAN, DIJADWALKAN, DIREKAM, TIDAK_DI_RUMAH, MENOLAK, TIDAK_LAYAK, DICETAK, DI_KECAMATAN,
    DI_DESA, DISERAHKAN;

    /** Outcomes a home visit may record. */
    static final Set<StatusWarga> HASIL_KUNJUNGAN = EnumSet.of(DIREKAM, TIDAK_DI_RUMAH, MENOLAK, TIDAK_LAYAK);

    /** Recorded at home (whatever happened to the card since). */
    boolean sudahRekam() {
        return this == DIREKAM || this == DICETAK || this == DI_KECAMATAN || this == DI_DESA || this == DISERAHKAN;
    }

    public String kunciLabel() {
        return "jemputbola.status." + name();
    }
}
