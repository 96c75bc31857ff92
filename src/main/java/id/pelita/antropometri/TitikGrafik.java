package id.pelita.antropometri;

import java.time.LocalDate;

/**
 * One measurement to plot on a growth chart. BB/U uses the weight, TB/U the length/height (corrected by 0.7 cm
 * as for the z-score), BB/TB weight against corrected length/height, IMT/U the BMI; a point lacking what the
 * chart needs is left out.
 */
public record TitikGrafik(LocalDate tanggal, Double beratKg, Double panjangCm, CaraUkur caraUkur) {
}
