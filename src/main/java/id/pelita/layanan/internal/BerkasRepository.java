package id.pelita.layanan.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

@Repository
class BerkasRepository {

    private final JdbcClient jdbc;

    BerkasRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long urutBerikut() {
        return jdbc.sql("select nextval('layanan_berkas_urut')").query(Long.class).single();
    }

    long simpan(String nomor, String sopKode, int sopVersi, String sopNama, String wilayahKode, String kecamatanKode,
                String pemohonNama, String pemohonKontak, String ringkasan, String oleh, Instant waktu) {
        var kunci = new GeneratedKeyHolder();
        jdbc.sql("insert into layanan_berkas (nomor, sop_kode, sop_versi, sop_nama, wilayah_kode, kecamatan_kode, "
                        + "pemohon_nama, pemohon_kontak, ringkasan, status, dibuat_oleh, dibuat_pada) values (?,?,?,?,?,?,?,?,?,?,?,?)")
                .params(nomor, sopKode, sopVersi, sopNama, wilayahKode, kecamatanKode, pemohonNama, pemohonKontak,
                        ringkasan, Berkas.BERJALAN, oleh, utc(waktu))
                .update(kunci, "id");
        return kunci.getKey().longValue();
    }

    void aturProses(long id, String prosesId) {
        jdbc.sql("update layanan_berkas set proses_id = ? where id = ?").params(prosesId, id).update();
    }

    void aturRujukan(long id, String rujukan) {
        jdbc.sql("update layanan_berkas set rujukan = ? where id = ?").params(rujukan, id).update();
    }

    void batal(long id, Instant waktu) {
        jdbc.sql("update layanan_berkas set status = ?, selesai_pada = ? where id = ? and status = ?")
                .params(Berkas.BATAL, utc(waktu), id, Berkas.BERJALAN).update();
    }

    void selesai(long id, Instant waktu, String nomorRegister) {
        jdbc.sql("update layanan_berkas set status = ?, selesai_pada = ?, nomor_register = ? where id = ?")
                .params(Berkas.SELESAI, utc(waktu), nomorRegister, id).update();
    }

    Optional<Berkas> cari(long id) {
        return jdbc.sql("select * from layanan_berkas where id = ?").param(id).query(this::berkas).optional();
    }

    Optional<Berkas> cariNomor(String nomor) {
        return jdbc.sql("select * from layanan_berkas where nomor = ?").param(nomor).query(this::berkas).optional();
    }

    /** Cases inside a region scope (all when null), newest first. */
    List<Berkas> daftar(String cakupan, String status, int batas) {
        StringBuilder sql = new StringBuilder("select * from layanan_berkas where 1 = 1");
        var param = new java.util.ArrayList<Object>();
        if (cakupan != null) {
            sql.append(" and (wilayah_kode = ? or wilayah_kode like ?)");
            param.add(cakupan);
            param.add(cakupan + ".%");
        }
        if (status != null) {
            sql.append(" and status = ?");
            param.add(status);
        }
        sql.append(" order by id desc limit ").append(batas);
        return jdbc.sql(sql.toString()).params(param).query(this::berkas).list();
    }

    void mulaiLangkah(long berkasId, int no, String kegiatan, String peran, String tugasId, Instant mulai, Instant tenggat) {
        jdbc.sql("insert into layanan_langkah (berkas_id, langkah_no, kegiatan, peran, tugas_id, mulai, tenggat, terlambat) "
                        + "values (?,?,?,?,?,?,?,false)")
                .params(berkasId, no, kegiatan, peran, tugasId, utc(mulai), utc(tenggat)).update();
    }

    void selesaiLangkah(String tugasId, Instant selesai, String oleh, int durasiMenit, boolean terlambat, String keputusan,
                        String output, String catatan, String kelengkapan) {
        jdbc.sql("update layanan_langkah set selesai = ?, oleh = ?, durasi_menit = ?, terlambat = (terlambat or ?), "
                        + "keputusan = ?, output = ?, catatan = ?, kelengkapan = ? where tugas_id = ?")
                .params(utc(selesai), oleh, durasiMenit, terlambat, keputusan, output, catatan, kelengkapan, tugasId)
                .update();
    }

    void tandaiTerlambat(String tugasId, String eskalasiKe) {
        jdbc.sql("update layanan_langkah set terlambat = true, dieskalasi_ke = ? where tugas_id = ?")
                .params(eskalasiKe, tugasId).update();
    }

    List<CatatanLangkah> langkah(long berkasId) {
        return jdbc.sql("select * from layanan_langkah where berkas_id = ? order by id").param(berkasId)
                .query(this::catatan).list();
    }

    Optional<CatatanLangkah> langkahTugas(String tugasId) {
        return jdbc.sql("select * from layanan_langkah where tugas_id = ?").param(tugasId).query(this::catatan).optional();
    }

    /** Finished steps of an SOP (all versions), for SLA figures. */
    List<CatatanLangkah> langkahSelesai(String sopKode, String cakupan) {
        String sql = "select l.* from layanan_langkah l join layanan_berkas b on b.id = l.berkas_id "
                + "where b.sop_kode = ? and l.selesai is not null";
        if (cakupan == null) {
            return jdbc.sql(sql + " order by l.langkah_no").param(sopKode).query(this::catatan).list();
        }
        return jdbc.sql(sql + " and (b.wilayah_kode = ? or b.wilayah_kode like ?) order by l.langkah_no")
                .params(sopKode, cakupan, cakupan + ".%").query(this::catatan).list();
    }

    private Berkas berkas(ResultSet rs, int n) throws SQLException {
        return new Berkas(rs.getLong("id"), rs.getString("nomor"), rs.getString("sop_kode"), rs.getInt("sop_versi"),
                rs.getString("sop_nama"), rs.getString("proses_id"), rs.getString("wilayah_kode"),
                rs.getString("kecamatan_kode"), rs.getString("pemohon_nama"), rs.getString("pemohon_kontak"),
                rs.getString("ringkasan"), rs.getString("status"), rs.getString("nomor_register"),
                rs.getString("dibuat_oleh"), instan(rs, "dibuat_pada"), instan(rs, "selesai_pada"),
                rs.getString("rujukan"));
    }

    private CatatanLangkah catatan(ResultSet rs, int n) throws SQLException {
        Integer durasi = rs.getObject("durasi_menit", Integer.class);
        return new CatatanLangkah(rs.getLong("id"), rs.getLong("berkas_id"), rs.getInt("langkah_no"),
                rs.getString("kegiatan"), rs.getString("peran"), rs.getString("tugas_id"), instan(rs, "mulai"),
                instan(rs, "tenggat"), instan(rs, "selesai"), rs.getString("oleh"), durasi,
                rs.getBoolean("terlambat"), rs.getString("dieskalasi_ke"), rs.getString("keputusan"),
                rs.getString("output"), rs.getString("catatan"), rs.getString("kelengkapan"));
    }

    static Instant instan(ResultSet rs, String kolom) throws SQLException {
        OffsetDateTime t = rs.getObject(kolom, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static OffsetDateTime utc(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }
}
