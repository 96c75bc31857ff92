package id.pelita.posyandu.internal.laporan;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** Focus villages (lokus) per year. */
@Repository
class RepositoriLokus {

    record Lokus(long id, int tahun, String desaKode, String kecamatanKode, String dasar, String dibuatOleh) {
    }

    private final JdbcClient jdbc;

    RepositoriLokus(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Focus villages of a year inside a region (village, kecamatan or kabupaten code; all when null). */
    List<Lokus> daftar(int tahun, String cakupan) {
        String sql = "select id, tahun, desa_kode, kecamatan_kode, dasar, dibuat_oleh from lokus_desa where tahun = ?";
        var q = cakupan == null ? jdbc.sql(sql + " order by desa_kode").param(tahun)
                : jdbc.sql(sql + " and (desa_kode = ? or desa_kode like ? or ? like desa_kode || '.%') order by desa_kode")
                .params(tahun, cakupan, cakupan + ".%", cakupan);
        return q.query((rs, i) -> new Lokus(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6))).list();
    }

    Set<String> desa(int tahun, String cakupan) {
        Set<String> hasil = new TreeSet<>();
        daftar(tahun, cakupan).forEach(l -> hasil.add(l.desaKode()));
        return hasil;
    }

    boolean ada(int tahun, String desaKode) {
        return jdbc.sql("select count(*) from lokus_desa where tahun = ? and desa_kode = ?").params(tahun, desaKode)
                .query(Long.class).single() > 0;
    }

    void simpan(int tahun, String desaKode, String kecamatanKode, String dasar, String oleh, Instant kini) {
        jdbc.sql("insert into lokus_desa (tahun, desa_kode, kecamatan_kode, dasar, dibuat_oleh, dibuat_pada) "
                        + "values (?,?,?,?,?,?)")
                .params(tahun, desaKode, kecamatanKode, dasar, oleh, kini.atOffset(ZoneOffset.UTC)).update();
    }

    Optional<Lokus> cari(long id) {
        return jdbc.sql("select id, tahun, desa_kode, kecamatan_kode, dasar, dibuat_oleh from lokus_desa where id = ?")
                .param(id).query((rs, i) -> new Lokus(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6))).optional();
    }

    void hapus(long id) {
        jdbc.sql("delete from lokus_desa where id = ?").param(id).update();
    }
}
