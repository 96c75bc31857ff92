package id.pelita.register.internal;

import java.time.LocalDate;

/** Renders a register number pattern: {nomor} (3 digits or more), {unit}, {bulan} (Roman), {tahun}. */
final class FormatNomor {

    private static final String[] ROMAWI = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};

    private FormatNomor() {
    }

    static String romawi(int bulan) {
        if (bulan < 1 || bulan > 12) {
            throw new IllegalArgumentException("Bulan harus 1–12: " + bulan);
        }
        return ROMAWI[bulan - 1];
    }

    /**
     * Checks a pattern before any number is taken: it needs {nomor} and {tahun}, since numbers must be unique
     * per register across years, and a unit when it uses {unit}.
     */
    static void periksa(String format, String unit) {
        if (format == null || !format.contains("{nomor}") || !format.contains("{tahun}")) {
            throw new IllegalArgumentException("Format nomor register harus memuat {nomor} dan {tahun}: " + format);
        }
        if (format.contains("{unit}") && (unit == null || unit.isBlank())) {
            throw new IllegalArgumentException("Format memuat {unit} tetapi unit kosong");
        }
    }

    static String terapkan(String format, int urut, String unit, LocalDate tanggal) {
        periksa(format, unit);
        return format.replace("{nomor}", String.format("%03d", urut))
                .replace("{unit}", unit == null ? "" : unit.strip())
                .replace("{bulan}", romawi(tanggal.getMonthValue()))
                .replace("{tahun}", String.valueOf(tanggal.getYear()));
    }
}
