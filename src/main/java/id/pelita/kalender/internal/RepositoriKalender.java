package id.pelita.kalender.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Tables {@code kalender_jam_kerja}, {@code kalender_libur} and {@code kalender_benih}. */
@Repository
class RepositoriKalender {

    /** Key of the deployment default office hours in {@code kalender_jam_kerja}. */
    static final String BAWAAN = "*";

    private static final String KOLOM_LIBUR = "select id, tanggal, nama, jenis, kecamatan_kode from kalender_libur ";
    private static final RowMapper<Libur> BARIS_LIBUR = (rs, i) -> new Libur(rs.getObject("id", UUID.class),
            rs.getObject("tanggal", LocalDate.class), rs.getString("nama"), JenisLibur.valueOf(rs.getString("jenis")),
            rs.getString("kecamatan_kode"));

    private final JdbcClient jdbc;

    RepositoriKalender(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Office hours stored for {@code kode} ({@link #BAWAAN} for the default); empty when it has none. */
    Map<DayOfWeek, JamBuka> jamKerja(String kode) {
        Map<DayOfWeek, JamBuka> jam = new EnumMap<>(DayOfWeek.class);
        jdbc.sql("select hari, buka, tutup from kalender_jam_kerja where kecamatan_kode = ?").param(kode)
                .query(rs -> {
                    LocalTime buka = rs.getObject("buka", LocalTime.class);
                    LocalTime tutup = rs.getObject("tutup", LocalTime.class);
                    if (buka != null && tutup != null) {
                        jam.put(DayOfWeek.of(rs.getInt("hari")), new JamBuka(buka, tutup));
                    }
                });
        return jam;
    }

    boolean punyaJamKerja(String kode) {
        return jdbc.sql("select count(*) from kalender_jam_kerja where kecamatan_kode = ?").param(kode)
                .query(Long.class).single() > 0;
    }

    /** Replaces the office hours of {@code kode}: one row per weekday, closed days with null times. */
    void simpanJamKerja(String kode, Map<DayOfWeek, JamBuka> jam) {
        hapusJamKerja(kode);
        for (DayOfWeek h : DayOfWeek.values()) {
            JamBuka j = jam.get(h);
            jdbc.sql("insert into kalender_jam_kerja (kecamatan_kode, hari, buka, tutup) values (?, ?, ?, ?)")
                    .params(kode, h.getValue(), j == null ? null : j.buka(), j == null ? null : j.tutup()).update();
        }
    }

    void hapusJamKerja(String kode) {
        jdbc.sql("delete from kalender_jam_kerja where kecamatan_kode = ?").param(kode).update();
    }

    /** National days off plus the local ones of {@code kecamatan}, all years. */
    List<Libur> liburUntuk(String kecamatan) {
        return jdbc.sql(KOLOM_LIBUR + "where kecamatan_kode is null or kecamatan_kode = ? order by tanggal, nama")
                .param(kecamatan).query(BARIS_LIBUR).list();
    }

    List<Libur> liburTahun(String kecamatan, int tahun) {
        return jdbc.sql(KOLOM_LIBUR + "where (kecamatan_kode is null or kecamatan_kode = ?) and tanggal >= ? and tanggal < ? "
                        + "order by tanggal, nama")
                .params(kecamatan, LocalDate.of(tahun, 1, 1), LocalDate.of(tahun + 1, 1, 1)).query(BARIS_LIBUR).list();
    }

    Optional<Libur> cari(UUID id) {
        return jdbc.sql(KOLOM_LIBUR + "where id = ?").param(id).query(BARIS_LIBUR).optional();
    }

    /** Whether a day off on this date with the same scope (national, or this kecamatan) exists. */
    boolean adaPada(LocalDate tanggal, String kecamatan) {
        String syarat = kecamatan == null ? "kecamatan_kode is null" : "kecamatan_kode = :kec";
        var q = jdbc.sql("select count(*) from kalender_libur where tanggal = :tgl and " + syarat).param("tgl", tanggal);
        if (kecamatan != null) {
            q = q.param("kec", kecamatan);
        }
        return q.query(Long.class).single() > 0;
    }

    void simpan(Libur l, String oleh) {
        jdbc.sql("insert into kalender_libur (id, tanggal, nama, jenis, kecamatan_kode, dibuat_oleh, dibuat_pada) "
                        + "values (?, ?, ?, ?, ?, ?, ?)")
                .params(l.id(), l.tanggal(), l.nama(), l.jenis().name(), l.kecamatanKode(), oleh,
                        OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS))
                .update();
    }

    void hapus(UUID id) {
        jdbc.sql("delete from kalender_libur where id = ?").param(id).update();
    }

    boolean benihSudahDimuat(String kunci) {
        return jdbc.sql("select count(*) from kalender_benih where kunci = ?").param(kunci).query(Long.class).single() > 0;
    }

    /** Marks a seed entry loaded; a concurrent instance doing the same raises DuplicateKeyException. */
    void tandaiBenih(String kunci) {
        jdbc.sql("insert into kalender_benih (kunci, dimuat_pada) values (?, ?)")
                .params(kunci, OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS)).update();
    }
}
