package id.pelita.posyandu.internal.laporan;

import id.pelita.wilayah.DirektoriWilayah;
import id.pelita.wilayah.Wilayah;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Counts a monthly report in one SQL statement per region: the children of the area (KIA register), their latest
 * measurement of the month and their latest earlier one with a TB/U z-score, summed per village and posyandu in
 * the database (conditional sums); Java only adds the groups up. Same SQL on H2 and PostgreSQL (CTEs, window
 * functions). A region is a code prefix: village, kecamatan or kabupaten.
 */
@Repository
class HitungLaporan {

    static final int USIA_BALITA_BULAN = 60;

    private static final String SQL = """
            with anak as (
                select a.id, a.desa_kode, a.posyandu_id,
                       case when i.no_buku_kia is not null and (i.buku_diserahkan_pada is null
                            or i.buku_diserahkan_pada <= :akhir) then 1 else 0 end as kia
                from anak_kia a left join ibu_kia i on i.id = a.ibu_id
                where (a.desa_kode = :kode or a.desa_kode like :awalan)
                  and a.tanggal_lahir <= :akhir and a.tanggal_lahir > :lahirSetelah
            ),
            ini as (
                select anak_id, berat_kg, kenaikan, zlen, zwei, zwfl from (
                    select p.anak_id, p.berat_kg, p.kenaikan, p.zlen, p.zwei, p.zwfl,
                           row_number() over (partition by p.anak_id order by p.tanggal_ukur desc, p.id desc) as urut
                    from pengukuran_anak p join anak a on a.id = p.anak_id
                    where p.tanggal_ukur >= :awal and p.tanggal_ukur <= :akhir
                ) x where urut = 1
            ),
            lalu as (
                select anak_id, zlen from (
                    select p.anak_id, p.zlen,
                           row_number() over (partition by p.anak_id order by p.tanggal_ukur desc, p.id desc) as urut
                    from pengukuran_anak p join anak a on a.id = p.anak_id
                    where p.tanggal_ukur < :awal and p.zlen is not null
                ) y where urut = 1
            )
            select a.desa_kode, a.posyandu_id, count(*) as s, sum(a.kia) as k,
                   sum(case when ini.berat_kg is not null then 1 else 0 end) as d,
                   sum(case when ini.kenaikan = 'N' then 1 else 0 end) as n,
                   sum(case when ini.zlen is not null then 1 else 0 end) as tbu,
                   sum(case when ini.zlen < -2 then 1 else 0 end) as pendek,
                   sum(case when ini.zwfl is not null then 1 else 0 end) as bbtb,
                   sum(case when ini.zwfl < -2 then 1 else 0 end) as kurus,
                   sum(case when ini.zwfl > 2 then 1 else 0 end) as gemuk,
                   sum(case when ini.zwei is not null then 1 else 0 end) as bbu,
                   sum(case when ini.zwei < -2 then 1 else 0 end) as berat_kurang,
                   sum(case when ini.zlen < -2 and (lalu.zlen is null or lalu.zlen >= -2) then 1 else 0 end) as baru,
                   sum(case when ini.zlen >= -2 and lalu.zlen < -2 then 1 else 0 end) as sembuh
            from anak a left join ini on ini.anak_id = a.id left join lalu on lalu.anak_id = a.id
            group by a.desa_kode, a.posyandu_id
            """;

    record Kelompok(String desaKode, Long posyanduId, Angka angka) {
    }

    private final JdbcClient jdbc;
    private final DirektoriWilayah wilayah;
    private final RepositoriLokus lokus;

    HitungLaporan(JdbcClient jdbc, DirektoriWilayah wilayah, RepositoriLokus lokus) {
        this.jdbc = jdbc;
        this.wilayah = wilayah;
        this.lokus = lokus;
    }

    /** The figures per village and posyandu of a region for a month. */
    List<Kelompok> kelompok(String kode, YearMonth bulan) {
        LocalDate akhir = bulan.atEndOfMonth();
        Map<String, Object> p = new HashMap<>();
        p.put("kode", kode);
        p.put("awalan", kode + ".%");
        p.put("awal", bulan.atDay(1));
        p.put("akhir", akhir);
        p.put("lahirSetelah", akhir.minusMonths(USIA_BALITA_BULAN));
        return jdbc.sql(SQL).params(p).query((rs, i) -> new Kelompok(rs.getString(1),
                rs.getObject(2) == null ? null : rs.getLong(2),
                new Angka(rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getLong(8),
                        rs.getLong(9), rs.getLong(10), rs.getLong(11), rs.getLong(12), rs.getLong(13), rs.getLong(14),
                        rs.getLong(15)))).list();
    }

