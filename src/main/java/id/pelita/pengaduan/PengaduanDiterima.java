package id.pelita.pengaduan;

/**
 * A complaint was stored (published in the storing transaction): the SOP engine starts the PUL KOMPAS or
 * OSPS MPA case from it.
 *
 * @param kode     the tracking code, e.g. {@code PK-7F3K9Q}
 * @param kategori {@code STUNTING}, {@code KEBAKARAN} or {@code LAYANAN}
 * @param desaKode the village (Kemendagri code)
 * @param saluran  the channel it came in by, e.g. {@code WHATSAPP}
 */
public record PengaduanDiterima(String kode, String kategori, String desaKode, String saluran) {
}
