package id.pelita.sop.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Table {@code sop_versi}: insert and read only, versions are immutable. */
@Repository
class RepositoriSop {

    /** One stored version. */
    record BarisSop(long id, String kode, int versi, String nama, String nomor, String yaml, String checksum,
                    String dibuatOleh, OffsetDateTime dibuatPada, String catatanRevisi) {
    }

    private static final String KOLOM =
            "id, kode, versi, nama, nomor, yaml, checksum, dibuat_oleh, dibuat_pada, catatan_revisi";

    private final JdbcClient jdbc;

    RepositoriSop(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<BarisSop> versi(String kode, int versi) {
        return jdbc.sql("select " + KOLOM + " from sop_versi where kode = ? and versi = ?").params(kode, versi)
                .query(BarisSop.class).optional();
    }

    Optional<BarisSop> terbaru(String kode) {
        return jdbc.sql("select " + KOLOM + " from sop_versi where kode = ? order by versi desc limit 1").param(kode)
                .query(BarisSop.class).optional();
    }

    /** The latest version of every SOP, by kode. */
    List<BarisSop> semuaTerbaru() {
        return jdbc.sql("select " + KOLOM + " from sop_versi s where versi = "
                        + "(select max(versi) from sop_versi t where t.kode = s.kode) order by kode")
                .query(BarisSop.class).list();
    }

    /** All versions of one SOP, newest first. */
    List<BarisSop> riwayat(String kode) {
        return jdbc.sql("select " + KOLOM + " from sop_versi where kode = ? order by versi desc").param(kode)
                .query(BarisSop.class).list();
    }

    int versiTertinggi(String kode) {
        return jdbc.sql("select coalesce(max(versi), 0) from sop_versi where kode = ?").param(kode)
                .query(Integer.class).single();
    }

    /** Throws {@link org.springframework.dao.DuplicateKeyException} when (kode, versi) exists. */
    void sisipkan(String kode, int versi, String nama, String nomor, String yaml, String checksum, String oleh,
                  String catatan) {
        jdbc.sql("insert into sop_versi (kode, versi, nama, nomor, yaml, checksum, dibuat_oleh, dibuat_pada, "
                        + "catatan_revisi) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(kode, versi, potong(nama, 500), potong(nomor, 200), yaml, checksum, potong(oleh, 60),
                        OffsetDateTime.now(), potong(catatan, 1000))
                .update();
    }

    private static String potong(String s, int maks) {
        return s == null || s.length() <= maks ? s : s.substring(0, maks);
    }
}
