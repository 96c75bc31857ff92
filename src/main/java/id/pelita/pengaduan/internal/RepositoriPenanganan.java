package id.pelita.pengaduan.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Complaints as staff handle them: lists by region, status changes, notes, closing reports. */
@Repository
class RepositoriPenanganan {

    record Catatan(long id, String isi, boolean publik, String oleh, Instant dibuatPada) {
    }

    record Laporan(long id, String kode, String berkasNomor, String kabupatenKode, String judul, Instant dibuatPada) {
    }

    record Halaman(List<Pengaduan> isi, long jumlah) {
    }

    private final JdbcClient jdbc;

    RepositoriPenanganan(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Pengaduan> cari(String kode) {
        return jdbc.sql("select * from pengaduan where kode = ?").param(kode).query(this::baris).optional();
    }

    Optional<Pengaduan> cariBerkas(String berkasNomor) {
        return jdbc.sql("select * from pengaduan where berkas_nomor = ?").param(berkasNomor).query(this::baris).optional();
    }

    /**
     * Complaints whose village lies in {@code cakupan} (any level; all when null), newest first.
     *
     * @param status   null for all
     * @param kategori null for all
     */
    Halaman daftar(String cakupan, String status, String kategori, int halaman, int ukuran) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        List<Object> p = new ArrayList<>();
        if (cakupan != null) {
            where.append(" and (desa_kode = ? or desa_kode like ?)");
            p.add(cakupan);
            p.add(cakupan + ".%");
        }
        if (status != null) {
            where.append(" and status = ?");
            p.add(status);
        }
        if (kategori != null) {
            where.append(" and kategori = ?");
            p.add(kategori);
        }
        long jumlah = jdbc.sql("select count(*) from pengaduan" + where).params(p).query(Long.class).single();
        List<Pengaduan> isi = jdbc.sql("select * from pengaduan" + where + " order by id desc limit " + ukuran
                + " offset " + (long) halaman * ukuran).params(p).query(this::baris).list();
        return new Halaman(isi, jumlah);
    }

    /** Open complaints of a category inside a region (all when null), newest first. */
    List<Pengaduan> terbuka(String kategori, String cakupan, int batas) {
        String sql = "select * from pengaduan where kategori = ? and status in ('DITERIMA', 'DIPROSES')";
        if (cakupan == null) {
            return jdbc.sql(sql + " order by id desc limit " + batas).param(kategori).query(this::baris).list();
        }
        return jdbc.sql(sql + " and (desa_kode = ? or desa_kode like ?) order by id desc limit " + batas)
                .params(kategori, cakupan, cakupan + ".%").query(this::baris).list();
    }

    void aturBerkas(long id, String berkasNomor) {
        jdbc.sql("update pengaduan set berkas_nomor = ? where id = ?").params(berkasNomor, id).update();
    }

    /** Moves the complaint on only from an open status, so a late event never reopens a closed one. */
    boolean ubahStatus(long id, String status, String digabungKe, String alasan, Instant kini) {
        // selesai_pada starts the reporter's 7 days to reopen (tracking page); only closing statuses set it.
        boolean tutup = !"DITERIMA".equals(status) && !"DIPROSES".equals(status);
        return jdbc.sql("update pengaduan set status = ?, digabung_ke = coalesce(?, digabung_ke), "
                        + "alasan = coalesce(?, alasan), diperbarui_pada = ?, "
                        + "selesai_pada = case when ? then ? else selesai_pada end "
                        + "where id = ? and status in ('DITERIMA', 'DIPROSES') and status <> ?")
                .params(status, digabungKe, alasan, utc(kini), tutup, utc(kini), id, status).update() == 1;
    }

    int jumlahBukaKembali(long pengaduanId) {
        return jdbc.sql("select count(*) from pengaduan_buka_kembali where pengaduan_id = ?").param(pengaduanId)
                .query(Integer.class).single();
    }

