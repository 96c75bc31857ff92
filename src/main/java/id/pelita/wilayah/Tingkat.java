package id.pelita.wilayah;

/** Level of a region; the Kemendagri code has one dot-separated part per level. */
public enum Tingkat {
    PROVINSI, KABUPATEN, KECAMATAN, DESA;

    public static Tingkat dariKode(String kode) {
        int bagian = kode.split("\\.").length;
        return switch (bagian) {
            case 1 -> PROVINSI;
            case 2 -> KABUPATEN;
            case 3 -> KECAMATAN;
            case 4 -> DESA;
            default -> throw new IllegalArgumentException("Kode wilayah tidak dikenal: " + kode);
        };
    }
}
