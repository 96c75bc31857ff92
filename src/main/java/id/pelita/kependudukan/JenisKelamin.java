package id.pelita.kependudukan;

/** Sex as SIAK records it: L (laki-laki, male), P (perempuan, female). */
public enum JenisKelamin {
    L, P;

    public String kunciLabel() {
        return "kelamin." + name();
    }
}
