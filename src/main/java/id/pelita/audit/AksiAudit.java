package id.pelita.audit;

/** What was done: read (baca), create (buat), change (ubah), delete (hapus), and account events. */
public enum AksiAudit {
    BACA, BUAT, UBAH, HAPUS, EKSPOR, IMPOR, MASUK, KELUAR, GAGAL_MASUK, KUNCI, BUKA_KUNCI, GANTI_SANDI
}
