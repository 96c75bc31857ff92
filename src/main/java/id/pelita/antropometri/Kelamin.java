package id.pelita.antropometri;

/** Sex of the child, coded as WHO Anthro does (1 = laki-laki / male, 2 = perempuan / female). */
public enum Kelamin {
    LAKI_LAKI(1), PEREMPUAN(2);

    private final int kode;

    Kelamin(int kode) {
        this.kode = kode;
    }

    public int kode() {
        return kode;
    }

    /** 1 → LAKI_LAKI, 2 → PEREMPUAN; also accepts SIAK's L / P and WHO's m / f. */
    public static Kelamin dariKode(String kode) {
        if (kode == null) {
            throw new IllegalArgumentException("kelamin kosong");
        }
        return switch (kode.trim().toUpperCase(java.util.Locale.ROOT)) {
            case "1", "L", "M" -> LAKI_LAKI;
            case "2", "P", "F" -> PEREMPUAN;
            default -> throw new IllegalArgumentException("kelamin tidak dikenal: " + kode);
        };
    }

    public String kunciLabel() {
        return "antropometri.kelamin." + name();
    }
}
