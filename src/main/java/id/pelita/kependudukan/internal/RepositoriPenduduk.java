package id.pelita.kependudukan.internal;

import id.pelita.kependudukan.JenisKelamin;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Table {@code penduduk}; the NIK is encrypted at rest and found by its keyed hash. */
@Repository
class RepositoriPenduduk {

    private static final String KOLOM = "select id, nik_sandi, keluarga_id, desa_kode, nama, jenis_kelamin, tempat_lahir, "
            + "tanggal_lahir, agama, pendidikan, pekerjaan, status_kawin, shdk, golongan_darah, disabilitas, "
            + "status_rekam_ktp, kewarganegaraan, telepon, status from penduduk ";

    private final JdbcClient jdbc;
    private final CacheStatistik cache;
    private final SandiPdp sandi;

    RepositoriPenduduk(JdbcClient jdbc, SandiPdp sandi, CacheStatistik cache) {
        this.cache = cache;
        this.jdbc = jdbc;
        this.sandi = sandi;
    }

    Optional<Penduduk> cari(long id) {
        return jdbc.sql(KOLOM + "where id = ?").param(id).query((rs, i) -> baris(rs)).optional();
    }

    /** Village where a NIK is already recorded, other than resident {@code kecuali} (null: none excepted). */
    Optional<String> desaDenganNik(String nik, Long kecuali) {
        return jdbc.sql("select desa_kode from penduduk where nik_hash = ? and id <> ?")
                .params(sandi.hash(nik), kecuali == null ? -1L : kecuali).query(String.class).optional();
    }

    /** Residents by NIK lookup hash (imports look rows up in chunks), keyed by the hash. */
    java.util.Map<String, Penduduk> cariNikHash(java.util.Collection<String> hash) {
        java.util.Map<String, Penduduk> hasil = new java.util.HashMap<>();
        if (hash.isEmpty()) {
            return hasil;
        }
        String tanda = String.join(", ", java.util.Collections.nCopies(hash.size(), "?"));
        jdbc.sql(KOLOM.replace("select id,", "select nik_hash, id,") + "where nik_hash in (" + tanda + ")")
                .params(List.copyOf(hash)).query(rs -> {
                    hasil.put(rs.getString("nik_hash"), baris(rs));
                });
        return hasil;
    }

    /**
     * Living residents of a region scope (village or larger) with their family card, in village, family and
     * relationship order, handed one by one to {@code tiap} (an export streams them, never a list in memory).
     */
    void untukEkspor(String cakupan, java.util.function.BiConsumer<Penduduk, Keluarga> tiap) {
        String sql = "select p.id, p.nik_sandi, p.keluarga_id, p.desa_kode, p.nama, p.jenis_kelamin, p.tempat_lahir, "
                + "p.tanggal_lahir, p.agama, p.pendidikan, p.pekerjaan, p.status_kawin, p.shdk, p.golongan_darah, "
                + "p.disabilitas, p.status_rekam_ktp, p.kewarganegaraan, p.telepon, p.status, k.no_kk_sandi, k.alamat, "
                + "k.rt, k.rw, k.kepala_id from penduduk p join keluarga k on k.id = p.keluarga_id "
                + "where p.status = 'HIDUP' and (p.desa_kode = ? or p.desa_kode like ?) "
                + "order by p.desa_kode, p.keluarga_id, p.shdk, p.tanggal_lahir, p.id";
        jdbc.sql(sql).params(cakupan, cakupan + ".%").query(rs -> {
            Penduduk p = baris(rs);
            long kepala = rs.getLong("kepala_id");
            tiap.accept(p, new Keluarga(p.keluargaId(), sandi.buka(rs.getString("no_kk_sandi")), p.desaKode(),
                    rs.getString("alamat"), rs.getString("rt"), rs.getString("rw"), rs.wasNull() ? null : kepala));
        });
    }

    List<Penduduk> anggota(long keluargaId) {
        return jdbc.sql(KOLOM + "where keluarga_id = ? order by shdk, tanggal_lahir, id").param(keluargaId)
                .query((rs, i) -> baris(rs)).list();
    }

    /**
     * Residents inside a region scope (a village, kecamatan or kabupaten code; null = everywhere), by exact NIK
     * (16 digits) or by part of the name, name order.
     */
    List<Penduduk> cari(String cakupan, String kataKunci, int batas) {
        StringBuilder sql = new StringBuilder(KOLOM).append("where 1 = 1");
        List<Object> param = new ArrayList<>();
        if (cakupan != null) {
            sql.append(" and (desa_kode = ? or desa_kode like ?)");
            param.add(cakupan);
            param.add(cakupan + ".%");
        }
        String q = kataKunci == null ? "" : kataKunci.strip();
        if (q.matches("\\d{16}")) {
            sql.append(" and nik_hash = ?");
            param.add(sandi.hash(q));
        } else if (!q.isEmpty()) {
            sql.append(" and nama_cari like ?");
            param.add("%" + namaCari(q).replace("%", "").replace("_", "") + "%");
        }
        sql.append(" order by nama_cari, id limit ").append(Math.max(1, Math.min(batas, 500)));
        return jdbc.sql(sql.toString()).params(param).query((rs, i) -> baris(rs)).list();
    }

