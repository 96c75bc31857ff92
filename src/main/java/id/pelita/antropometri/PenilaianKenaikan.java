package id.pelita.antropometri;

/**
 * KMS weight-gain judgement (Buku KIA / Permenkes 2/2020): N naik (gain ≥ KBM), T tidak naik (gain below the
 * minimum monthly gain KBM, or weight the same or lower), O not weighed last month, B new (first weighing).
 */
public enum PenilaianKenaikan {
    NAIK("N"), TIDAK_NAIK("T"), TIDAK_DITIMBANG_BULAN_LALU("O"), BARU("B");

    private final String kode;

    PenilaianKenaikan(String kode) {
        this.kode = kode;
    }

    /** The letter written in the KMS: N, T, O or B. */
    public String kode() {
        return kode;
    }

    public String kunciLabel() {
        return "antropometri.kenaikan." + name();
    }
}
