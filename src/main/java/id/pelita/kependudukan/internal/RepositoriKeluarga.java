package id.pelita.kependudukan.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Table {@code keluarga}; the KK number is encrypted on the way in and decrypted on the way out. */
@Repository
class RepositoriKeluarga {

    private static final String KOLOM = "select id, no_kk_sandi, desa_kode, alamat, rt, rw, kepala_id from keluarga ";

    private final JdbcClient jdbc;
    private final SandiPdp sandi;

    RepositoriKeluarga(JdbcClient jdbc, SandiPdp sandi) {
        this.jdbc = jdbc;
        this.sandi = sandi;
    }

    Optional<Keluarga> cari(long id) {
        return jdbc.sql(KOLOM + "where id = ?").param(id).query((rs, i) -> baris(rs)).optional();
    }

    /** Village of the family holding this KK number, if any (for the duplicate message). */
    Optional<String> desaDenganNoKk(String noKk) {
        return jdbc.sql("select desa_kode from keluarga where no_kk_hash = ?").param(sandi.hash(noKk))
                .query(String.class).optional();
    }

    /** Families by KK lookup hash (imports look rows up in chunks), keyed by the hash. */
    java.util.Map<String, Keluarga> cariNoKkHash(java.util.Collection<String> hash) {
        java.util.Map<String, Keluarga> hasil = new java.util.HashMap<>();
        if (hash.isEmpty()) {
            return hasil;
        }
        String tanda = String.join(", ", java.util.Collections.nCopies(hash.size(), "?"));
        jdbc.sql("select no_kk_hash, id, no_kk_sandi, desa_kode, alamat, rt, rw, kepala_id from keluarga where no_kk_hash in ("
                + tanda + ")").params(List.copyOf(hash)).query(rs -> {
                    hasil.put(rs.getString("no_kk_hash"), baris(rs));
                });
        return hasil;
    }

    List<Keluarga> diDesa(String desaKode) {
        return jdbc.sql(KOLOM + "where desa_kode = ? order by id").param(desaKode).query((rs, i) -> baris(rs)).list();
    }

    long simpanBaru(String noKk, String desaKode, String alamat, String rt, String rw, String oleh, OffsetDateTime waktu) {
        var kunci = new GeneratedKeyHolder();
        jdbc.sql("insert into keluarga (no_kk_sandi, no_kk_hash, desa_kode, alamat, rt, rw, dibuat_oleh, dibuat_pada) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(sandi.sandikan(noKk), sandi.hash(noKk), desaKode, alamat, rt, rw, oleh, waktu)
                .update(kunci, "id");
        return kunci.getKey().longValue();
    }

    void ubah(long id, String noKk, String alamat, String rt, String rw, String oleh, OffsetDateTime waktu) {
        jdbc.sql("update keluarga set no_kk_sandi = ?, no_kk_hash = ?, alamat = ?, rt = ?, rw = ?, diubah_oleh = ?, "
                        + "diubah_pada = ? where id = ?")
                .params(sandi.sandikan(noKk), sandi.hash(noKk), alamat, rt, rw, oleh, waktu, id).update();
    }

    void aturKepala(long keluargaId, long pendudukId) {
        jdbc.sql("update keluarga set kepala_id = ? where id = ?").params(pendudukId, keluargaId).update();
    }

    private Keluarga baris(java.sql.ResultSet rs) throws java.sql.SQLException {
        long kepala = rs.getLong("kepala_id");
        return new Keluarga(rs.getLong("id"), sandi.buka(rs.getString("no_kk_sandi")), rs.getString("desa_kode"),
                rs.getString("alamat"), rs.getString("rt"), rs.getString("rw"), rs.wasNull() ? null : kepala);
    }
}
