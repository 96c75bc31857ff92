package id.pelita.antropometri;

import id.pelita.inti.GalatValidasi;

import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;

/**
 * One measurement of a child. Age is kept both in days (for the WHO tables, interpolated by fractional months
 * {@code umurHari / 30.4375}) and in completed months as Permenkes 2/2020 counts it (which decides the 0.7 cm
 * correction, length vs height tables and 0–60 vs 5–18 years). Build it with {@link #dariTanggal} (completed
 * calendar months) or {@link #dariUmurHari} ({@code floor(days / 30.4375)}).
 *
 * @param kelamin sex
 * @param umurHari age in days at the measurement (≥ 0)
 * @param umurBulan age in completed months (≥ 0)
 * @param beratKg weight in kg, {@code null} when not weighed
 * @param panjangCm length or height in cm as measured (uncorrected), {@code null} when not measured
 * @param caraUkur lying / standing / unknown
 * @param edema bilateral pitting oedema
 * @param lingkarKepalaCm head circumference in cm, {@code null} when not measured (recorded, no z-score yet)
 * @param lilaCm mid-upper arm circumference (LiLA / MUAC) in cm, {@code null} when not measured (recorded, no z-score yet)
 */
public record Pengukuran(Kelamin kelamin, int umurHari, int umurBulan, Double beratKg, Double panjangCm,
                         CaraUkur caraUkur, boolean edema, Double lingkarKepalaCm, Double lilaCm) {

    /** Days per month used by WHO (365.25 / 12). */
    public static final double HARI_PER_BULAN = 30.4375;

    public Pengukuran {
        GalatValidasi.Kumpulan g = new GalatValidasi.Kumpulan();
        if (kelamin == null) {
            g.tambah("kelamin", "antropometri.galat.kelamin");
        }
        if (umurHari < 0 || umurBulan < 0) {
            g.tambah("umur", "antropometri.galat.umur-negatif");
        }
        g.lemparJikaAda();
        if (caraUkur == null) {
            caraUkur = CaraUkur.TIDAK_DIKETAHUI;
        }
    }

    /** From birth date and measurement date: days between them, completed calendar months. */
    public static Pengukuran dariTanggal(Kelamin kelamin, LocalDate tanggalLahir, LocalDate tanggalUkur, Double beratKg,
                                         Double panjangCm, CaraUkur caraUkur, boolean edema) {
        if (tanggalLahir == null || tanggalUkur == null || tanggalUkur.isBefore(tanggalLahir)) {
            throw new GalatValidasi("umur", "antropometri.galat.tanggal");
        }
        return new Pengukuran(kelamin, (int) ChronoUnit.DAYS.between(tanggalLahir, tanggalUkur),
                umurBulanPenuh(tanggalLahir, tanggalUkur), beratKg, panjangCm, caraUkur, edema, null, null);
    }

    /** From an age in days (as WHO Anthro takes it): completed months = floor(days / 30.4375). */
    public static Pengukuran dariUmurHari(Kelamin kelamin, int umurHari, Double beratKg, Double panjangCm,
                                          CaraUkur caraUkur, boolean edema) {
        if (umurHari < 0) {
            throw new GalatValidasi("umur", "antropometri.galat.umur-negatif");
        }
        return new Pengukuran(kelamin, umurHari, umurBulanPenuh(umurHari), beratKg, panjangCm, caraUkur, edema,
                null, null);
    }

    /** The same measurement with head circumference and MUAC recorded. */
    public Pengukuran denganLingkar(Double lingkarKepalaCm, Double lilaCm) {
        return new Pengukuran(kelamin, umurHari, umurBulan, beratKg, panjangCm, caraUkur, edema, lingkarKepalaCm, lilaCm);
    }

    /** Completed calendar months between two dates (Permenkes 2/2020: "umur dihitung dalam bulan penuh"). */
    public static int umurBulanPenuh(LocalDate tanggalLahir, LocalDate tanggalUkur) {
        return (int) Period.between(tanggalLahir, tanggalUkur).toTotalMonths();
    }

    /** Completed months from an age in days: floor(days / 30.4375). */
    public static int umurBulanPenuh(int umurHari) {
        return (int) Math.floor(umurHari / HARI_PER_BULAN);
    }

    /** Age in fractional months as WHO's tables are indexed: days / 30.4375. */
    public double umurBulanPecahan() {
        return umurHari / HARI_PER_BULAN;
    }
}
