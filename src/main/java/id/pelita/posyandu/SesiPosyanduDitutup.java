package id.pelita.posyandu;

import java.time.LocalDate;

/**
 * A posyandu session was closed and its report sent to the camat (seed 004 step 5).
 *
 * @param sesiId      row id in sesi_posyandu
 * @param posyanduId  row id in posyandu
 * @param desaKode    the posyandu's village
 * @param tanggal     session day
 * @param hadir       children present (D of SKDN)
 * @param ditimbang   children weighed
 * @param naik        weighed children who gained weight (N)
 * @param temuan      children with a finding (stunted, wasted, not gaining twice)
 */
public record SesiPosyanduDitutup(long sesiId, long posyanduId, String desaKode, LocalDate tanggal, int hadir,
                                  int ditimbang, int naik, int temuan) {
}
