package id.pelita.wilayah;

/** One region of the Kemendagri hierarchy, e.g. {@code 14.04.01.2001}, desa, parent {@code 14.04.01}. */
public record Wilayah(String kode, String indukKode, Tingkat tingkat, String nama) {
}
