package id.pelita.kependudukan.internal;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Tables {@code impor_penduduk} (jobs) and {@code impor_penduduk_catatan} (their reports). */
@Repository
class RepositoriImpor {

    private static final String KOLOM = "select id, desa_kode, nama_berkas, jenis_berkas, format_kolom, status, mode, pesan, "
            + "jumlah_baris, diproses, baris_sah, baris_galat, baris_peringatan, baru, diubah, tidak_berubah, "
            + "keluarga_baru, dibuat_oleh, dibuat_pada, selesai_pada from impor_penduduk ";

    /** One report line as stored (the message already in words). */
    record Catatan(int baris, String kolom, String tingkat, String pesan) {
    }

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    RepositoriImpor(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    long buat(String desa, String nama, String jenis, byte[] berkasSandi, String oleh, OffsetDateTime waktu) {
        var kunci = new GeneratedKeyHolder();
        jdbc.sql("insert into impor_penduduk (desa_kode, nama_berkas, jenis_berkas, berkas_sandi, status, dibuat_oleh, "
                        + "dibuat_pada) values (?, ?, ?, ?, ?, ?, ?)")
                .params(desa, nama, jenis, berkasSandi, Impor.Status.MENGANALISIS.name(), oleh, waktu)
                .update(kunci, "id");
        return kunci.getKey().longValue();
    }

    Optional<Impor> cari(long id) {
        return jdbc.sql(KOLOM + "where id = ?").param(id).query((rs, i) -> baris(rs)).optional();
    }

    /** Latest jobs inside a region scope (null = everywhere). */
    List<Impor> terbaru(String cakupan, int batas) {
        if (cakupan == null) {
            return jdbc.sql(KOLOM + "order by id desc limit " + batas).query((rs, i) -> baris(rs)).list();
        }
        return jdbc.sql(KOLOM + "where desa_kode = ? or desa_kode like ? order by id desc limit " + batas)
                .params(cakupan, cakupan + ".%").query((rs, i) -> baris(rs)).list();
    }

    Optional<byte[]> berkas(long id) {
        return jdbc.sql("select berkas_sandi from impor_penduduk where id = ?").param(id)
                .query((rs, i) -> rs.getBytes(1)).optional().filter(b -> b != null);
    }

    void kemajuan(long id, int diproses, int jumlah) {
        jdbc.sql("update impor_penduduk set diproses = ?, jumlah_baris = ? where id = ?").params(diproses, jumlah, id).update();
    }

    void hasilAnalisis(long id, String format, MesinImpor.Analisis a) {
        jdbc.sql("update impor_penduduk set status = ?, format_kolom = ?, jumlah_baris = ?, diproses = ?, baris_sah = ?, "
                        + "baris_galat = ?, baris_peringatan = ?, baru = ?, diubah = ?, tidak_berubah = ?, keluarga_baru = ? "
                        + "where id = ?")
                .params(Impor.Status.SIAP.name(), format, a.baris().size(), a.baris().size(), a.sah(), a.galat(),
                        a.peringatan(), a.hitung(BarisImpor.Aksi.BARU), a.hitung(BarisImpor.Aksi.DIUBAH),
                        a.hitung(BarisImpor.Aksi.TIDAK_BERUBAH), a.keluargaBaru(), id)
                .update();
    }

    /** SIAP → MENYIMPAN, once: false when the job is not waiting for a decision (double click, other tab). */
    boolean mulaiSimpan(long id, String mode) {
        return jdbc.sql("update impor_penduduk set status = ?, mode = ?, diproses = 0 where id = ? and status = ?")
                .params(Impor.Status.MENYIMPAN.name(), mode, id, Impor.Status.SIAP.name()).update() == 1;
    }

    void selesai(long id, Impor.Status status, MesinImpor.Analisis a, MesinImpor.Hasil h, OffsetDateTime waktu) {
        jdbc.sql("update impor_penduduk set status = ?, berkas_sandi = null, baris_sah = ?, baris_galat = ?, "
                        + "baris_peringatan = ?, baru = ?, diubah = ?, tidak_berubah = ?, keluarga_baru = ?, selesai_pada = ? "
                        + "where id = ?")
                .params(status.name(), a.sah(), a.galat(), a.peringatan(), h.baru(), h.diubah(), h.tidakBerubah(),
                        h.keluargaBaru(), waktu, id)
                .update();
    }

    void akhiri(long id, Impor.Status status, String pesan, OffsetDateTime waktu) {
        jdbc.sql("update impor_penduduk set status = ?, pesan = ?, berkas_sandi = null, selesai_pada = ? where id = ?")
                .params(status.name(), pesan, waktu, id).update();
    }

    /** Jobs a stopped server left running: they cannot resume (the thread is gone). */
    int putuskanYangBerjalan(String pesan, OffsetDateTime waktu) {
        return jdbc.sql("update impor_penduduk set status = ?, pesan = ?, berkas_sandi = null, selesai_pada = ? "
                        + "where status in (?, ?)")
                .params(Impor.Status.GAGAL.name(), pesan, waktu, Impor.Status.MENGANALISIS.name(),
                        Impor.Status.MENYIMPAN.name()).update();
    }

    void gantiCatatan(long id, List<Catatan> catatan) {
        jdbc.sql("delete from impor_penduduk_catatan where impor_id = ?").param(id).update();
        template.batchUpdate("insert into impor_penduduk_catatan (impor_id, baris, kolom, tingkat, pesan) values (?, ?, ?, ?, ?)",
                catatan, 1000, (ps, c) -> {
                    ps.setLong(1, id);
                    ps.setInt(2, c.baris());
                    ps.setString(3, c.kolom() == null ? null : potong(c.kolom(), 60));
                    ps.setString(4, c.tingkat());
                    ps.setString(5, potong(c.pesan(), 500));
                });
    }

    List<Catatan> catatan(long id, int batas) {
        return jdbc.sql("select baris, kolom, tingkat, pesan from impor_penduduk_catatan where impor_id = ? "
                        + "order by baris, id limit " + batas).param(id)
                .query((rs, i) -> new Catatan(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4))).list();
    }

    void semuaCatatan(long id, Consumer<Catatan> tiap) {
        jdbc.sql("select baris, kolom, tingkat, pesan from impor_penduduk_catatan where impor_id = ? order by baris, id")
                .param(id).query(rs -> {
                    tiap.accept(new Catatan(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                });
    }

    private static String potong(String s, int n) {
        return s.length() <= n ? s : s.substring(0, n);
    }

    private static Impor baris(ResultSet rs) throws SQLException {
        return new Impor(rs.getLong("id"), rs.getString("desa_kode"), rs.getString("nama_berkas"),
                rs.getString("jenis_berkas"), rs.getString("format_kolom"), Impor.Status.valueOf(rs.getString("status")),
                rs.getString("mode"), rs.getString("pesan"), rs.getInt("jumlah_baris"), rs.getInt("diproses"),
                rs.getInt("baris_sah"), rs.getInt("baris_galat"), rs.getInt("baris_peringatan"), rs.getInt("baru"),
                rs.getInt("diubah"), rs.getInt("tidak_berubah"), rs.getInt("keluarga_baru"), rs.getString("dibuat_oleh"),
                rs.getObject("dibuat_pada", OffsetDateTime.class), rs.getObject("selesai_pada", OffsetDateTime.class));
    }
}