    LaporanBulanan hitung(Wilayah w, YearMonth bulan) {
        List<Kelompok> kelompok = kelompok(w.kode(), bulan);
        Set<String> desaLokus = lokus.desa(bulan.getYear(), w.kode());
        Map<String, Angka> perDesa = new TreeMap<>();
        Map<String, Angka> perPosyandu = new LinkedHashMap<>();
        Map<String, String> desaPosyandu = new HashMap<>();
        Angka total = Angka.NOL;
        for (Kelompok k : kelompok) {
            perDesa.merge(k.desaKode(), k.angka(), Angka::tambah);
            String kunci = k.posyanduId() == null ? "-" + k.desaKode() : String.valueOf(k.posyanduId());
            perPosyandu.merge(kunci, k.angka(), Angka::tambah);
            desaPosyandu.put(kunci, k.desaKode());
            total = total.tambah(k.angka());
        }
        // Villages of a kecamatan without any child still get a row (a report should show the gap).
        if (w.tingkat() == id.pelita.wilayah.Tingkat.KECAMATAN) {
            wilayah.anak(w.kode()).forEach(d -> perDesa.putIfAbsent(d.kode(), Angka.NOL));
        }
        Map<Long, String> namaPosyandu = namaPosyandu(w.kode());
        List<LaporanBulanan.Baris> desa = new ArrayList<>();
        perDesa.forEach((kode, a) -> desa.add(new LaporanBulanan.Baris(kode, namaDesa(kode), kode,
                desaLokus.contains(kode), a)));
        List<LaporanBulanan.Baris> posyandu = new ArrayList<>();
        perPosyandu.forEach((kunci, a) -> {
            String desaKode = desaPosyandu.get(kunci);
            String nama = kunci.startsWith("-") ? null : namaPosyandu.get(Long.valueOf(kunci));
            posyandu.add(new LaporanBulanan.Baris(kunci, nama, desaKode, desaLokus.contains(desaKode), a));
        });
        posyandu.sort(Comparator.comparing(LaporanBulanan.Baris::desaKode)
                .thenComparing(b -> b.nama() == null ? "\uffff" : b.nama()));
        long[] anakIntervensi = new long[1];
        Map<String, Long> intervensi = intervensi(w.kode(), bulan, anakIntervensi);
        return new LaporanBulanan(w.kode(), wilayah.namaLengkap(w.kode()), bulan, total, desa, posyandu, intervensi,
                anakIntervensi[0]);
    }

    private String namaDesa(String kode) {
        return wilayah.cari(kode).map(Wilayah::nama).orElse(kode);
    }

    private Map<Long, String> namaPosyandu(String kode) {
        Map<Long, String> hasil = new HashMap<>();
        jdbc.sql("select id, nama from posyandu where desa_kode = ? or desa_kode like ?").params(kode, kode + ".%")
                .query((rs, i) -> hasil.put(rs.getLong(1), rs.getString(2))).list();
        return hasil;
    }

    /**
     * Children with an intervention running in the month (start ≤ month end, start + days &gt; month start), per
     * kind. Interventions last days to months: rows starting in the year before are read and filtered here.
     */
    private Map<String, Long> intervensi(String kode, YearMonth bulan, long[] anak) {
        LocalDate awal = bulan.atDay(1);
        LocalDate akhir = bulan.atEndOfMonth();
        Map<String, Set<Long>> perJenis = new TreeMap<>();
        Set<Long> semua = new HashSet<>();
        jdbc.sql("select i.anak_id, i.jenis, i.mulai, i.lama_hari from intervensi_anak i join anak_kia a on a.id = i.anak_id "
                        + "where (a.desa_kode = ? or a.desa_kode like ?) and i.mulai <= ? and i.mulai > ?")
                .params(kode, kode + ".%", akhir, awal.minusDays(400))
                .query((rs, i) -> {
                    LocalDate mulai = rs.getObject(3, LocalDate.class);
                    if (!mulai.plusDays(Math.max(1, rs.getInt(4))).isAfter(awal)) {
                        return null;
                    }
                    perJenis.computeIfAbsent(rs.getString(2), j -> new HashSet<>()).add(rs.getLong(1));
                    semua.add(rs.getLong(1));
                    return null;
                }).list();
        anak[0] = semua.size();
        Map<String, Long> hasil = new LinkedHashMap<>();
        perJenis.forEach((j, s) -> hasil.put(j, (long) s.size()));
        return hasil;
    }
}
