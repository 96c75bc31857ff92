package id.pelita.kependudukan.internal;

/** Kinds of change a submission holds (message key {@code perubahan.<NAME>}). */
enum JenisPerubahan {
    KELUARGA_BARU, PENDUDUK_BARU, KOREKSI_PENDUDUK, KOREKSI_KELUARGA, MUTASI
}
