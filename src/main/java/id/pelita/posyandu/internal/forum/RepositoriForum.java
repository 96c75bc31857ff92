package id.pelita.posyandu.internal.forum;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Forum meetings and what their steps produce: agenda, attendance, decisions, follow-up tasks. */
@Repository
class RepositoriForum {

    private final JdbcClient jdbc;

    RepositoriForum(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long simpanBaru(String kecamatanKode, LocalDate bulan, LocalDate tanggal, String jam, String tempat, String oleh,
                    Instant kini) {
        var kunci = new GeneratedKeyHolder();
        jdbc.sql("insert into forum_rapat (kecamatan_kode, bulan, tanggal, jam, tempat, status, dibuat_oleh, dibuat_pada) "
                        + "values (?,?,?,?,?,?,?,?)")
                .params(kecamatanKode, bulan, tanggal, jam, tempat, StatusRapat.DIRENCANAKAN.name(), oleh, utc(kini))
                .update(kunci, "id");
        return kunci.getKey().longValue();
    }

    void aturBerkas(long id, String nomor) {
        jdbc.sql("update forum_rapat set berkas_nomor = ? where id = ?").params(nomor, id).update();
    }

    Optional<RapatForum> cari(long id) {
        return jdbc.sql("select * from forum_rapat where id = ?").param(id).query(this::rapat).optional();
    }

    Optional<RapatForum> cariBerkas(String nomor) {
        return jdbc.sql("select * from forum_rapat where berkas_nomor = ?").param(nomor).query(this::rapat).optional();
    }

    /** Meetings of the kecamatan inside (or equal to) {@code cakupan}, all when null; newest month first. */
    List<RapatForum> daftar(String cakupan, int batas) {
        if (cakupan == null) {
            return jdbc.sql("select * from forum_rapat order by bulan desc, id desc limit " + batas).query(this::rapat).list();
        }
        return jdbc.sql("select * from forum_rapat where kecamatan_kode = ? or kecamatan_kode like ? "
                        + "order by bulan desc, id desc limit " + batas)
                .params(cakupan, cakupan + ".%").query(this::rapat).list();
    }

    boolean ubahStatus(long id, StatusRapat status, Instant kini) {
        return jdbc.sql("update forum_rapat set status = ?, diubah_pada = ?, versi = versi + 1 where id = ?")
                .params(status.name(), utc(kini), id).update() == 1;
    }

    void ubahNotulen(long id, String notulen, Instant kini) {
        jdbc.sql("update forum_rapat set notulen = ?, diubah_pada = ?, versi = versi + 1 where id = ?")
                .params(notulen, utc(kini), id).update();
    }

    void tambahAgenda(long rapatId, String judul) {
        jdbc.sql("insert into forum_agenda (rapat_id, urutan, judul) values (?, "
                        + "(select coalesce(max(urutan), 0) + 1 from forum_agenda where rapat_id = ?), ?)")
                .params(rapatId, rapatId, judul).update();
    }

    List<RapatForum.Agenda> agenda(long rapatId) {
        return jdbc.sql("select id, urutan, judul from forum_agenda where rapat_id = ? order by urutan")
                .param(rapatId).query((rs, i) -> new RapatForum.Agenda(rs.getLong(1), rs.getInt(2), rs.getString(3)))
                .list();
    }

    void tambahUndangan(long rapatId, String nama, String unsur, boolean hadir) {
        jdbc.sql("insert into forum_hadir (rapat_id, nama, unsur, hadir) values (?,?,?,?)")
                .params(rapatId, nama, unsur, hadir).update();
    }

    List<RapatForum.Hadir> undangan(long rapatId) {
        return jdbc.sql("select id, nama, unsur, hadir from forum_hadir where rapat_id = ? order by id")
                .param(rapatId)
                .query((rs, i) -> new RapatForum.Hadir(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)))
                .list();
    }

    /** Marks exactly the listed invitees present (the others absent). */
    void aturHadir(long rapatId, List<Long> hadirIds) {
        jdbc.sql("update forum_hadir set hadir = false where rapat_id = ?").param(rapatId).update();
        for (Long h : hadirIds) {
            jdbc.sql("update forum_hadir set hadir = true where rapat_id = ? and id = ?").params(rapatId, h).update();
        }
    }

    void tambahKeputusan(long rapatId, String isi) {
        jdbc.sql("insert into forum_keputusan (rapat_id, urutan, isi) values (?, "
                        + "(select coalesce(max(urutan), 0) + 1 from forum_keputusan where rapat_id = ?), ?)")
                .params(rapatId, rapatId, isi).update();
    }

    List<RapatForum.Keputusan> keputusan(long rapatId) {
        return jdbc.sql("select id, urutan, isi from forum_keputusan where rapat_id = ? order by urutan")
                .param(rapatId).query((rs, i) -> new RapatForum.Keputusan(rs.getLong(1), rs.getInt(2), rs.getString(3)))
                .list();
    }

    void tambahTindakLanjut(long rapatId, String penanggungJawab, String uraian, LocalDate tenggat) {
        jdbc.sql("insert into forum_tindak_lanjut (rapat_id, penanggung_jawab, uraian, tenggat) values (?,?,?,?)")
                .params(rapatId, penanggungJawab, uraian, tenggat).update();
    }

    List<RapatForum.TindakLanjut> tindakLanjut(long rapatId) {
        return jdbc.sql("select id, penanggung_jawab, uraian, tenggat, selesai_pada, selesai_oleh, catatan "
                        + "from forum_tindak_lanjut where rapat_id = ? order by tenggat, id")
                .param(rapatId)
                .query((rs, i) -> new RapatForum.TindakLanjut(rs.getLong(1), rs.getString(2), rs.getString(3),
                        rs.getObject(4, LocalDate.class), waktu(rs, 5), rs.getString(6), rs.getString(7)))
                .list();
    }

    /** Marks an open task done; false when it is not a task of this meeting or already done. */
    boolean selesaikanTindakLanjut(long rapatId, long id, String oleh, String catatan, Instant kini) {
        return jdbc.sql("update forum_tindak_lanjut set selesai_pada = ?, selesai_oleh = ?, catatan = ? "
                        + "where id = ? and rapat_id = ? and selesai_pada is null")
                .params(utc(kini), oleh, catatan, id, rapatId).update() == 1;
    }

    private RapatForum rapat(ResultSet rs, int i) throws SQLException {
        return new RapatForum(rs.getLong("id"), rs.getString("kecamatan_kode"), rs.getObject("bulan", LocalDate.class),
                rs.getObject("tanggal", LocalDate.class), rs.getString("jam"), rs.getString("tempat"),
                rs.getString("berkas_nomor"), StatusRapat.valueOf(rs.getString("status")), rs.getString("notulen"),
                rs.getString("dibuat_oleh"), waktu(rs, "dibuat_pada"), rs.getInt("versi"));
    }

    private static Instant waktu(ResultSet rs, int kolom) throws SQLException {
        OffsetDateTime t = rs.getObject(kolom, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static Instant waktu(ResultSet rs, String kolom) throws SQLException {
        OffsetDateTime t = rs.getObject(kolom, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static OffsetDateTime utc(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }
}
