package id.pelita.wilayah.internal;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code wilayah_rt}. */
@Repository
class RepositoriRt {

    private static final String KOLOM = "select id, desa_kode, rw, rt, nama_ketua, dibuat_oleh, dibuat_pada from wilayah_rt ";
    private static final RowMapper<RukunTetangga> BARIS = (rs, i) -> new RukunTetangga(rs.getLong("id"),
            rs.getString("desa_kode"), rs.getString("rw"), rs.getString("rt"), rs.getString("nama_ketua"),
            rs.getString("dibuat_oleh"), rs.getObject("dibuat_pada", OffsetDateTime.class));

    private final JdbcClient jdbc;

    RepositoriRt(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<RukunTetangga> diDesa(String desaKode) {
        return jdbc.sql(KOLOM + "where desa_kode = ? order by rw, rt").param(desaKode).query(BARIS).list();
    }

    List<RukunTetangga> diDesa(Collection<String> desaKode) {
        if (desaKode.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(KOLOM + "where desa_kode in (:desa) order by desa_kode, rw, rt").param("desa", desaKode)
                .query(BARIS).list();
    }

    /** Inserts and reads back (no RETURNING: H2 does not take it); a duplicate raises DuplicateKeyException. */
    RukunTetangga simpan(String desaKode, String rw, String rt, String namaKetua, String oleh) {
        // Truncated to microseconds: what both databases store, so the returned value equals a later read.
        OffsetDateTime sekarang = OffsetDateTime.now().truncatedTo(ChronoUnit.MICROS);
        jdbc.sql("insert into wilayah_rt (desa_kode, rw, rt, nama_ketua, dibuat_oleh, dibuat_pada) values (?, ?, ?, ?, ?, ?)")
                .params(desaKode, rw, rt, namaKetua, oleh, sekarang).update();
        return jdbc.sql(KOLOM + "where desa_kode = ? and rw = ? and rt = ?").params(desaKode, rw, rt).query(BARIS).single();
    }
}
