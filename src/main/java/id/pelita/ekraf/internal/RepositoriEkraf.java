package id.pelita.ekraf.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The module's tables (plain SQL through {@link JdbcClient}, as the other modules do). */
@Repository
class RepositoriEkraf {

    record Pelaku(Long id, String kecamatanKode, String desaKode, String nama, String namaUsaha, String skNomor,
                  LocalDate skTanggal, String produk, BigDecimal kapasitas, String kapasitasSatuan, String pirtNomor,
                  LocalDate pirtBerlakuSampai, String halalNomor, LocalDate halalBerlakuSampai, String telepon,
                  String alamat, boolean publikasiKontak, boolean aktif) {

        /** The name shown in the catalogue: the business name, else the producer's. */
        public String namaTampil() {
            return namaUsaha != null && !namaUsaha.isBlank() ? namaUsaha : nama;
        }

        public boolean pirtBerlaku(LocalDate hariIni) {
            return pirtNomor != null && (pirtBerlakuSampai == null || !pirtBerlakuSampai.isBefore(hariIni));
        }

        public boolean halalBerlaku(LocalDate hariIni) {
            return halalNomor != null && (halalBerlakuSampai == null || !halalBerlakuSampai.isBefore(hariIni));
        }
    }

    /** @param langkahSelesai the highest SOP step done so far (0 = the plan is still a draft) */
    record Program(long id, String kecamatanKode, int tahun, String judul, String rancangan, String berkasNomor,
                   int langkahSelesai, String status, String dibuatOleh, Instant dibuatPada) {
        static final String BERJALAN = "BERJALAN";
        static final String SELESAI = "SELESAI";
        static final String BATAL = "BATAL";
    }

    record Kegiatan(long id, long programId, String jenis, LocalDate tanggal, String tempat, Long pelakuId,
                    String catatan, String dibuatOleh, List<Hadir> hadir, List<Long> foto) {
        static final String PENYULUHAN = "PENYULUHAN";
        static final String PEMBINAAN = "PEMBINAAN";
    }

    record Hadir(String nama, String keterangan) {
    }

    record Dukungan(long id, long programId, String pemberi, String bentuk, BigDecimal nilai, LocalDate tanggal,
                    Long pelakuId, String dibuatOleh) {
    }

    private final JdbcClient jdbc;

