package id.pelita.sop;

/** One line of the catalogue: an SOP in its latest version. */
public record RingkasanSop(String kode, int versiTerbaru, String nama, String nomor, String kantor) {
}
