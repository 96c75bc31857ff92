package id.pelita.kependudukan.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Population figures for a region (village, kecamatan or kabupaten, by code prefix) on one day. Only residents
 * present that day count (presence intervals, start ≤ day < end), so a past date is the same query. Counting
 * is grouped in SQL; ages are derived in Java from counts per birth date (at most a few tens of thousands of
 * rows even for a kabupaten) so the age rule is one piece of code for H2 and PostgreSQL.
 *
 * <p>Published figures ({@code terverifikasiSaja}) count only what the kecamatan verified (TAJUK RETEH, see
 * {@link LayananPengajuan}): an interval opened by an unverified event is left out, one closed by an unverified
 * event still counts as open, and unverified events are left out of the monthly table.
 */
@Repository
class StatistikPenduduk {

    static final int LEBAR_KELOMPOK = 5;
    static final int KELOMPOK_TERAKHIR = 75;
    static final int USIA_LANSIA = 60;
    static final int USIA_KTP = 17;
    static final int PEKERJAAN_TERBANYAK = 10;

    private static final String HADIR_SEMUA = " from penduduk_hadir h join penduduk p on p.id = h.penduduk_id "
            + "where (h.desa_kode = :kode or h.desa_kode like :awalan) and h.mulai <= :pada "
            + "and (h.selesai is null or :pada < h.selesai)";
    private static final String HADIR_TERVERIFIKASI = " from penduduk_hadir h join penduduk p on p.id = h.penduduk_id "
            + "where (h.desa_kode = :kode or h.desa_kode like :awalan) and h.mulai <= :pada and h.terverifikasi = true "
            + "and (h.selesai is null or h.selesai_terverifikasi = false or :pada < h.selesai)";

    private final JdbcClient jdbc;
    private final boolean postgres;

    StatistikPenduduk(JdbcClient jdbc, DataSource ds) {
        this.jdbc = jdbc;
        try (Connection c = ds.getConnection()) {
            this.postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Tidak dapat membaca jenis basis data", e);
        }
    }

    /** Published figures: verified changes only. */
    Statistik hitung(String kode, LocalDate pada) {
        return hitung(kode, pada, true);
    }

    /** @param terverifikasiSaja true: published figures; false: including changes waiting for verification */
    Statistik hitung(String kode, LocalDate pada, boolean terverifikasiSaja) {
        String hadir = terverifikasiSaja ? HADIR_TERVERIFIKASI : HADIR_SEMUA;
        Rincian rincian = postgres ? satuJalan(hadir, kode, pada) : perRincian(hadir, kode, pada);
        List<Object[]> lahir = rincian.lahir();
        long laki = 0;
        long perempuan = 0;
        long lansia = 0;
        int jumlahKelompok = KELOMPOK_TERAKHIR / LEBAR_KELOMPOK + 1;
        long[] kelompokL = new long[jumlahKelompok];
        long[] kelompokP = new long[jumlahKelompok];
        for (Object[] r : lahir) {
            boolean l = "L".equals(r[0]);
            long n = (Long) r[2];
            int usia = usia((LocalDate) r[1], pada);
            int k = Math.min(usia / LEBAR_KELOMPOK, jumlahKelompok - 1);
            if (l) {
                laki += n;
                kelompokL[k] += n;
            } else {
                perempuan += n;
                kelompokP[k] += n;
            }
            if (usia >= USIA_LANSIA) {
                lansia += n;
            }
        }
        List<Statistik.KelompokUmur> piramida = new ArrayList<>();
        for (int k = 0; k < jumlahKelompok; k++) {
            int dari = k * LEBAR_KELOMPOK;
            String label = k == jumlahKelompok - 1 ? dari + "+" : dari + "–" + (dari + LEBAR_KELOMPOK - 1);
            piramida.add(new Statistik.KelompokUmur(label, kelompokL[k], kelompokP[k]));
        }

        Map<String, Long> disabilitas = rincian.disabilitas();
        long difabel = disabilitas.entrySet().stream().filter(e -> e.getKey() != null).mapToLong(Map.Entry::getValue).sum();
        long odgj = disabilitas.getOrDefault(Disabilitas.MENTAL.name(), 0L);
        Map<String, Long> ktp = rincian.ktp();

        return new Statistik(kode, pada, laki + perempuan, laki, perempuan, piramida,
                perKode(KodeSiak.AGAMA, rincian.agama()),
                perKode(KodeSiak.PENDIDIKAN, rincian.pendidikan()),
                terbanyak(perKode(KodeSiak.PEKERJAAN, rincian.pekerjaan())),
                perDisabilitas(disabilitas),
                new Statistik.Rentan(lansia, difabel, odgj),
                perKode(KodeSiak.STATUS_REKAM_KTP, ktp),
                perBulan(kode, pada, terverifikasiSaja));
    }

