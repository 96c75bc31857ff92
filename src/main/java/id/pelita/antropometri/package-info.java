/**
 * Antropometri anak: z-scores and nutritional status of a child's measurement following the WHO Child Growth
 * Standards (0–60 months) and the WHO Reference 2007 (61–228 months), categorised as Permenkes 2/2020 prescribes;
 * the KMS weight-gain judgement (naik / tidak naik) and growth charts as SVG. Stateless: it stores nothing.
 *
 * <p>Public API: {@link id.pelita.antropometri.KalkulatorZskor} (a Spring bean, or {@code KalkulatorZskor.standar()}
 * outside Spring) with the records {@link id.pelita.antropometri.Pengukuran} and
 * {@link id.pelita.antropometri.HasilZskor}. The batch page and API ({@code /antropometri/zskor},
 * {@code /api/v1/antropometri/zscore}) live in {@code internal}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Antropometri")
package id.pelita.antropometri;
