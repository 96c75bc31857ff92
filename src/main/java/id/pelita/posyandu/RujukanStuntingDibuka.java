package id.pelita.posyandu;

import java.util.Set;

/**
 * A measurement referred a child to the stunting-handling SOP (PUL KOMPAS): the case was opened in the
 * measurement's transaction with steps 1–2 done by the system. At most one open case per child.
 *
 * @param anakId       row id in anak_kia
 * @param pengukuranId the measurement that triggered it
 * @param desaKode     the child's village
 * @param nomorBerkas  the case number (module layanan)
 * @param alasan       why
 */
public record RujukanStuntingDibuka(long anakId, long pengukuranId, String desaKode, String nomorBerkas,
                                    Set<AlasanRujukan> alasan) {
}
