package id.pelita.posyandu.internal.laporan;

import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * Hand-counted report fixtures in Kec. Concong, which no other test measures in: village Sungaiberapit
 * (14.04.18.2006) with two posyandu, and Panglima Raja (14.04.18.2005) with one child. September 2026 is the report
 * month, August the month before. Expected figures are worked out by hand in {@link LaporanBulananTest}.
 */
final class FiksturLaporan {

    static final String DESA = "14.04.18.2006";
    static final String DESA_LAIN = "14.04.18.2005";
    static final String KECAMATAN = "14.04.18";
    static final String MAWAR = "Posyandu Uji Mawar";
    static final String MELATI = "Posyandu Uji Melati";

    private final JdbcClient jdbc;
    private final Map<String, Long> sesi = new HashMap<>();

    private FiksturLaporan(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static synchronized void pastikan(JdbcClient jdbc) {
        if (jdbc.sql("select count(*) from posyandu where nama = ?").param(MAWAR).query(Long.class).single() > 0) {
            return;
        }
        new FiksturLaporan(jdbc).isi();
    }

    private void isi() {
        long mawar = posyandu(DESA, MAWAR);
        long melati = posyandu(DESA, MELATI);
        long kenanga = posyandu(DESA_LAIN, "Posyandu Uji Kenanga");
        long ibuBuku1 = ibu(DESA, "Ibu Uji Satu", "KIA-UJI-0001", null);
        long ibuBuku2 = ibu(DESA, "Ibu Uji Dua", "KIA-UJI-0002", LocalDate.of(2025, 1, 10));
        long ibuTanpaBuku = ibu(DESA, "Ibu Uji Tiga", null, null);
        long ibuBukuTelat = ibu(DESA_LAIN, "Ibu Uji Empat", "KIA-UJI-0004", LocalDate.of(2026, 10, 5));

        // A1: resolved (Aug stunted, Sep not), weighed, weight up.
        long a1 = anak(DESA, mawar, ibuBuku1, "Anak A1", "L", LocalDate.of(2024, 3, 1));
        ukur(mawar, a1, LocalDate.of(2026, 8, 6), 9.5, "N", -2.5, -1.2, -0.8);
        ukur(mawar, a1, LocalDate.of(2026, 9, 5), 10.0, "N", -1.8, -1.0, -0.5);
        // A2: new stunting, wasted and underweight; weight not up.
        long a2 = anak(DESA, mawar, ibuBuku1, "Anak A2", "P", LocalDate.of(2023, 5, 15));
        ukur(mawar, a2, LocalDate.of(2026, 8, 6), 9.2, "N", -1.0, -1.5, -1.1);
        ukur(mawar, a2, LocalDate.of(2026, 9, 5), 9.0, "T", -2.3, -2.1, -2.4);
        // A3: no book, not measured in September (stunted in August).
        long a3 = anak(DESA, mawar, ibuTanpaBuku, "Anak A3", "L", LocalDate.of(2022, 1, 20));
        ukur(mawar, a3, LocalDate.of(2026, 8, 6), 11.0, "N", -3.0, -1.9, -0.4);
        // A4: no mother; measured twice in September (the later counts), no earlier measurement: new; overweight.
        long a4 = anak(DESA, mawar, null, "Anak A4", "P", LocalDate.of(2025, 2, 1));
        ukur(mawar, a4, LocalDate.of(2026, 9, 5), null, null, -2.5, null, null);
        ukur(mawar, a4, LocalDate.of(2026, 9, 20), 12.0, "N", -2.1, 0.5, 2.5);
        // B1: stunted both months (neither new nor resolved).
        long b1 = anak(DESA, melati, ibuBuku2, "Anak B1", "L", LocalDate.of(2022, 11, 11));
        ukur(melati, b1, LocalDate.of(2026, 8, 7), 10.8, "N", -2.8, -1.6, -1.0);
        ukur(melati, b1, LocalDate.of(2026, 9, 7), 11.0, "N", -2.6, -1.5, -1.2);
        // B2: only length measured (not weighed).
        long b2 = anak(DESA, melati, ibuBuku2, "Anak B2", "P", LocalDate.of(2024, 8, 30));
        ukur(melati, b2, LocalDate.of(2026, 9, 7), null, null, 0.1, null, null);
        // Five years old by the end of September: not an under-five any more.
        long tua = anak(DESA, melati, ibuBuku2, "Anak Tua", "L", LocalDate.of(2021, 6, 1));
        ukur(melati, tua, LocalDate.of(2026, 9, 7), 15.0, "N", -2.9, -2.5, -2.2);
        // C1: other village, no posyandu of its own, book handed over after the month.
        long c1 = anak(DESA_LAIN, null, ibuBukuTelat, "Anak C1", "L", LocalDate.of(2025, 6, 1));
        ukur(kenanga, c1, LocalDate.of(2026, 9, 9), 8.0, "O", -1.0, -1.0, -1.0);

        intervensi(a2, "TELUR", LocalDate.of(2026, 9, 10), 30);
        intervensi(b1, "IKAN", LocalDate.of(2026, 7, 1), 60);
        intervensi(a4, "TELUR", LocalDate.of(2026, 8, 20), 20);
        intervensi(a4, "SUSU", LocalDate.of(2026, 9, 25), 14);
    }

    private long posyandu(String desa, String nama) {
        jdbc.sql("insert into posyandu (desa_kode, nama, dibuat_oleh, dibuat_pada) values (?,?,?,?)")
                .params(desa, nama, "uji", OffsetDateTime.now()).update();
        return jdbc.sql("select id from posyandu where desa_kode = ? and nama = ?").params(desa, nama)
                .query(Long.class).single();
    }

    private long ibu(String desa, String nama, String buku, LocalDate diserahkan) {
        jdbc.sql("insert into ibu_kia (desa_kode, nama, no_buku_kia, buku_diserahkan_pada, dibuat_oleh, dibuat_pada) "
                + "values (?,?,?,?,?,?)").params(desa, nama, buku, diserahkan, "uji", OffsetDateTime.now()).update();
        return jdbc.sql("select max(id) from ibu_kia where nama = ?").param(nama).query(Long.class).single();
    }

    private long anak(String desa, Long posyandu, Long ibu, String nama, String jk, LocalDate lahir) {
        jdbc.sql("insert into anak_kia (desa_kode, posyandu_id, ibu_id, nama, jenis_kelamin, tanggal_lahir, dibuat_oleh, "
                + "dibuat_pada) values (?,?,?,?,?,?,?,?)")
                .params(desa, posyandu, ibu, nama, jk, lahir, "uji", OffsetDateTime.now()).update();
        return jdbc.sql("select max(id) from anak_kia where nama = ?").param(nama).query(Long.class).single();
    }

    private long sesi(long posyandu, LocalDate tanggal) {
        return sesi.computeIfAbsent(posyandu + "@" + tanggal, k -> {
            jdbc.sql("insert into sesi_posyandu (posyandu_id, tanggal, status, dibuka_oleh, dibuka_pada) values (?,?,?,?,?)")
                    .params(posyandu, tanggal, "SELESAI", "uji", OffsetDateTime.now()).update();
            return jdbc.sql("select id from sesi_posyandu where posyandu_id = ? and tanggal = ?").params(posyandu, tanggal)
                    .query(Long.class).single();
        });
    }

    private void ukur(long posyandu, long anak, LocalDate tanggal, Double berat, String kenaikan, Double zlen,
                      Double zwei, Double zwfl) {
        LocalDate lahir = jdbc.sql("select tanggal_lahir from anak_kia where id = ?").param(anak).query(LocalDate.class)
                .single();
        jdbc.sql("insert into pengukuran_anak (sesi_id, anak_id, tanggal_ukur, umur_hari, umur_bulan, berat_kg, panjang_cm, "
                        + "cara_ukur, zlen, zwei, zwfl, kenaikan, dicatat_oleh, dicatat_pada) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(sesi(posyandu, tanggal), anak, tanggal, (int) ChronoUnit.DAYS.between(lahir, tanggal),
                        (int) ChronoUnit.MONTHS.between(lahir, tanggal), berat == null ? null : BigDecimal.valueOf(berat),
                        new BigDecimal("80.5"), ChronoUnit.MONTHS.between(lahir, tanggal) < 24 ? "TELENTANG" : "BERDIRI",
                        dec(zlen), dec(zwei), dec(zwfl), kenaikan, "uji", OffsetDateTime.now())
                .update();
    }

    private void intervensi(long anak, String jenis, LocalDate mulai, int hari) {
        jdbc.sql("insert into intervensi_anak (anak_id, jenis, lama_hari, mulai, dicatat_oleh, dicatat_pada) "
                + "values (?,?,?,?,?,?)").params(anak, jenis, hari, mulai, "uji", OffsetDateTime.now()).update();
    }

    private static BigDecimal dec(Double d) {
        return d == null ? null : BigDecimal.valueOf(d);
    }
}
