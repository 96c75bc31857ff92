package id.pelita.pengaduan.internal.web;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Everything the public tracking page reads, in one place: only what may be shown to anyone who knows the
 * code (never the name, phone, e-mail, description or photos). Public notes of the handling belong here too
 * when they exist.
 */
@Component
class PembacaLacak {

    /**
     * @param adaTelepon whether the reporter left a phone number (needed to rate or reopen online)
     * @param bintang    the reporter's rating, null while not rated
     */
    record Ringkasan(long id, String kode, String kategori, String desaKode, String kecamatanKode, String status,
                     Instant dibuatPada, Instant selesaiPada, boolean adaTelepon, Integer bintang) {
    }

    private final JdbcClient jdbc;

    PembacaLacak(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Ringkasan> cari(String kode) {
        return jdbc.sql("select p.id, p.kode, p.kategori, p.desa_kode, p.kecamatan_kode, p.status, p.dibuat_pada, "
                        + "p.selesai_pada, p.telepon, n.bintang from pengaduan p "
                        + "left join pengaduan_penilaian n on n.pengaduan_id = p.id where p.kode = ?")
                .param(kode)
                .query((rs, i) -> new Ringkasan(rs.getLong("id"), rs.getString("kode"), rs.getString("kategori"),
                        rs.getString("desa_kode"), rs.getString("kecamatan_kode"), rs.getString("status"),
                        waktu(rs, "dibuat_pada"), waktu(rs, "selesai_pada"), rs.getString("telepon") != null,
                        (Integer) rs.getObject("bintang", Integer.class)))
                .optional();
    }

    /** A public note of the handling ("kabar untuk pelapor"); internal notes never leave the office. */
    record KabarPublik(String isi, Instant pada) {
    }

    List<KabarPublik> kabar(long pengaduanId) {
        return jdbc.sql("select isi, dibuat_pada from pengaduan_catatan where pengaduan_id = ? and publik = true "
                        + "order by id")
                .param(pengaduanId)
                .query((rs, i) -> new KabarPublik(rs.getString("isi"), waktu(rs, "dibuat_pada"))).list();
    }

    private static Instant waktu(ResultSet rs, String kolom) throws SQLException {
        OffsetDateTime t = rs.getObject(kolom, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
