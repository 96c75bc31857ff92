package id.pelita.posyandu.internal.laporan;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * A monthly report of a region: the region's totals, one row per village and one per posyandu (children registered
 * without a posyandu form their own row per village), focus villages marked, and interventions running that month.
 *
 * @param intervensi children with an intervention running in the month, per kind (a child may count in several)
 * @param anakIntervensi distinct children with any intervention running in the month
 */
record LaporanBulanan(String wilayahKode, String namaWilayah, YearMonth bulan, Angka total, List<Baris> perDesa,
                      List<Baris> perPosyandu, Map<String, Long> intervensi, long anakIntervensi) {

    /** @param lokus a focus village of the report's year (for posyandu rows: its village) */
    record Baris(String kode, String nama, String desaKode, boolean lokus, Angka angka) {
    }
}
