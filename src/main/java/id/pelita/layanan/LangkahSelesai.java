package id.pelita.layanan;

/**
 * Published (in the completing transaction) when a step of a case is done, e.g. so the complaint a case
 * handles can follow it.
 *
 * @param oleh the username who did it, or {@code sistem}
 */
public record LangkahSelesai(String nomorBerkas, String sopKode, int langkahNo, String oleh, String output,
                             String catatan) {
}
