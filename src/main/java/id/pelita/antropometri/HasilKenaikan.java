package id.pelita.antropometri;

/**
 * Result of the KMS weight-gain judgement.
 *
 * @param penilaian N / T / O / B
 * @param umurBulan the child's age in completed months at this weighing
 * @param kenaikanGram weight change since last month's weighing in grams (null for O and B)
 * @param kbmGram minimum gain (KBM) for this age in grams (null for O and B)
 */
public record HasilKenaikan(PenilaianKenaikan penilaian, int umurBulan, Integer kenaikanGram, Integer kbmGram) {
}
