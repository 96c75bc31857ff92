package id.pelita.bansos.internal;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

@Repository
class RepositoriRakor {

    private static final String KOLOM = "id, kecamatan_kode, desa_kode, pemohon_nama, pemohon_kontak, pemohon_username, "
            + "perihal, tanggal_rakor, tempat, berkas_nomor, nomor_surat, dokumen_kode, dibuat_oleh, dibuat_pada";
    private static final RowMapper<Rakor> BARIS = (rs, i) -> new Rakor(rs.getLong("id"), rs.getString("kecamatan_kode"),
            rs.getString("desa_kode"), rs.getString("pemohon_nama"), rs.getString("pemohon_kontak"),
            rs.getString("pemohon_username"), rs.getString("perihal"), rs.getDate("tanggal_rakor").toLocalDate(),
            rs.getString("tempat"), rs.getString("berkas_nomor"), rs.getString("nomor_surat"),
            rs.getString("dokumen_kode"), rs.getString("dibuat_oleh"),
            rs.getObject("dibuat_pada", OffsetDateTime.class).toInstant());
    private static final RowMapper<Rakor.Lampiran> LAMPIRAN = (rs, i) -> new Rakor.Lampiran(rs.getLong("id"),
            rs.getLong("rakor_id"), rs.getString("jenis"), rs.getString("nama"), rs.getString("tipe"),
            rs.getInt("ukuran"), rs.getString("diunggah_oleh"),
            rs.getObject("diunggah_pada", OffsetDateTime.class).toInstant());

    private final JdbcClient jdbc;

    RepositoriRakor(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static OffsetDateTime utc(Instant i) {
        return i.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    long simpan(Rakor r) {
        var kunci = new GeneratedKeyHolder();
        jdbc.sql("insert into bansos_rakor (kecamatan_kode, desa_kode, pemohon_nama, pemohon_kontak, pemohon_username, "
                        + "perihal, tanggal_rakor, tempat, dibuat_oleh, dibuat_pada) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(r.kecamatanKode(), r.desaKode(), r.pemohonNama(), r.pemohonKontak(), r.pemohonUsername(),
                        r.perihal(), Date.valueOf(r.tanggalRakor()), r.tempat(), r.dibuatOleh(), utc(r.dibuatPada()))
                .update(kunci, "id");
        return kunci.getKey().longValue();
    }

    void aturBerkas(long id, String nomorBerkas) {
        jdbc.sql("update bansos_rakor set berkas_nomor = ? where id = ?").params(nomorBerkas, id).update();
    }

    void aturSurat(long id, String nomorSurat, String dokumenKode) {
        jdbc.sql("update bansos_rakor set nomor_surat = ?, dokumen_kode = ? where id = ?")
                .params(nomorSurat, dokumenKode, id).update();
    }

    Optional<Rakor> cari(long id) {
        return jdbc.sql("select " + KOLOM + " from bansos_rakor where id = ?").param(id).query(BARIS).optional();
    }

    Optional<Rakor> cariBerkas(String nomorBerkas) {
        return jdbc.sql("select " + KOLOM + " from bansos_rakor where berkas_nomor = ?").param(nomorBerkas)
                .query(BARIS).optional();
    }

    /** Requests in a region (kecamatan code or a prefix of it), newest first; only one applicant's when given. */
    List<Rakor> daftar(String wilayahAwalan, String pemohonUsername, int batas) {
        String sql = "select " + KOLOM + " from bansos_rakor where (cast(? as varchar) is null or kecamatan_kode = ? or kecamatan_kode like ?)"
                + (pemohonUsername != null ? " and pemohon_username = ?" : "") + " order by dibuat_pada desc, id desc limit ?";
        var q = jdbc.sql(sql).param(wilayahAwalan).param(wilayahAwalan).param(wilayahAwalan == null ? null : wilayahAwalan + ".%");
        if (pemohonUsername != null) {
            q = q.param(pemohonUsername);
        }
        return q.param(batas).query(BARIS).list();
    }

    void simpanLampiran(long rakorId, String jenis, String nama, String tipe, byte[] isi, String oleh, Instant kapan) {
        jdbc.sql("insert into bansos_rakor_lampiran (rakor_id, jenis, nama, tipe, ukuran, isi, diunggah_oleh, diunggah_pada) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(rakorId, jenis, nama, tipe, isi.length, isi, oleh, utc(kapan)).update();
    }

    List<Rakor.Lampiran> lampiran(long rakorId) {
        return jdbc.sql("select id, rakor_id, jenis, nama, tipe, ukuran, diunggah_oleh, diunggah_pada "
                + "from bansos_rakor_lampiran where rakor_id = ? order by id").param(rakorId).query(LAMPIRAN).list();
    }

    Optional<byte[]> isiLampiran(long rakorId, long lampiranId) {
        return jdbc.sql("select isi from bansos_rakor_lampiran where rakor_id = ? and id = ?")
                .params(rakorId, lampiranId).query(byte[].class).optional();
    }
}