    /** Counts behind one page: per (sex, birth date), and per value of each breakdown column. */
    record Rincian(List<Object[]> lahir, Map<String, Long> disabilitas, Map<String, Long> agama,
                   Map<String, Long> pendidikan, Map<String, Long> pekerjaan, Map<String, Long> ktp) {
    }

    /** H2 (no GROUPING SETS): one grouped count per breakdown, each a pass over the present residents. */
    private Rincian perRincian(String hadir, String kode, LocalDate pada) {
        List<Object[]> lahir = jdbc.sql("select p.jenis_kelamin, p.tanggal_lahir, count(*) as n" + hadir
                        + " group by p.jenis_kelamin, p.tanggal_lahir")
                .params(param(kode, pada))
                .query((rs, i) -> new Object[]{rs.getString(1), rs.getObject(2, LocalDate.class), rs.getLong(3)})
                .list();
        // e-KTP is recorded from 17: born on or before this day minus 17 years.
        return new Rincian(lahir, perKolom(hadir, "p.disabilitas", kode, pada, ""),
                perKolom(hadir, "p.agama", kode, pada, ""), perKolom(hadir, "p.pendidikan", kode, pada, ""),
                perKolom(hadir, "p.pekerjaan", kode, pada, ""),
                perKolom(hadir, "p.status_rekam_ktp", kode, pada, " and p.tanggal_lahir <= :batasKtp"));
    }

    /**
     * PostgreSQL: the same counts in one pass over the present residents ({@code GROUPING SETS}); at a kabupaten
     * (1,000,000 residents) the join of presence intervals and residents is what costs, so reading it once
     * instead of six times. {@code grouping(x) = 0} tells which set a row belongs to (a null value, e.g. no
     * disability, is then a real group). e-KTP counts only residents aged 17 or more (born on or before
     * {@code batasKtp}), as its own set over (old enough, status).
     */
    private Rincian satuJalan(String hadir, String kode, LocalDate pada) {
        Map<String, Object> p = param(kode, pada);
        p.put("batasKtp", pada.minusYears(USIA_KTP));
        List<Object[]> lahir = new ArrayList<>();
        Map<String, Long> disabilitas = new LinkedHashMap<>();
        Map<String, Long> agama = new LinkedHashMap<>();
        Map<String, Long> pendidikan = new LinkedHashMap<>();
        Map<String, Long> pekerjaan = new LinkedHashMap<>();
        Map<String, Long> ktp = new LinkedHashMap<>();
        jdbc.sql("select jk, lahir, disabilitas, agama, pendidikan, pekerjaan, umur_ktp, ktp, "
                        + "grouping(jk), grouping(disabilitas), grouping(agama), grouping(pendidikan), "
                        + "grouping(pekerjaan), grouping(ktp), count(*) from (select p.jenis_kelamin as jk, "
                        + "p.tanggal_lahir as lahir, p.disabilitas, p.agama, p.pendidikan, p.pekerjaan, "
                        + "case when p.tanggal_lahir <= :batasKtp then 1 else 0 end as umur_ktp, "
                        + "p.status_rekam_ktp as ktp" + hadir + ") x group by grouping sets ((jk, lahir), "
                        + "(disabilitas), (agama), (pendidikan), (pekerjaan), (umur_ktp, ktp))")
                .params(p)
                .query((rs, i) -> {
                    long n = rs.getLong(15);
                    if (rs.getInt(9) == 0) {
                        lahir.add(new Object[]{rs.getString(1), rs.getObject(2, LocalDate.class), n});
                    } else if (rs.getInt(10) == 0) {
                        disabilitas.put(rs.getString(3), n);
                    } else if (rs.getInt(11) == 0) {
                        agama.put(rs.getString(4), n);
                    } else if (rs.getInt(12) == 0) {
                        pendidikan.put(rs.getString(5), n);
                    } else if (rs.getInt(13) == 0) {
                        pekerjaan.put(rs.getString(6), n);
                    } else if (rs.getInt(14) == 0 && rs.getInt(7) == 1) {
                        ktp.put(rs.getString(8), n);
                    }
                    return n;
                })
                .list();
        return new Rincian(lahir, disabilitas, agama, pendidikan, pekerjaan, ktp);
    }

