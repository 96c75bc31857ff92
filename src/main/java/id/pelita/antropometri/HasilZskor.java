package id.pelita.antropometri;

import java.util.List;

/**
 * The z-scores and Permenkes 2/2020 categories of one {@link Pengukuran}. A z-score is {@code null} when it
 * cannot be computed (missing or out-of-range input, oedema, not applicable at this age); a category is
 * {@code null} when its z-score is null or implausible. Every such case has a {@link Bendera} saying why.
 * Categories are decided on the z-score rounded to 2 decimals (the value shown), so a child shown at −2.00 is
 * never categorised below −2.
 *
 * @param umurHari age in days
 * @param umurBulan age in completed months
 * @param panjangDipakaiCm length/height after the ±0.7 cm correction, {@code null} if not measured
 * @param imt body-mass index (kg/m²) from weight and the corrected length/height, {@code null} if not computable
 * @param bbTbPakaiTinggi true when BB/TB used the weight-for-height table (≥ 24 months), false for weight-for-length
 * @param zlen length/height-for-age z (TB/U)
 * @param zwei weight-for-age z (BB/U), 0–60 months
 * @param zwfl weight-for-length/height z (BB/TB), 0–60 months
 * @param zbmi BMI-for-age z (IMT/U)
 * @param kategoriTbU TB/U category
 * @param kategoriBbU BB/U category
 * @param kategoriBbTb BB/TB category
 * @param kategoriImtU IMT/U category (0–60 months: six classes; 5–18 years: five)
 * @param bendera flags with reasons
 */
public record HasilZskor(int umurHari, int umurBulan, Double panjangDipakaiCm, Double imt, boolean bbTbPakaiTinggi,
                         Double zlen, Double zwei, Double zwfl, Double zbmi,
                         KategoriTbU kategoriTbU, KategoriBbU kategoriBbU, KategoriBbTb kategoriBbTb,
                         KategoriImtU kategoriImtU, List<Bendera> bendera) {

    public HasilZskor {
        bendera = List.copyOf(bendera);
    }

    /** The z-score of an index (may be null). */
    public Double z(Indikator indikator) {
        return switch (indikator) {
            case TB_U -> zlen;
            case BB_U -> zwei;
            case BB_TB -> zwfl;
            case IMT_U -> zbmi;
        };
    }

    /** The category of an index as an enum constant (may be null). */
    public Enum<?> kategori(Indikator indikator) {
        return switch (indikator) {
            case TB_U -> kategoriTbU;
            case BB_U -> kategoriBbU;
            case BB_TB -> kategoriBbTb;
            case IMT_U -> kategoriImtU;
        };
    }

    /** Flags about one index, plus those about the whole measurement. */
    public List<Bendera> bendera(Indikator indikator) {
        return bendera.stream().filter(b -> b.indikator() == null || b.indikator() == indikator).toList();
    }

    /** A z-score rounded to 2 decimals, half away from zero, as shown and as categorised; null stays null. */
    public static Double bulat2(Double z) {
        return z == null ? null : java.math.BigDecimal.valueOf(z).setScale(2, java.math.RoundingMode.HALF_UP).doubleValue();
    }

    public boolean adaBendera(Bendera.Kode kode) {
        return bendera.stream().anyMatch(b -> b.kode() == kode);
    }
}
