package id.pelita.kependudukan.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tables {@code pengajuan_penduduk} and {@code pengajuan_perubahan}, and the verified flags their changes leave on
 * {@code mutasi_penduduk} and {@code penduduk_hadir}.
 */
@Repository
class RepositoriPengajuan {

    private static final String KOLOM = "select id, desa_kode, status, berkas_nomor, putaran, alasan_kembali, dibuat_oleh, "
            + "dibuat_pada, diajukan_oleh, diajukan_pada, diperiksa_oleh, diperiksa_pada from pengajuan_penduduk ";

    private final JdbcClient jdbc;
    private final CacheStatistik cache;

    RepositoriPengajuan(JdbcClient jdbc, CacheStatistik cache) {
        this.cache = cache;
        this.jdbc = jdbc;
    }

    Optional<Pengajuan> cari(long id) {
        return jdbc.sql(KOLOM + "where id = ?").param(id).query((rs, i) -> baris(rs)).optional();
    }

    /** The open submission of a village, locked for the rest of the transaction. */
    Optional<Pengajuan> terbukaTerkunci(String desaKode) {
        return jdbc.sql(KOLOM + "where terbuka_desa = ? for update").param(desaKode).query((rs, i) -> baris(rs)).optional();
    }

    Optional<Pengajuan> terbuka(String desaKode) {
        return jdbc.sql(KOLOM + "where terbuka_desa = ?").param(desaKode).query((rs, i) -> baris(rs)).optional();
    }

    Optional<Pengajuan> kunci(long id) {
        return jdbc.sql(KOLOM + "where id = ? for update").param(id).query((rs, i) -> baris(rs)).optional();
    }

    /** Submissions of villages inside a region scope (null = all) with one of the statuses, oldest first. */
    List<Pengajuan> dalamCakupan(String cakupan, List<StatusPengajuan> status, int batas) {
        var sql = jdbc.sql(KOLOM + "where " + (cakupan == null ? "" : "(desa_kode = :cakupan or desa_kode like :awalan) and ")
                        + "status in (:status) order by coalesce(diajukan_pada, dibuat_pada), id limit " + batas)
                .param("status", status.stream().map(Enum::name).toList());
        if (cakupan != null) {
            sql = sql.param("cakupan", cakupan).param("awalan", cakupan + ".%");
        }
        return sql.query((rs, i) -> baris(rs)).list();
    }

    /** A village's submissions, newest first. */
    List<Pengajuan> riwayat(String desaKode, int batas) {
        return jdbc.sql(KOLOM + "where desa_kode = ? order by id desc limit " + batas).param(desaKode)
                .query((rs, i) -> baris(rs)).list();
    }

    long buat(String desaKode, String oleh, OffsetDateTime waktu) {
        var kunci = new GeneratedKeyHolder();
        jdbc.sql("insert into pengajuan_penduduk (desa_kode, terbuka_desa, status, dibuat_oleh, dibuat_pada) "
                        + "values (?, ?, ?, ?, ?)")
                .params(desaKode, desaKode, StatusPengajuan.DRAF.name(), oleh, waktu).update(kunci, "id");
        return kunci.getKey().longValue();
    }

    long tambahPerubahan(long pengajuanId, JenisPerubahan jenis, Long pendudukId, Long keluargaId, Long mutasiId,
                         String uraian, String oleh, OffsetDateTime waktu) {
        var kunci = new GeneratedKeyHolder();
        jdbc.sql("insert into pengajuan_perubahan (pengajuan_id, jenis, penduduk_id, keluarga_id, mutasi_id, uraian, "
                        + "dicatat_oleh, dicatat_pada) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(pengajuanId, jenis.name(), pendudukId, keluargaId, mutasiId,
                        uraian.length() <= 300 ? uraian : uraian.substring(0, 300), oleh, waktu)
                .update(kunci, "id");
        return kunci.getKey().longValue();
    }

    /**
     * An event and the presence intervals it opened or closed wait for this submission: the event and the
     * opened interval are not counted in published figures, and a closed interval still counts as open there.
     */
    void tungguVerifikasi(long mutasiId, long pengajuanId) {
        cache.kosongkan();
        jdbc.sql("update mutasi_penduduk set pengajuan_id = ?, terverifikasi = false where id = ?")
                .params(pengajuanId, mutasiId).update();
        cache.kosongkan();
        jdbc.sql("update penduduk_hadir set pengajuan_id = ?, terverifikasi = false where mutasi_mulai_id = ?")
                .params(pengajuanId, mutasiId).update();
        cache.kosongkan();
        jdbc.sql("update penduduk_hadir set pengajuan_selesai_id = ?, selesai_terverifikasi = false where mutasi_selesai_id = ?")
                .params(pengajuanId, mutasiId).update();
    }

