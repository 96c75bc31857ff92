package id.pelita.pengaduan.internal.whatsapp;

/** A signed webhook delivery was stored in the inbox (row {@code id} of {@code pengaduan_wa_kiriman}). */
record KirimanMasuk(long id) {
}
