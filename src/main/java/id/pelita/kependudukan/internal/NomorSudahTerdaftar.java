package id.pelita.kependudukan.internal;

/**
 * A NIK or KK number that already lives elsewhere in the deployment. Tells only the village it lives in, never
 * whose it is: the operator can call that village, and nobody learns another person's data.
 */
class NomorSudahTerdaftar extends RuntimeException {

    private final String field;
    private final String kunciPesan;
    private final String namaDesa;

    NomorSudahTerdaftar(String field, String kunciPesan, String namaDesa) {
        super(kunciPesan);
        this.field = field;
        this.kunciPesan = kunciPesan;
        this.namaDesa = namaDesa;
    }

    String field() { return field; }
    String kunciPesan() { return kunciPesan; }
    String namaDesa() { return namaDesa; }
}
