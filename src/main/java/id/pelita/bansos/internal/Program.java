package id.pelita.bansos.internal;

/**
 * Aid programmes whose recipients Pelita records (the {@code program} column of aid records): the food programme
 * of this SOP and the others a family may also receive, so double receipt can be seen.
 */
enum Program {
    /** Bantuan Sosial Pangan Program Sembako (BSPPS). */
    SEMBAKO,
    /** Program Keluarga Harapan. */
    PKH,
    /** Bantuan Langsung Tunai Dana Desa. */
    BLT_DD,
    /** Penerima Bantuan Iuran Jaminan Kesehatan. */
    PBI_JK,
    /** Other (regional) programme. */
    LAINNYA;

    static Program dari(String s) {
        if (s == null) {
            return null;
        }
        for (Program p : values()) {
            if (p.name().equals(s)) {
                return p;
            }
        }
        return null;
    }
}
