package id.pelita.notifikasi.internal;

enum StatusKeluar {
    /** Waiting for its (next) attempt. */
    MENUNGGU,
    /** Claimed by one sender until {@code batas_klaim}. */
    MENGIRIM,
    TERKIRIM,
    GAGAL_PERMANEN
}