    /** Age in whole years on a day (a 29 February birthday turns over on 1 March in common years). */
    static int usia(LocalDate lahir, LocalDate pada) {
        return (int) ChronoUnit.YEARS.between(lahir, pada);
    }

    private Map<String, Long> perKolom(String hadir, String kolom, String kode, LocalDate pada, String syarat) {
        Map<String, Object> p = param(kode, pada);
        p.put("batasKtp", pada.minusYears(USIA_KTP));
        Map<String, Long> hasil = new LinkedHashMap<>();
        jdbc.sql("select " + kolom + ", count(*)" + hadir + syarat + " group by " + kolom)
                .params(p)
                .query((rs, i) -> hasil.put(rs.getString(1), rs.getLong(2)))
                .list();
        return hasil;
    }

    private static List<Statistik.Baris> perKode(String daftar, Map<String, Long> jumlah) {
        return jumlah.entrySet().stream()
                .map(e -> new Statistik.Baris(KodeSiak.label(daftar, Integer.valueOf(e.getKey())), e.getValue()))
                .sorted(Comparator.comparingLong(Statistik.Baris::jumlah).reversed()
                        .thenComparing(Statistik.Baris::label))
                .toList();
    }

    /** The ten most common occupations; the rest summed as one line (label null: the page names it). */
    static List<Statistik.Baris> terbanyak(List<Statistik.Baris> urut) {
        if (urut.size() <= PEKERJAAN_TERBANYAK) {
            return urut;
        }
        List<Statistik.Baris> hasil = new ArrayList<>(urut.subList(0, PEKERJAAN_TERBANYAK));
        hasil.add(new Statistik.Baris(null, urut.subList(PEKERJAAN_TERBANYAK, urut.size()).stream()
                .mapToLong(Statistik.Baris::jumlah).sum()));
        return hasil;
    }

    /** Every type in enum order, zeros included, so the table reads the same everywhere; label = message key. */
    private static List<Statistik.Baris> perDisabilitas(Map<String, Long> jumlah) {
        List<Statistik.Baris> hasil = new ArrayList<>();
        for (Disabilitas d : Disabilitas.values()) {
            hasil.add(new Statistik.Baris(d.kunciLabel(), jumlah.getOrDefault(d.name(), 0L)));
        }
        return hasil;
    }

    /** Births, deaths, moves in and out per month: the month of the day and the eleven before it. */
    private List<Statistik.Bulan> perBulan(String kode, LocalDate pada, boolean terverifikasiSaja) {
        YearMonth akhir = YearMonth.from(pada);
        YearMonth awal = akhir.minusMonths(11);
        Map<YearMonth, long[]> bulan = new LinkedHashMap<>();
        for (YearMonth b = awal; !b.isAfter(akhir); b = b.plusMonths(1)) {
            bulan.put(b, new long[4]);
        }
        List<String> jenis = List.of(JenisMutasi.LAHIR.name(), JenisMutasi.MATI.name(), JenisMutasi.DATANG.name(),
                JenisMutasi.PINDAH_KELUAR.name());
        Map<String, Object> p = param(kode, pada);
        p.put("awal", awal.atDay(1));
        p.put("jenis", jenis);
        jdbc.sql("select jenis, tanggal_peristiwa, count(*) from mutasi_penduduk "
                        + "where (desa_kode = :kode or desa_kode like :awalan) and tanggal_peristiwa >= :awal "
                        + "and tanggal_peristiwa <= :pada and jenis in (:jenis)"
                        + (terverifikasiSaja ? " and terverifikasi = true" : "") + " group by jenis, tanggal_peristiwa")
                .params(p)
                .query((rs, i) -> bulan.get(YearMonth.from(rs.getObject(2, LocalDate.class)))
                        [jenis.indexOf(rs.getString(1))] += rs.getLong(3))
                .list();
        return bulan.entrySet().stream()
                .map(e -> new Statistik.Bulan(e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[2],
                        e.getValue()[3]))
                .toList();
    }

    private static Map<String, Object> param(String kode, LocalDate pada) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("kode", kode);
        p.put("awalan", kode + ".%");
        p.put("pada", pada);
        return p;
    }
}
