package id.pelita.notifikasi.internal;

import id.pelita.notifikasi.PesanKeluar;
import id.pelita.notifikasi.Saluran;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Tables {@code notifikasi_keluar} and {@code notifikasi_percakapan}. */
@Repository
class RepositoriNotifikasi {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String KOLOM = "select id, saluran, tujuan, subjek, isi, templat, parameter_templat, kunci_unik, "
            + "status, percobaan, berikutnya, galat_terakhir, id_penyedia, dibuat_pada, terkirim_pada, dibaca_pada "
            + "from notifikasi_keluar ";
    /** Due: waiting and its time has come, or claimed by a sender whose claim ran out (it died). */
    private static final String JATUH_TEMPO = "((status = 'MENUNGGU' and berikutnya <= ?) "
            + "or (status = 'MENGIRIM' and batas_klaim < ?))";

    private static final RowMapper<BarisKeluar> BARIS = (rs, i) -> new BarisKeluar(rs.getLong("id"),
            Saluran.valueOf(rs.getString("saluran")), rs.getString("tujuan"), rs.getString("subjek"), rs.getString("isi"),
            rs.getString("templat"), dariJson(rs.getString("parameter_templat")), rs.getString("kunci_unik"),
            StatusKeluar.valueOf(rs.getString("status")), rs.getInt("percobaan"), instan(rs.getObject("berikutnya", OffsetDateTime.class)),
            rs.getString("galat_terakhir"), rs.getString("id_penyedia"), instan(rs.getObject("dibuat_pada", OffsetDateTime.class)),
            instan(rs.getObject("terkirim_pada", OffsetDateTime.class)), instan(rs.getObject("dibaca_pada", OffsetDateTime.class)));

    private final JdbcClient jdbc;
    private final boolean postgres;

    RepositoriNotifikasi(JdbcClient jdbc, DataSource ds) {
        this.jdbc = jdbc;
        try (Connection c = ds.getConnection()) {
            this.postgres = c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
        } catch (SQLException e) {
            throw new IllegalStateException("Tidak dapat membaca jenis basis data", e);
        }
    }

    /**
     * Stores a message unless one with the same key exists; returns whether it stored one. On PostgreSQL a
     * concurrent duplicate is skipped by {@code on conflict do nothing} (a unique violation would abort the
     * caller's transaction); H2, which lacks it, relies on the check before the insert.
     */
    boolean simpan(PesanKeluar p, StatusKeluar status, Instant sekarang) {
        if (p.kunciUnik() != null && jdbc.sql("select count(*) from notifikasi_keluar where kunci_unik = ?")
                .param(p.kunciUnik()).query(Long.class).single() > 0) {
            return false;
        }
        OffsetDateTime t = waktu(sekarang);
        String sql = "insert into notifikasi_keluar (saluran, tujuan, subjek, isi, templat, parameter_templat, kunci_unik, "
                + "status, percobaan, berikutnya, dibuat_pada, terkirim_pada) values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)"
                + (postgres ? " on conflict (kunci_unik) do nothing" : "");
        return jdbc.sql(sql).params(p.saluran().name(), p.tujuan(), p.subjek(), p.isi(), p.templat(),
                p.parameterTemplat().isEmpty() ? null : JSON.writeValueAsString(p.parameterTemplat()), p.kunciUnik(),
                status.name(), t, t, status == StatusKeluar.TERKIRIM ? t : null).update() == 1;
    }

