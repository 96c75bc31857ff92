package id.pelita.wilayah.internal;

/**
 * Outcome of one run of {@link PemuatWilayah}.
 *
 * @param dilewati true when the loaded checksum equalled the shipped file's, so nothing was written
 * @param baru rows inserted
 * @param diubah rows whose parent, level or name were updated
 * @param milidetik wall time of the run
 */
record HasilMuat(boolean dilewati, int baru, int diubah, long milidetik) {
}