    RepositoriEkraf(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // --- producers

    long simpanPelaku(Pelaku p, String oleh, Instant kini) {
        var kunci = new GeneratedKeyHolder();
        jdbc.sql("insert into ekraf_pelaku (kecamatan_kode, desa_kode, nama, nama_usaha, sk_nomor, sk_tanggal, produk, "
                        + "kapasitas, kapasitas_satuan, pirt_nomor, pirt_berlaku_sampai, halal_nomor, halal_berlaku_sampai, "
                        + "telepon, alamat, publikasi_kontak, aktif, dibuat_oleh, dibuat_pada, diubah_pada) "
                        + "values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(p.kecamatanKode(), p.desaKode(), p.nama(), p.namaUsaha(), p.skNomor(), p.skTanggal(), p.produk(),
                        p.kapasitas(), p.kapasitasSatuan(), p.pirtNomor(), p.pirtBerlakuSampai(), p.halalNomor(),
                        p.halalBerlakuSampai(), p.telepon(), p.alamat(), p.publikasiKontak(), p.aktif(), oleh, utc(kini),
                        utc(kini))
                .update(kunci, "id");
        return kunci.getKey().longValue();
    }

    void ubahPelaku(long id, Pelaku p, Instant kini) {
        jdbc.sql("update ekraf_pelaku set kecamatan_kode = ?, desa_kode = ?, nama = ?, nama_usaha = ?, sk_nomor = ?, "
                        + "sk_tanggal = ?, produk = ?, kapasitas = ?, kapasitas_satuan = ?, pirt_nomor = ?, "
                        + "pirt_berlaku_sampai = ?, halal_nomor = ?, halal_berlaku_sampai = ?, telepon = ?, alamat = ?, "
                        + "publikasi_kontak = ?, aktif = ?, diubah_pada = ? where id = ?")
                .params(p.kecamatanKode(), p.desaKode(), p.nama(), p.namaUsaha(), p.skNomor(), p.skTanggal(), p.produk(),
                        p.kapasitas(), p.kapasitasSatuan(), p.pirtNomor(), p.pirtBerlakuSampai(), p.halalNomor(),
                        p.halalBerlakuSampai(), p.telepon(), p.alamat(), p.publikasiKontak(), p.aktif(), utc(kini), id)
                .update();
    }

    Optional<Pelaku> pelaku(long id) {
        return jdbc.sql("select * from ekraf_pelaku where id = ?").param(id).query(this::barisPelaku).optional();
    }

    /** @param cakupan a region code (kecamatan or kabupaten) the producers lie in; null for all */
    List<Pelaku> daftarPelaku(String cakupan, boolean hanyaAktif) {
        StringBuilder sql = new StringBuilder("select * from ekraf_pelaku where 1 = 1");
        List<Object> p = new ArrayList<>();
        if (cakupan != null) {
            sql.append(" and (desa_kode = ? or desa_kode like ?)");
            p.add(cakupan);
            p.add(cakupan + ".%");
        }
        if (hanyaAktif) {
            sql.append(" and aktif = true");
        }
        sql.append(" order by kecamatan_kode, coalesce(nama_usaha, nama), id");
        return jdbc.sql(sql.toString()).params(p).query(this::barisPelaku).list();
    }

    boolean adaPelaku(String kecamatanKode, String skNomor, Long kecuali) {
        return jdbc.sql("select count(*) from ekraf_pelaku where sk_nomor = ? and kecamatan_kode = ? and id <> ?")
                .params(skNomor, kecamatanKode, kecuali == null ? -1L : kecuali)
                .query(Long.class).single() > 0;
    }

    // --- programmes

    long simpanProgram(String kecamatanKode, int tahun, String judul, String rancangan, String oleh, Instant kini) {
        var kunci = new GeneratedKeyHolder();
        jdbc.sql("insert into ekraf_program (kecamatan_kode, tahun, judul, rancangan, langkah_selesai, status, "
                        + "dibuat_oleh, dibuat_pada, diubah_pada) values (?,?,?,?,0,?,?,?,?)")
                .params(kecamatanKode, tahun, judul, rancangan, Program.BERJALAN, oleh, utc(kini), utc(kini))
                .update(kunci, "id");
        return kunci.getKey().longValue();
    }

    void aturBerkas(long programId, String berkasNomor) {
        jdbc.sql("update ekraf_program set berkas_nomor = ? where id = ?").params(berkasNomor, programId).update();
    }

    void ubahRancangan(long id, String judul, String rancangan, Instant kini) {
        jdbc.sql("update ekraf_program set judul = ?, rancangan = ?, diubah_pada = ? where id = ?")
                .params(judul, rancangan, utc(kini), id).update();
    }

    /** A step done (or redone): the highest step reached is kept; a finished or cancelled case sets the status. */
    void langkahSelesai(String berkasNomor, int langkahNo, Instant kini) {
        jdbc.sql("update ekraf_program set langkah_selesai = ?, diubah_pada = ? where berkas_nomor = ?")
                .params(langkahNo, utc(kini), berkasNomor).update();
    }

    void ubahStatus(String berkasNomor, String status, Instant kini) {
        jdbc.sql("update ekraf_program set status = ?, diubah_pada = ? where berkas_nomor = ?")
                .params(status, utc(kini), berkasNomor).update();
    }

    Optional<Program> program(long id) {
        return jdbc.sql("select * from ekraf_program where id = ?").param(id).query(this::barisProgram).optional();
    }

    Optional<Program> programBerkas(String berkasNomor) {
        return jdbc.sql("select * from ekraf_program where berkas_nomor = ?").param(berkasNomor).query(this::barisProgram)
                .optional();
    }

    boolean adaProgram(String kecamatanKode, int tahun) {
        return jdbc.sql("select count(*) from ekraf_program where kecamatan_kode = ? and tahun = ?")
                .params(kecamatanKode, tahun).query(Long.class).single() > 0;
    }

    List<Program> daftarProgram(String cakupan) {
        String sql = "select * from ekraf_program" + (cakupan == null ? "" : " where kecamatan_kode = ? or kecamatan_kode like ?")
                + " order by tahun desc, kecamatan_kode";
        var q = jdbc.sql(sql);
        if (cakupan != null) {
            q = q.params(cakupan, cakupan + ".%");
        }
        return q.query(this::barisProgram).list();
    }

    // --- sessions, visits, attendance, photos

    long simpanKegiatan(long programId, String jenis, LocalDate tanggal, String tempat, Long pelakuId, String catatan,
                        String oleh, Instant kini) {
        var kunci = new GeneratedKeyHolder();
        jdbc.sql("insert into ekraf_kegiatan (program_id, jenis, tanggal, tempat, pelaku_id, catatan, dibuat_oleh, "
                        + "dibuat_pada) values (?,?,?,?,?,?,?,?)")
                .params(programId, jenis, tanggal, tempat, pelakuId, catatan, oleh, utc(kini)).update(kunci, "id");
        return kunci.getKey().longValue();
    }

    void simpanHadir(long kegiatanId, List<Hadir> hadir) {
        int i = 0;
        for (Hadir h : hadir) {
            jdbc.sql("insert into ekraf_kehadiran (kegiatan_id, urutan, nama, keterangan) values (?,?,?,?)")
                    .params(kegiatanId, ++i, h.nama(), h.keterangan()).update();
        }
    }

    void simpanFoto(long kegiatanId, int urutan, int lebar, int tinggi, byte[] jpeg) {
        jdbc.sql("insert into ekraf_foto (kegiatan_id, urutan, lebar, tinggi, isi) values (?,?,?,?,?)")
                .params(kegiatanId, urutan, lebar, tinggi, jpeg).update();
    }

    List<Kegiatan> kegiatan(long programId) {
        List<Kegiatan> dasar = jdbc.sql("select * from ekraf_kegiatan where program_id = ? order by tanggal, id")
                .param(programId).query((rs, i) -> new Kegiatan(rs.getLong("id"), rs.getLong("program_id"),
                        rs.getString("jenis"), rs.getObject("tanggal", LocalDate.class), rs.getString("tempat"),
                        rs.getObject("pelaku_id", Long.class), rs.getString("catatan"), rs.getString("dibuat_oleh"),
                        List.of(), List.of())).list();
        return dasar.stream().map(k -> new Kegiatan(k.id(), k.programId(), k.jenis(), k.tanggal(), k.tempat(),
                k.pelakuId(), k.catatan(), k.dibuatOleh(),
                jdbc.sql("select nama, keterangan from ekraf_kehadiran where kegiatan_id = ? order by urutan")
                        .param(k.id()).query((rs, i) -> new Hadir(rs.getString(1), rs.getString(2))).list(),
                jdbc.sql("select id from ekraf_foto where kegiatan_id = ? order by urutan").param(k.id())
                        .query(Long.class).list())).toList();
    }

    long jumlahKegiatan(long programId, String jenis) {
        return jdbc.sql("select count(*) from ekraf_kegiatan where program_id = ? and jenis = ?")
                .params(programId, jenis).query(Long.class).single();
    }

    record FotoTersimpan(long programId, byte[] jpeg) {
    }

    Optional<FotoTersimpan> foto(long id) {
        return jdbc.sql("select k.program_id, f.isi from ekraf_foto f join ekraf_kegiatan k on k.id = f.kegiatan_id "
                        + "where f.id = ?").param(id)
                .query((rs, i) -> new FotoTersimpan(rs.getLong(1), rs.getBytes(2))).optional();
    }

    // --- stakeholder support

    long simpanDukungan(long programId, String pemberi, String bentuk, BigDecimal nilai, LocalDate tanggal,
                        Long pelakuId, String oleh, Instant kini) {
        var kunci = new GeneratedKeyHolder();
        jdbc.sql("insert into ekraf_dukungan (program_id, pemberi, bentuk, nilai, tanggal, pelaku_id, dibuat_oleh, "
                        + "dibuat_pada) values (?,?,?,?,?,?,?,?)")
                .params(programId, pemberi, bentuk, nilai, tanggal, pelakuId, oleh, utc(kini)).update(kunci, "id");
        return kunci.getKey().longValue();
    }

    List<Dukungan> dukungan(long programId) {
        return jdbc.sql("select * from ekraf_dukungan where program_id = ? order by tanggal, id").param(programId)
                .query((rs, i) -> new Dukungan(rs.getLong("id"), rs.getLong("program_id"), rs.getString("pemberi"),
                        rs.getString("bentuk"), rs.getBigDecimal("nilai"), rs.getObject("tanggal", LocalDate.class),
                        rs.getObject("pelaku_id", Long.class), rs.getString("dibuat_oleh"))).list();
    }

    // --- rows

    private Pelaku barisPelaku(ResultSet rs, int i) throws SQLException {
        return new Pelaku(rs.getLong("id"), rs.getString("kecamatan_kode"), rs.getString("desa_kode"), rs.getString("nama"),
                rs.getString("nama_usaha"), rs.getString("sk_nomor"), rs.getObject("sk_tanggal", LocalDate.class),
                rs.getString("produk"), rs.getBigDecimal("kapasitas"), rs.getString("kapasitas_satuan"),
                rs.getString("pirt_nomor"), rs.getObject("pirt_berlaku_sampai", LocalDate.class), rs.getString("halal_nomor"),
                rs.getObject("halal_berlaku_sampai", LocalDate.class), rs.getString("telepon"), rs.getString("alamat"),
                rs.getBoolean("publikasi_kontak"), rs.getBoolean("aktif"));
    }

    private Program barisProgram(ResultSet rs, int i) throws SQLException {
        OffsetDateTime t = rs.getObject("dibuat_pada", OffsetDateTime.class);
        return new Program(rs.getLong("id"), rs.getString("kecamatan_kode"), rs.getInt("tahun"), rs.getString("judul"),
                rs.getString("rancangan"), rs.getString("berkas_nomor"), rs.getInt("langkah_selesai"),
                rs.getString("status"), rs.getString("dibuat_oleh"), t == null ? null : t.toInstant());
    }

    static OffsetDateTime utc(Instant i) {
        return i == null ? null : i.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