    long simpanBaru(FormPenduduk f, long keluargaId, String desaKode, String oleh, OffsetDateTime waktu) {
        var kunci = new GeneratedKeyHolder();
        cache.kosongkan();
        jdbc.sql("insert into penduduk (nik_sandi, nik_hash, keluarga_id, desa_kode, nama, nama_cari, jenis_kelamin, "
                        + "tempat_lahir, tanggal_lahir, agama, pendidikan, pekerjaan, status_kawin, shdk, golongan_darah, "
                        + "disabilitas, status_rekam_ktp, kewarganegaraan, telepon, status, dibuat_oleh, dibuat_pada) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(sandi.sandikan(f.getNik()), sandi.hash(f.getNik()), keluargaId, desaKode, f.getNama(),
                        namaCari(f.getNama()), f.getJenisKelamin().name(), f.getTempatLahir(), f.getTanggalLahir(),
                        f.getAgama(), f.getPendidikan(), f.getPekerjaan(), f.getStatusKawin(), f.getShdk(),
                        f.getGolonganDarah(), f.getDisabilitas() == null ? null : f.getDisabilitas().name(),
                        f.getStatusRekamKtp(), f.getKewarganegaraan(), f.getTelepon(), StatusPenduduk.HIDUP.name(), oleh,
                        waktu)
                .update(kunci, "id");
        return kunci.getKey().longValue();
    }

    void ubah(long id, FormPenduduk f, String oleh, OffsetDateTime waktu) {
        cache.kosongkan();
        jdbc.sql("update penduduk set nik_sandi = ?, nik_hash = ?, nama = ?, nama_cari = ?, jenis_kelamin = ?, "
                        + "tempat_lahir = ?, tanggal_lahir = ?, agama = ?, pendidikan = ?, pekerjaan = ?, status_kawin = ?, "
                        + "shdk = ?, golongan_darah = ?, disabilitas = ?, status_rekam_ktp = ?, kewarganegaraan = ?, "
                        + "telepon = ?, diubah_oleh = ?, diubah_pada = ? where id = ?")
                .params(sandi.sandikan(f.getNik()), sandi.hash(f.getNik()), f.getNama(), namaCari(f.getNama()),
                        f.getJenisKelamin().name(), f.getTempatLahir(), f.getTanggalLahir(), f.getAgama(),
                        f.getPendidikan(), f.getPekerjaan(), f.getStatusKawin(), f.getShdk(), f.getGolonganDarah(),
                        f.getDisabilitas() == null ? null : f.getDisabilitas().name(), f.getStatusRekamKtp(),
                        f.getKewarganegaraan(), f.getTelepon(), oleh, waktu, id)
                .update();
    }

    void aturStatus(long id, StatusPenduduk status, String oleh, OffsetDateTime waktu) {
        cache.kosongkan();
        jdbc.sql("update penduduk set status = ?, diubah_oleh = ?, diubah_pada = ? where id = ?")
                .params(status.name(), oleh, waktu, id).update();
    }

    void pindahKeluarga(long id, long keluargaId, int shdk, String oleh, OffsetDateTime waktu) {
        cache.kosongkan();
        jdbc.sql("update penduduk set keluarga_id = ?, shdk = ?, diubah_oleh = ?, diubah_pada = ? where id = ?")
                .params(keluargaId, shdk, oleh, waktu, id).update();
    }

    /** Lower case with single spaces: searches ignore case the same way on H2 and PostgreSQL. */
    static String namaCari(String nama) {
        return nama.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private Penduduk baris(ResultSet rs) throws SQLException {
        String dis = rs.getString("disabilitas");
        return new Penduduk(rs.getLong("id"), sandi.buka(rs.getString("nik_sandi")), rs.getLong("keluarga_id"),
                rs.getString("desa_kode"), rs.getString("nama"), JenisKelamin.valueOf(rs.getString("jenis_kelamin").strip()),
                rs.getString("tempat_lahir"), rs.getObject("tanggal_lahir", java.time.LocalDate.class),
                rs.getInt("agama"), rs.getInt("pendidikan"), rs.getInt("pekerjaan"), rs.getInt("status_kawin"),
                rs.getInt("shdk"), rs.getInt("golongan_darah"), dis == null ? null : Disabilitas.valueOf(dis),
                rs.getInt("status_rekam_ktp"), rs.getInt("kewarganegaraan"), rs.getString("telepon"),
                StatusPenduduk.valueOf(rs.getString("status")));
    }
}
