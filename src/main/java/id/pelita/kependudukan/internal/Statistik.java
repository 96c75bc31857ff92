package id.pelita.kependudukan.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** Population figures of one region on one day, as {@link StatistikPenduduk} counts them. */
record Statistik(String kode, LocalDate tanggal, long total, long laki, long perempuan,
                 List<KelompokUmur> piramida, List<Baris> agama, List<Baris> pendidikan, List<Baris> pekerjaan,
                 List<Baris> disabilitas, Rentan rentan, List<Baris> rekamKtp, List<Bulan> perBulan) {

    /** A five-year age group by sex (label "0–4" … "75+"). */
    record KelompokUmur(String label, long laki, long perempuan) {
    }

    /** One line of a table: a label (code-list name or message key) and its count. */
    record Baris(String label, long jumlah) {
    }

    /** Vulnerable groups: elderly (60+), any disability, mental disability (ODGJ). */
    record Rentan(long lansia, long disabilitas, long odgj) {
    }

    /** Events in one month. */
    record Bulan(YearMonth bulan, long lahir, long mati, long datang, long pindah) {
    }
}
