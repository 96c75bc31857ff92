package id.pelita.antropometri;

import java.time.LocalDate;

/** One weighing for the KMS judgement: the date and the weight in kg. */
public record Penimbangan(LocalDate tanggal, double beratKg) {
}
