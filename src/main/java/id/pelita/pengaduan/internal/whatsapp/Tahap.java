package id.pelita.pengaduan.internal.whatsapp;

/** Where a WhatsApp conversation stands: what the next message is expected to be. */
enum Tahap {
    BARU, KATEGORI, DESA, PILIH_DESA, URAIAN, FOTO, LOKASI, KONFIRMASI
}
