package id.pelita.layanan.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Files attached to a case. Kept in the database so every application instance sees them and a backup of
 * the database is a backup of the case.
 */
@Repository
class LampiranRepository {

    record InfoLampiran(long id, long berkasId, Long langkahId, String nama, String jenis, long ukuran, String oleh,
                        Instant pada) {
    }

    private final JdbcClient jdbc;

    LampiranRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void simpan(long berkasId, long langkahId, IsianLangkah.Lampiran l, String oleh, Instant pada) {
        jdbc.sql("insert into layanan_lampiran (berkas_id, langkah_id, nama_berkas, jenis, ukuran, isi, diunggah_oleh, "
                        + "diunggah_pada) values (?,?,?,?,?,?,?,?)")
                .params(berkasId, langkahId, l.nama(), l.jenis(), (long) l.isi().length, l.isi(), oleh,
                        BerkasRepository.utc(pada)).update();
    }

    List<InfoLampiran> daftar(long berkasId) {
        return jdbc.sql("select id, berkas_id, langkah_id, nama_berkas, jenis, ukuran, diunggah_oleh, diunggah_pada "
                        + "from layanan_lampiran where berkas_id = ? order by id").param(berkasId)
                .query((rs, n) -> new InfoLampiran(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class),
                        rs.getString(4), rs.getString(5), rs.getLong(6), rs.getString(7),
                        BerkasRepository.instan(rs, "diunggah_pada"))).list();
    }

    Optional<byte[]> isi(long berkasId, long id) {
        return jdbc.sql("select isi from layanan_lampiran where berkas_id = ? and id = ?").params(berkasId, id)
                .query((rs, n) -> rs.getBytes(1)).optional();
    }
}
