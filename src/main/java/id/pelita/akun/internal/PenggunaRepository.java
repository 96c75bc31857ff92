package id.pelita.akun.internal;

import id.pelita.inti.Peran;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@Repository
class PenggunaRepository {

    private static final String KOLOM = "id, username, nama, email, telepon, sandi_hash, wilayah_kode, seksi, aktif, "
            + "gagal_login, terkunci_sampai, dibuat_pada";

    private final JdbcClient jdbc;

    PenggunaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Pengguna> cariUsername(String username) {
        return jdbc.sql("select " + KOLOM + " from pengguna where username = ?").param(username)
                .query(this::baris).optional().map(this::denganPeran);
    }

    Optional<Pengguna> cari(long id) {
        return jdbc.sql("select " + KOLOM + " from pengguna where id = ?").param(id)
                .query(this::baris).optional().map(this::denganPeran);
    }

    long jumlah() {
        return jdbc.sql("select count(*) from pengguna").query(Long.class).single();
    }

    /** Users whose scope lies inside {@code cakupan} (all users when null), ordered by name. */
    List<Pengguna> daftar(String cakupan) {
        List<Pengguna> hasil = cakupan == null
                ? jdbc.sql("select " + KOLOM + " from pengguna order by nama").query(this::baris).list()
                : jdbc.sql("select " + KOLOM + " from pengguna where wilayah_kode = ? or wilayah_kode like ? order by nama")
                .param(cakupan).param(cakupan + ".%").query(this::baris).list();
        Map<Long, Set<Peran>> peran = semuaPeran();
        return hasil.stream().map(p -> salinPeran(p, peran.getOrDefault(p.id(), EnumSet.noneOf(Peran.class)))).toList();
    }

    @Transactional
    long simpanBaru(Pengguna p) {
        var kunci = new GeneratedKeyHolder();
        jdbc.sql("insert into pengguna (username, nama, email, telepon, sandi_hash, wilayah_kode, seksi, aktif, "
                        + "gagal_login, dibuat_pada, sandi_diubah) values (?,?,?,?,?,?,?,?,0,?,?)")
                .params(p.username(), p.nama(), p.email(), p.telepon(), p.sandiHash(), p.wilayahKode(), p.seksi(),
                        p.aktif(), waktu(Instant.now()), waktu(Instant.now()))
                .update(kunci, "id");
        long id = kunci.getKey().longValue();
        simpanPeran(id, p.peran());
        return id;
    }

    @Transactional
    void ubah(long id, String nama, String email, String telepon, String wilayahKode, String seksi, Set<Peran> peran) {
        jdbc.sql("update pengguna set nama = ?, email = ?, telepon = ?, wilayah_kode = ?, seksi = ?, versi = versi + 1 where id = ?")
                .params(nama, email, telepon, wilayahKode, seksi, id).update();
        jdbc.sql("delete from pengguna_peran where pengguna_id = ?").param(id).update();
        simpanPeran(id, peran);
    }

    void aturAktif(long id, boolean aktif) {
        jdbc.sql("update pengguna set aktif = ?, versi = versi + 1 where id = ?").params(aktif, id).update();
    }

    void gantiSandi(long id, String hash) {
        jdbc.sql("update pengguna set sandi_hash = ?, sandi_diubah = ?, gagal_login = 0, terkunci_sampai = null where id = ?")
                .params(hash, waktu(Instant.now()), id).update();
    }

    /** Counts a failed login and locks the account once the limit is reached; returns the new count. */
    @Transactional
    int catatGagal(String username, int maks, Instant kunciSampai) {
        jdbc.sql("update pengguna set gagal_login = gagal_login + 1 where username = ?").param(username).update();
        jdbc.sql("update pengguna set terkunci_sampai = ?, gagal_login = 0 where username = ? and gagal_login >= ?")
                .params(waktu(kunciSampai), username, maks).update();
        return jdbc.sql("select gagal_login from pengguna where username = ?").param(username)
                .query(Integer.class).optional().orElse(0);
    }

    void catatBerhasil(String username) {
        jdbc.sql("update pengguna set gagal_login = 0, terkunci_sampai = null where username = ? and (gagal_login > 0 or terkunci_sampai is not null)")
                .param(username).update();
    }

    void bukaKunci(long id) {
        jdbc.sql("update pengguna set gagal_login = 0, terkunci_sampai = null where id = ?").param(id).update();
    }

    private void simpanPeran(long id, Set<Peran> peran) {
        for (Peran p : peran) {
            jdbc.sql("insert into pengguna_peran (pengguna_id, peran) values (?, ?)").params(id, p.name()).update();
        }
    }

    private Map<Long, Set<Peran>> semuaPeran() {
        Map<Long, Set<Peran>> peta = new HashMap<>();
        jdbc.sql("select pengguna_id, peran from pengguna_peran").query(rs -> {
            peta.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(Peran.class)).add(Peran.valueOf(rs.getString(2)));
        });
        return peta;
    }

    private Pengguna denganPeran(Pengguna p) {
        List<String> nama = jdbc.sql("select peran from pengguna_peran where pengguna_id = ?").param(p.id())
                .query(String.class).list();
        Set<Peran> peran = EnumSet.noneOf(Peran.class);
        nama.forEach(n -> peran.add(Peran.valueOf(n)));
        return salinPeran(p, peran);
    }

    private static Pengguna salinPeran(Pengguna p, Set<Peran> peran) {
        return new Pengguna(p.id(), p.username(), p.nama(), p.email(), p.telepon(), p.sandiHash(), p.wilayahKode(),
                p.seksi(), p.aktif(), p.gagalLogin(), p.terkunciSampai(), p.dibuatPada(), peran);
    }

    private Pengguna baris(ResultSet rs, int n) throws SQLException {
        return new Pengguna(rs.getLong("id"), rs.getString("username"), rs.getString("nama"), rs.getString("email"),
                rs.getString("telepon"), rs.getString("sandi_hash"), rs.getString("wilayah_kode"), rs.getString("seksi"),
                rs.getBoolean("aktif"), rs.getInt("gagal_login"), instan(rs, "terkunci_sampai"), instan(rs, "dibuat_pada"),
                EnumSet.noneOf(Peran.class));
    }

    static Instant instan(ResultSet rs, String kolom) throws SQLException {
        OffsetDateTime t = rs.getObject(kolom, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    static OffsetDateTime waktu(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }

}
