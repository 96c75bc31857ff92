package id.pelita.kependudukan.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** Tables {@code mutasi_penduduk} (events as recorded) and {@code penduduk_hadir} (presence intervals). */
@Repository
class RepositoriMutasi {

    private final JdbcClient jdbc;
    private final CacheStatistik cache;

    RepositoriMutasi(JdbcClient jdbc, CacheStatistik cache) {
        this.cache = cache;
        this.jdbc = jdbc;
    }

    long catat(long pendudukId, JenisMutasi jenis, LocalDate tanggal, String desaKode, Long asal, Long tujuan,
               String keterangan, String oleh, OffsetDateTime waktu) {
        var kunci = new GeneratedKeyHolder();
        cache.kosongkan();
        jdbc.sql("insert into mutasi_penduduk (penduduk_id, jenis, tanggal_peristiwa, desa_kode, keluarga_asal_id, "
                        + "keluarga_tujuan_id, keterangan, dicatat_oleh, dicatat_pada) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(pendudukId, jenis.name(), tanggal, desaKode, asal, tujuan, keterangan, oleh, waktu)
                .update(kunci, "id");
        return kunci.getKey().longValue();
    }

    void mulaiHadir(long pendudukId, long keluargaId, String desaKode, LocalDate mulai, long mutasiId) {
        cache.kosongkan();
        jdbc.sql("insert into penduduk_hadir (penduduk_id, keluarga_id, desa_kode, mulai, mutasi_mulai_id) values (?, ?, ?, ?, ?)")
                .params(pendudukId, keluargaId, desaKode, mulai, mutasiId).update();
    }

    void selesaiHadir(long pendudukId, LocalDate selesai, long mutasiId) {
        cache.kosongkan();
        jdbc.sql("update penduduk_hadir set selesai = ?, mutasi_selesai_id = ? where penduduk_id = ? and selesai is null")
                .params(selesai, mutasiId, pendudukId).update();
    }

    /** Start of the open presence interval, if the resident is present. */
    java.util.Optional<LocalDate> mulaiHadirTerbuka(long pendudukId) {
        return jdbc.sql("select mulai from penduduk_hadir where penduduk_id = ? and selesai is null")
                .param(pendudukId).query(LocalDate.class).optional();
    }

    /** Residents counted in a region scope on a day: the basis of figures for any past date. */
    long jumlahHadir(String cakupan, LocalDate pada) {
        return jdbc.sql("select count(*) from penduduk_hadir where (desa_kode = ? or desa_kode like ?) "
                        + "and mulai <= ? and (selesai is null or ? < selesai)")
                .params(cakupan, cakupan + ".%", pada, pada).query(Long.class).single();
    }

    List<Mutasi> riwayat(long pendudukId) {
        return jdbc.sql("select id, penduduk_id, jenis, tanggal_peristiwa, desa_kode, keluarga_asal_id, keluarga_tujuan_id, "
                        + "keterangan, dicatat_oleh, dicatat_pada from mutasi_penduduk where penduduk_id = ? "
                        + "order by tanggal_peristiwa, id")
                .param(pendudukId)
                .query((rs, i) -> new Mutasi(rs.getLong("id"), rs.getLong("penduduk_id"),
                        JenisMutasi.valueOf(rs.getString("jenis")), rs.getObject("tanggal_peristiwa", LocalDate.class),
                        rs.getString("desa_kode"), (Long) rs.getObject("keluarga_asal_id", Long.class),
                        (Long) rs.getObject("keluarga_tujuan_id", Long.class), rs.getString("keterangan"),
                        rs.getString("dicatat_oleh"), rs.getObject("dicatat_pada", OffsetDateTime.class)))
                .list();
    }
}
