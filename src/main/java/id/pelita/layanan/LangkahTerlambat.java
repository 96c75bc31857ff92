package id.pelita.layanan;

/**
 * Published when a step runs past its time standard and is escalated, e.g. for notifications.
 *
 * @param eskalasiKe the group the step was escalated to (e.g. {@code KASI@35.16.04}), or null when the role
 *                   has nobody above it
 */
public record LangkahTerlambat(String nomorBerkas, String sopKode, int langkahNo, String peran, String eskalasiKe) {
}
