package id.pelita.pengaduan;

/**
 * The reporter reopened a closed complaint (within 7 days of closing, from the public tracking page): its
 * status is back to DIPROSES. Whoever handles complaints (the case, the staff inbox, notifications) reacts
 * to it; published in the transaction that reopened it.
 *
 * @param kode     the tracking code, e.g. {@code PK-7F3K9Q}
 * @param kategori {@code STUNTING}, {@code KEBAKARAN} or {@code LAYANAN}
 * @param desaKode the village (Kemendagri code)
 * @param alasan   why the reporter is not satisfied, in their words
 */
public record PengaduanDibukaKembali(String kode, String kategori, String desaKode, String alasan) {
}