    long tambahCatatan(long pengaduanId, String isi, boolean publik, String oleh, Instant kini) {
        var kunci = new GeneratedKeyHolder();
        jdbc.sql("insert into pengaduan_catatan (pengaduan_id, isi, publik, oleh, dibuat_pada) values (?,?,?,?,?)")
                .params(pengaduanId, isi, publik, oleh, utc(kini)).update(kunci, "id");
        return kunci.getKey().longValue();
    }

    List<Catatan> catatan(long pengaduanId) {
        return jdbc.sql("select * from pengaduan_catatan where pengaduan_id = ? order by id").param(pengaduanId)
                .query((rs, i) -> new Catatan(rs.getLong("id"), rs.getString("isi"), rs.getBoolean("publik"),
                        rs.getString("oleh"), instan(rs, "dibuat_pada"))).list();
    }

    boolean adaLaporan(long pengaduanId) {
        return jdbc.sql("select count(*) from pengaduan_laporan where pengaduan_id = ?").param(pengaduanId)
                .query(Long.class).single() > 0;
    }

    long simpanLaporan(long pengaduanId, String berkasNomor, String kabupatenKode, String judul, byte[] pdf, Instant kini) {
        var kunci = new GeneratedKeyHolder();
        jdbc.sql("insert into pengaduan_laporan (pengaduan_id, berkas_nomor, kabupaten_kode, judul, pdf, dibuat_pada) "
                        + "values (?,?,?,?,?,?)")
                .params(pengaduanId, berkasNomor, kabupatenKode, judul, pdf, utc(kini)).update(kunci, "id");
        return kunci.getKey().longValue();
    }

    /** Reports of kabupaten inside (or containing) the scope; all when null. */
    List<Laporan> laporan(String cakupan, int batas) {
        String sql = "select l.id, p.kode, l.berkas_nomor, l.kabupaten_kode, l.judul, l.dibuat_pada "
                + "from pengaduan_laporan l join pengaduan p on p.id = l.pengaduan_id";
        var q = cakupan == null ? jdbc.sql(sql + " order by l.id desc limit " + batas)
                : jdbc.sql(sql + " where l.kabupaten_kode = ? or p.desa_kode = ? or p.desa_kode like ? "
                + "order by l.id desc limit " + batas).params(cakupan, cakupan, cakupan + ".%");
        return q.query((rs, i) -> new Laporan(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), instan(rs, "dibuat_pada"))).list();
    }

    Optional<Laporan> laporan(long id) {
        return jdbc.sql("select l.id, p.kode, l.berkas_nomor, l.kabupaten_kode, l.judul, l.dibuat_pada "
                        + "from pengaduan_laporan l join pengaduan p on p.id = l.pengaduan_id where l.id = ?").param(id)
                .query((rs, i) -> new Laporan(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), instan(rs, "dibuat_pada"))).optional();
    }

    Optional<byte[]> pdf(long id) {
        return jdbc.sql("select pdf from pengaduan_laporan where id = ?").param(id)
                .query((rs, i) -> rs.getBytes(1)).optional();
    }

    private Pengaduan baris(ResultSet rs, int n) throws SQLException {
        return new Pengaduan(rs.getLong("id"), rs.getString("kode"), Kategori.valueOf(rs.getString("kategori")),
                rs.getString("desa_kode"), rs.getString("kecamatan_kode"), rs.getString("uraian"),
                Saluran.valueOf(rs.getString("saluran")), rs.getString("telepon"), rs.getString("nama_pelapor"),
                rs.getString("email"), rs.getBoolean("anonim"), rs.getObject("lintang", Double.class),
                rs.getObject("bujur", Double.class), rs.getString("foto_media_id"), rs.getString("status"),
                instan(rs, "dibuat_pada"), rs.getString("dicatat_oleh"), rs.getString("berkas_nomor"),
                rs.getString("digabung_ke"), rs.getString("alasan"));
    }

    static Instant instan(ResultSet rs, String kolom) throws SQLException {
        OffsetDateTime t = rs.getObject(kolom, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static OffsetDateTime utc(Instant i) {
        return i == null ? null : i.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }
}
