package id.pelita.kalender.internal;

/** Kind of a day off: national holiday, collective leave (cuti bersama), or a regional holiday. */
enum JenisLibur {
    LIBUR_NASIONAL, CUTI_BERSAMA, LIBUR_DAERAH;

    String kunciLabel() {
        return "kalender.jenis." + name();
    }
}
