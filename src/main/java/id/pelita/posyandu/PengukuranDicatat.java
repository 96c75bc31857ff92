package id.pelita.posyandu;

import java.time.LocalDate;

/**
 * A child's measurement was saved at a posyandu session (published in the saving transaction, also when a
 * re-post of the same child in the same session updated it: {@code ulang} true). The z-scores and categories
 * are those stored in {@code pengukuran_anak}; null when not computable.
 *
 * @param pengukuranId row id in pengukuran_anak
 * @param anakId       row id in anak_kia
 * @param sesiId       row id in sesi_posyandu
 * @param posyanduId   row id in posyandu
 * @param desaKode     the child's village
 * @param tanggalUkur  measurement date
 * @param umurBulan    age in completed months
 * @param jenisKelamin L or P
 * @param beratKg      weight, null when not weighed
 * @param panjangCm    length/height as measured, null when not measured
 * @param zlen         z TB/U
 * @param zwei         z BB/U
 * @param zwfl         z BB/TB
 * @param zbmi         z IMT/U
 * @param kategoriTbU  antropometri.KategoriTbU name, or null
 * @param kategoriBbU  antropometri.KategoriBbU name, or null
 * @param kategoriBbTb antropometri.KategoriBbTb name, or null
 * @param kategoriImtU antropometri.KategoriImtU name, or null
 * @param kenaikan     KMS letter N / T / O / B, or null when not weighed
 * @param ulang        true when this updated an earlier save of the same child in the same session
 */
public record PengukuranDicatat(long pengukuranId, long anakId, long sesiId, long posyanduId, String desaKode,
                                LocalDate tanggalUkur, int umurBulan, String jenisKelamin, Double beratKg,
                                Double panjangCm, Double zlen, Double zwei, Double zwfl, Double zbmi,
                                String kategoriTbU, String kategoriBbU, String kategoriBbTb, String kategoriImtU,
                                String kenaikan, boolean ulang) {
}