    List<Perubahan> perubahan(long pengajuanId) {
        return jdbc.sql("select id, pengajuan_id, jenis, penduduk_id, keluarga_id, mutasi_id, uraian, dicatat_oleh, "
                        + "dicatat_pada from pengajuan_perubahan where pengajuan_id = ? order by id")
                .param(pengajuanId)
                .query((rs, i) -> new Perubahan(rs.getLong("id"), rs.getLong("pengajuan_id"),
                        JenisPerubahan.valueOf(rs.getString("jenis")), rs.getObject("penduduk_id", Long.class),
                        rs.getObject("keluarga_id", Long.class), rs.getObject("mutasi_id", Long.class),
                        rs.getString("uraian"), rs.getString("dicatat_oleh"),
                        rs.getObject("dicatat_pada", OffsetDateTime.class)))
                .list();
    }

    Map<JenisPerubahan, Long> jumlahPerJenis(long pengajuanId) {
        Map<JenisPerubahan, Long> hasil = new EnumMap<>(JenisPerubahan.class);
        jdbc.sql("select jenis, count(*) from pengajuan_perubahan where pengajuan_id = ? group by jenis")
                .param(pengajuanId)
                .query((rs, i) -> hasil.put(JenisPerubahan.valueOf(rs.getString(1)), rs.getLong(2))).list();
        return hasil;
    }

    /** Id of the latest change, 0 when none: what a reviewer saw (a later change makes their decision stale). */
    long perubahanTerakhir(long pengajuanId) {
        return jdbc.sql("select coalesce(max(id), 0) from pengajuan_perubahan where pengajuan_id = ?")
                .param(pengajuanId).query(Long.class).single();
    }

    void aturBerkas(long id, String nomor) {
        jdbc.sql("update pengajuan_penduduk set berkas_nomor = ? where id = ?").params(nomor, id).update();
    }

    void ajukan(long id, String oleh, OffsetDateTime waktu) {
        jdbc.sql("update pengajuan_penduduk set status = ?, putaran = putaran + 1, diajukan_oleh = ?, diajukan_pada = ? "
                        + "where id = ?")
                .params(StatusPengajuan.DIAJUKAN.name(), oleh, waktu, id).update();
    }

    void kembalikan(long id, String alasan, String oleh, OffsetDateTime waktu) {
        jdbc.sql("update pengajuan_penduduk set status = ?, alasan_kembali = ?, diperiksa_oleh = ?, diperiksa_pada = ? "
                        + "where id = ?")
                .params(StatusPengajuan.DIKEMBALIKAN.name(), alasan, oleh, waktu, id).update();
    }

    /** Closes the submission and lets every change it holds count in published figures. */
    void verifikasi(long id, String oleh, OffsetDateTime waktu) {
        jdbc.sql("update pengajuan_penduduk set status = ?, terbuka_desa = null, diperiksa_oleh = ?, diperiksa_pada = ? "
                        + "where id = ?")
                .params(StatusPengajuan.TERVERIFIKASI.name(), oleh, waktu, id).update();
        cache.kosongkan();
        jdbc.sql("update mutasi_penduduk set terverifikasi = true where pengajuan_id = ?").param(id).update();
        cache.kosongkan();
        jdbc.sql("update penduduk_hadir set terverifikasi = true where pengajuan_id = ?").param(id).update();
        cache.kosongkan();
        jdbc.sql("update penduduk_hadir set selesai_terverifikasi = true where pengajuan_selesai_id = ?").param(id).update();
    }

    private static Pengajuan baris(ResultSet rs) throws SQLException {
        return new Pengajuan(rs.getLong("id"), rs.getString("desa_kode"), StatusPengajuan.valueOf(rs.getString("status")),
                rs.getString("berkas_nomor"), rs.getInt("putaran"), rs.getString("alasan_kembali"),
                rs.getString("dibuat_oleh"), rs.getObject("dibuat_pada", OffsetDateTime.class),
                rs.getString("diajukan_oleh"), rs.getObject("diajukan_pada", OffsetDateTime.class),
                rs.getString("diperiksa_oleh"), rs.getObject("diperiksa_pada", OffsetDateTime.class));
    }
}
