package id.pelita.kependudukan.internal;

/** An import file refused as a whole (wrong type, too large, a zip bomb, unreadable): message key and values. */
class BerkasDitolak extends RuntimeException {

    private final String kunciPesan;
    private final transient Object[] nilai;

    BerkasDitolak(String kunciPesan, Object... nilai) {
        super(kunciPesan);
        this.kunciPesan = kunciPesan;
        this.nilai = nilai;
    }

    String kunciPesan() { return kunciPesan; }
    Object[] nilai() { return nilai; }
}
