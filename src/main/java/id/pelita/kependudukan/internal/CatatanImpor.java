package id.pelita.kependudukan.internal;

/** One line of an import report: row (file row number, 0 = the whole file), column, level, message. */
record CatatanImpor(int baris, String kolom, Tingkat tingkat, String kunci, Object[] nilai) {

    enum Tingkat {
        /** The row is not stored. */
        GALAT,
        /** Stored, but worth a look. */
        PERINGATAN
    }

    static CatatanImpor galat(int baris, String kolom, String kunci, Object... nilai) {
        return new CatatanImpor(baris, kolom, Tingkat.GALAT, kunci, nilai);
    }

    static CatatanImpor peringatan(int baris, String kolom, String kunci, Object... nilai) {
        return new CatatanImpor(baris, kolom, Tingkat.PERINGATAN, kunci, nilai);
    }
}
