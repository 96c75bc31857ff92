package id.pelita.antropometri;

import java.time.LocalDate;
import java.util.List;

/**
 * Computes WHO z-scores and Permenkes 2/2020 status of children's measurements, the KMS weight-gain judgement,
 * and growth charts. Thread-safe, no I/O after construction (the WHO tables are loaded once). Inject it as a
 * Spring bean; {@link #standar()} gives the same implementation outside Spring (tests, benchmarks).
 */
public interface KalkulatorZskor {

    /**
     * z-scores (TB/U, BB/U, BB/TB, IMT/U) and categories of one measurement. Never throws for measurement values:
     * out-of-range or missing values leave the affected indices {@code null} with a {@link Bendera} saying why.
     */
    HasilZskor hitung(Pengukuran pengukuran);

    /**
     * KMS judgement of this month's weighing against last month's. {@code sebelumnya} null → B (new);
     * last weighing not in the previous calendar month → O; otherwise N when the gain (grams) ≥ KBM for the
     * child's age in completed months, else T.
     */
    HasilKenaikan nilaiKenaikan(LocalDate tanggalLahir, Penimbangan kini, Penimbangan sebelumnya);

    /** Minimum monthly weight gain (KBM) in grams for an age in completed months (Buku KIA table). */
    int kbmGram(int umurBulan);

    /**
     * A growth chart as standalone SVG markup (UTF-8, no external resources, printable): the WHO curves −3, −2, 0,
     * +2, +3 SD for the sex over 0–60 months (BB/TB: over 45–120 cm, length below 24 months and height from 24),
     * and the child's points joined in date order.
     */
    String grafikSvg(Indikator indikator, Kelamin kelamin, LocalDate tanggalLahir, List<TitikGrafik> titik);

    /** The implementation on WHO's tables shipped with Pelita (loaded once per call: keep the instance). */
    static KalkulatorZskor standar() {
        return id.pelita.antropometri.internal.KalkulatorWho.muat();
    }
}