    List<Long> calonJatuhTempo(Instant sekarang, Collection<Saluran> saluran, int batas) {
        if (saluran.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id from notifikasi_keluar where ((status = 'MENUNGGU' and berikutnya <= :sekarang) "
                        + "or (status = 'MENGIRIM' and batas_klaim < :sekarang)) and saluran in (:saluran) "
                        + "order by berikutnya, id limit :batas")
                .param("sekarang", waktu(sekarang))
                .param("saluran", saluran.stream().map(Enum::name).toList()).param("batas", batas)
                .query(Long.class).list();
    }

    /**
     * Claims one row for {@code pemilik} until {@code batas}. Atomic: the condition is re-checked by the
     * update itself, so of two senders racing for a row exactly one changes it (the other updates 0 rows).
     */
    boolean klaim(long id, String pemilik, Instant batas, Instant sekarang) {
        return jdbc.sql("update notifikasi_keluar set status = 'MENGIRIM', pemilik = ?, batas_klaim = ? where id = ? and "
                        + JATUH_TEMPO)
                .params(pemilik, waktu(batas), id, waktu(sekarang), waktu(sekarang)).update() == 1;
    }

    Optional<BarisKeluar> cari(long id) {
        return jdbc.sql(KOLOM + "where id = ?").param(id).query(BARIS).optional();
    }

    /** Records an outcome, only while the claim is still ours (a claim that ran out may belong to another sender now). */
    boolean catatHasil(long id, String pemilik, StatusKeluar status, int percobaan, Instant berikutnya, String galat,
                       String idPenyedia, Instant terkirimPada) {
        return jdbc.sql("update notifikasi_keluar set status = ?, percobaan = ?, berikutnya = ?, galat_terakhir = ?, "
                        + "id_penyedia = coalesce(?, id_penyedia), terkirim_pada = ?, pemilik = null, batas_klaim = null "
                        + "where id = ? and pemilik = ? and status = 'MENGIRIM'")
                .params(status.name(), percobaan, waktu(berikutnya), potong(galat, 1000), idPenyedia, waktu(terkirimPada),
                        id, pemilik).update() == 1;
    }

    /** Notes on waiting rows of a channel why they are not sent; returns how many rows got the note now. */
    int tandaiBelumSiap(Saluran saluran, String alasan) {
        return jdbc.sql("update notifikasi_keluar set galat_terakhir = ? where saluran = ? and status = 'MENUNGGU' "
                        + "and (galat_terakhir is null or galat_terakhir <> ?)")
                .params(alasan, saluran.name(), alasan).update();
    }

    // --- In-app notifications

    List<BarisKeluar> daftarAplikasi(String username, int batas) {
        return jdbc.sql(KOLOM + "where saluran = 'APLIKASI' and tujuan = ? order by dibuat_pada desc, id desc limit ?")
                .params(username, batas).query(BARIS).list();
    }

    long belumDibaca(String username) {
        return jdbc.sql("select count(*) from notifikasi_keluar where saluran = 'APLIKASI' and tujuan = ? and dibaca_pada is null")
                .param(username).query(Long.class).single();
    }

    /** Marks one of the user's own notifications read; false when it is not theirs (or does not exist). */
    boolean tandaiDibaca(long id, String username, Instant sekarang) {
        return jdbc.sql("update notifikasi_keluar set dibaca_pada = coalesce(dibaca_pada, ?) "
                        + "where id = ? and saluran = 'APLIKASI' and tujuan = ?")
                .params(waktu(sekarang), id, username).update() == 1;
    }

    // --- WhatsApp conversations (24-hour window)

    void catatPercakapan(String telepon, Instant waktu) {
        jdbc.sql("insert into notifikasi_percakapan (telepon, waktu) values (?, ?)").params(telepon, waktu(waktu)).update();
    }

    Optional<Instant> terakhirMenulis(String telepon) {
        return jdbc.sql("select max(waktu) from notifikasi_percakapan where telepon = ?").param(telepon)
                .query((rs, i) -> instan(rs.getObject(1, OffsetDateTime.class))).list().stream()
                .filter(java.util.Objects::nonNull).findFirst();
    }

    int hapusPercakapanSebelum(Instant batas) {
        return jdbc.sql("delete from notifikasi_percakapan where waktu < ?").param(waktu(batas)).update();
    }

    private static OffsetDateTime waktu(Instant i) {
        return i == null ? null : i.atOffset(ZoneOffset.UTC);
    }

    private static Instant instan(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    private static List<String> dariJson(String json) {
        return json == null ? List.of() : JSON.readValue(json, new TypeReference<List<String>>() { });
    }

    static String potong(String s, int maks) {
        return s == null || s.length() <= maks ? s : s.substring(0, maks - 1) + "…";
    }
}
