package id.pelita.bansos.internal;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import static id.pelita.bansos.internal.RepositoriRakor.utc;

@Repository
class RepositoriKpm {

    record Kpm(long id, String program, String desaKode, String nama, String nikSamar, String kkHash, Long pendudukId,
               String dicatatOleh, Instant dicatatPada) {
    }

    record Penyaluran(long id, String program, String desaKode, String periode, LocalDate tanggal, String dibuatOleh) {
    }

    record SerahTerima(long id, long penyaluranId, long kpmId, LocalDate tanggal, String penerimaNama,
                       String buktiJenis, String dicatatOleh, Instant dicatatPada) {
    }

    private static final String KOLOM = "id, program, desa_kode, nama, nik_samar, kk_hash, penduduk_id, dicatat_oleh, dicatat_pada";
    private static final RowMapper<Kpm> KPM = (rs, i) -> new Kpm(rs.getLong("id"), rs.getString("program"),
            rs.getString("desa_kode"), rs.getString("nama"), rs.getString("nik_samar"), rs.getString("kk_hash"),
            (Long) rs.getObject("penduduk_id", Long.class), rs.getString("dicatat_oleh"),
            rs.getObject("dicatat_pada", OffsetDateTime.class).toInstant());
    private static final RowMapper<Penyaluran> PENYALURAN = (rs, i) -> new Penyaluran(rs.getLong("id"),
            rs.getString("program"), rs.getString("desa_kode"), rs.getString("periode"),
            rs.getDate("tanggal").toLocalDate(), rs.getString("dibuat_oleh"));
    private static final RowMapper<SerahTerima> SERAH = (rs, i) -> new SerahTerima(rs.getLong("id"),
            rs.getLong("penyaluran_id"), rs.getLong("kpm_id"), rs.getDate("tanggal").toLocalDate(),
            rs.getString("penerima_nama"), rs.getString("bukti_jenis"), rs.getString("dicatat_oleh"),
            rs.getObject("dicatat_pada", OffsetDateTime.class).toInstant());

    private final JdbcClient jdbc;

    RepositoriKpm(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean ada(String program, String nikHash) {
        return jdbc.sql("select count(*) from bansos_kpm where program = ? and nik_hash = ?").params(program, nikHash)
                .query(Integer.class).single() > 0;
    }

    long simpan(String program, String desa, String nama, String nikSamar, String nikHash, String nikSandi,
                String kkHash, String kkSandi, Long pendudukId, String oleh, Instant kapan) {
        var kunci = new GeneratedKeyHolder();
        jdbc.sql("insert into bansos_kpm (program, desa_kode, nama, nik_samar, nik_hash, nik_sandi, kk_hash, kk_sandi, "
                        + "penduduk_id, dicatat_oleh, dicatat_pada) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(program, desa, nama, nikSamar, nikHash, nikSandi, kkHash, kkSandi, pendudukId, oleh, utc(kapan))
                .update(kunci, "id");
        return kunci.getKey().longValue();
    }

    Optional<Kpm> cari(long id) {
        return jdbc.sql("select " + KOLOM + " from bansos_kpm where id = ?").param(id).query(KPM).optional();
    }

    List<Kpm> daftar(String desa, String program) {
        return jdbc.sql("select " + KOLOM + " from bansos_kpm where desa_kode = ? and (cast(? as varchar) is null or program = ?) order by nama, id")
                .params(desa, program, program).query(KPM).list();
    }

    /** Other programmes the family (same KK) receives, anywhere in Pelita, by KPM id of the given list. */
    Map<Long, TreeSet<String>> programLain(List<Kpm> kpm) {
        Map<Long, TreeSet<String>> hasil = new LinkedHashMap<>();
        for (Kpm k : kpm) {
            hasil.put(k.id(), new TreeSet<>(programLainKk(k.kkHash(), k.program())));
        }
        return hasil;
    }

    List<String> programLainKk(String kkHash, String kecuali) {
        return jdbc.sql("select distinct program from bansos_kpm where kk_hash = ? and program <> ? order by program")
                .params(kkHash, kecuali).query(String.class).list();
    }

    long simpanPenyaluran(String program, String desa, String periode, LocalDate tanggal, String oleh, Instant kapan) {
        var kunci = new GeneratedKeyHolder();
        jdbc.sql("insert into bansos_penyaluran (program, desa_kode, periode, tanggal, dibuat_oleh, dibuat_pada) "
                        + "values (?, ?, ?, ?, ?, ?)")
                .params(program, desa, periode, Date.valueOf(tanggal), oleh, utc(kapan)).update(kunci, "id");
        return kunci.getKey().longValue();
    }

    Optional<Penyaluran> cariPenyaluran(long id) {
        return jdbc.sql("select id, program, desa_kode, periode, tanggal, dibuat_oleh from bansos_penyaluran where id = ?")
                .param(id).query(PENYALURAN).optional();
    }

    List<Penyaluran> daftarPenyaluran(String desa) {
        return jdbc.sql("select id, program, desa_kode, periode, tanggal, dibuat_oleh from bansos_penyaluran "
                + "where desa_kode = ? order by tanggal desc, id desc").param(desa).query(PENYALURAN).list();
    }

    boolean sudahDiserahkan(long penyaluranId, long kpmId) {
        return jdbc.sql("select count(*) from bansos_serah_terima where penyaluran_id = ? and kpm_id = ?")
                .params(penyaluranId, kpmId).query(Integer.class).single() > 0;
    }

    void simpanSerahTerima(long penyaluranId, long kpmId, LocalDate tanggal, String penerima, byte[] foto, String fotoTipe,
                           String buktiJenis, byte[] bukti, String buktiTipe, String oleh, Instant kapan) {
        jdbc.sql("insert into bansos_serah_terima (penyaluran_id, kpm_id, tanggal, penerima_nama, foto, foto_tipe, "
                        + "bukti_jenis, bukti, bukti_tipe, dicatat_oleh, dicatat_pada) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(penyaluranId, kpmId, Date.valueOf(tanggal), penerima, foto, fotoTipe, buktiJenis, bukti, buktiTipe,
                        oleh, utc(kapan)).update();
    }

    List<SerahTerima> serahTerima(long penyaluranId) {
        return jdbc.sql("select id, penyaluran_id, kpm_id, tanggal, penerima_nama, bukti_jenis, dicatat_oleh, dicatat_pada "
                + "from bansos_serah_terima where penyaluran_id = ? order by id").param(penyaluranId).query(SERAH).list();
    }

    /** The photo or the signature/thumbprint image of a handover, with its type. */
    Optional<Map.Entry<String, byte[]>> gambar(long penyaluranId, long serahId, boolean foto) {
        String k = foto ? "foto" : "bukti";
        return jdbc.sql("select " + k + "_tipe as tipe, " + k + " as isi from bansos_serah_terima where id = ? and penyaluran_id = ?")
                .params(serahId, penyaluranId)
                .query((rs, i) -> Map.entry(rs.getString("tipe"), rs.getBytes("isi"))).optional();
    }
}
