package id.pelita.posyandu.internal;

import id.pelita.posyandu.internal.Model.Anak;
import id.pelita.posyandu.internal.Model.Ibu;
import id.pelita.posyandu.internal.Model.Intervensi;
import id.pelita.posyandu.internal.Model.Jadwal;
import id.pelita.posyandu.internal.Model.Posyandu;
import id.pelita.posyandu.internal.Model.Rujukan;
import id.pelita.posyandu.internal.Model.Sesi;
import id.pelita.posyandu.internal.Model.Ukur;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** SQL of the posyandu tables (V72). */
@Repository
class RepositoriPosyandu {

    private final JdbcClient jdbc;

    RepositoriPosyandu(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- posyandu, cadres, schedule

    private static final RowMapper<Posyandu> POSYANDU = (rs, i) -> new Posyandu(rs.getLong("id"),
            rs.getString("desa_kode"), rs.getString("nama"), rs.getString("rt"), rs.getString("rw"),
            rs.getString("alamat"), rs.getBoolean("aktif"));

    long simpanPosyandu(String desaKode, String nama, String rt, String rw, String alamat, String oleh,
                        OffsetDateTime kini) {
        var kunci = new GeneratedKeyHolder();
        jdbc.sql("insert into posyandu (desa_kode, nama, rt, rw, alamat, aktif, dibuat_oleh, dibuat_pada) "
                        + "values (?, ?, ?, ?, ?, true, ?, ?)")
                .params(desaKode, nama, rt, rw, alamat, oleh, kini).update(kunci, "id");
        return kunci.getKey().longValue();
    }

    Optional<Posyandu> posyandu(long id) {
        return jdbc.sql("select * from posyandu where id = ?").param(id).query(POSYANDU).optional();
    }

    List<Posyandu> posyanduDesa(String desaKode) {
        return jdbc.sql("select * from posyandu where desa_kode = ? and aktif order by nama").param(desaKode)
                .query(POSYANDU).list();
    }

    /** Posyandu whose village code starts with {@code awalan} (a kecamatan or kabupaten scope), by village. */
    List<Posyandu> posyanduDalam(String awalan) {
        return jdbc.sql("select * from posyandu where desa_kode like ? and aktif order by desa_kode, nama")
                .param(awalan + "%").query(POSYANDU).list();
    }

    Optional<Posyandu> posyanduNama(String desaKode, String nama) {
        return jdbc.sql("select * from posyandu where desa_kode = ? and nama = ?").params(desaKode, nama)
                .query(POSYANDU).optional();
    }

    void tambahKader(long posyanduId, String username, boolean ketua) {
        if (jdbc.sql("select count(*) from kader_posyandu where posyandu_id = ? and username = ?")
                .params(posyanduId, username).query(Long.class).single() == 0) {
            jdbc.sql("insert into kader_posyandu (posyandu_id, username, ketua) values (?, ?, ?)")
                    .params(posyanduId, username, ketua).update();
        }
    }

    List<String> kader(long posyanduId) {
        return jdbc.sql("select username from kader_posyandu where posyandu_id = ? order by ketua desc, username")
                .param(posyanduId).query(String.class).list();
    }

    private static final RowMapper<Jadwal> JADWAL = (rs, i) -> new Jadwal(rs.getLong("id"), rs.getLong("posyandu_id"),
            rs.getObject("tanggal", LocalDate.class), rs.getObject("jam_mulai", LocalTime.class),
            rs.getObject("jam_selesai", LocalTime.class), rs.getString("tempat"), rs.getString("keterangan"),
            rs.getBoolean("dibatalkan"));

    long simpanJadwal(long posyanduId, LocalDate tanggal, LocalTime mulai, LocalTime selesai, String tempat,
                      String keterangan, String oleh, OffsetDateTime kini) {
        Optional<Jadwal> ada = jdbc.sql("select * from jadwal_posyandu where posyandu_id = ? and tanggal = ?")
                .params(posyanduId, tanggal).query(JADWAL).optional();
        if (ada.isPresent()) {
            jdbc.sql("update jadwal_posyandu set jam_mulai = ?, jam_selesai = ?, tempat = ?, keterangan = ?, "
                    + "dibatalkan = false where id = ?").params(mulai, selesai, tempat, keterangan, ada.get().id())
                    .update();
            return ada.get().id();
        }
        var kunci = new GeneratedKeyHolder();
        jdbc.sql("insert into jadwal_posyandu (posyandu_id, tanggal, jam_mulai, jam_selesai, tempat, keterangan, "
                        + "dibatalkan, dibuat_oleh, dibuat_pada) values (?, ?, ?, ?, ?, ?, false, ?, ?)")
                .params(posyanduId, tanggal, mulai, selesai, tempat, keterangan, oleh, kini).update(kunci, "id");
        return kunci.getKey().longValue();
    }

    List<Jadwal> jadwal(long posyanduId, LocalDate sejak) {
        return jdbc.sql("select * from jadwal_posyandu where posyandu_id = ? and tanggal >= ? order by tanggal")
                .params(posyanduId, sejak).query(JADWAL).list();
    }

    Optional<Jadwal> jadwalPada(long posyanduId, LocalDate tanggal) {
        return jdbc.sql("select * from jadwal_posyandu where posyandu_id = ? and tanggal = ?")
                .params(posyanduId, tanggal).query(JADWAL).optional();
    }

    // ---- KIA book: mothers and children

    private static Long panjang(ResultSet rs, String kolom) throws SQLException {
        long v = rs.getLong(kolom);
        return rs.wasNull() ? null : v;
    }

    private static final RowMapper<Ibu> IBU = (rs, i) -> new Ibu(rs.getLong("id"), rs.getString("desa_kode"),
            panjang(rs, "posyandu_id"), panjang(rs, "penduduk_id"), rs.getString("nama"),
            rs.getObject("tanggal_lahir", LocalDate.class), rs.getString("telepon"), rs.getString("no_buku_kia"),
            rs.getObject("buku_diserahkan_pada", LocalDate.class));

    private static final RowMapper<Anak> ANAK = (rs, i) -> new Anak(rs.getLong("id"), rs.getString("desa_kode"),
            panjang(rs, "posyandu_id"), panjang(rs, "ibu_id"), panjang(rs, "penduduk_id"), rs.getString("nama"),
            rs.getString("jenis_kelamin"), rs.getObject("tanggal_lahir", LocalDate.class));

    long simpanIbu(String desaKode, Long posyanduId, Long pendudukId, String nama, LocalDate lahir, String telepon,
                   String oleh, OffsetDateTime kini) {
        var kunci = new GeneratedKeyHolder();
        jdbc.sql("insert into ibu_kia (desa_kode, posyandu_id, penduduk_id, nama, tanggal_lahir, telepon, "
                        + "dibuat_oleh, dibuat_pada) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(desaKode, posyanduId, pendudukId, nama, lahir, telepon, oleh, kini).update(kunci, "id");
        return kunci.getKey().longValue();
    }

    Optional<Ibu> ibu(long id) {
        return jdbc.sql("select * from ibu_kia where id = ?").param(id).query(IBU).optional();
    }

    Optional<Ibu> ibuPenduduk(long pendudukId) {
        return jdbc.sql("select * from ibu_kia where penduduk_id = ?").param(pendudukId).query(IBU).optional();
    }

    List<Ibu> ibuDesa(String desaKode) {
        return jdbc.sql("select * from ibu_kia where desa_kode = ? order by nama").param(desaKode).query(IBU).list();
    }

    boolean nomorBukuDipakai(String nomor, long kecualiIbu) {
        return jdbc.sql("select count(*) from ibu_kia where no_buku_kia = ? and id <> ?").params(nomor, kecualiIbu)
                .query(Long.class).single() > 0;
    }

    void serahkanBuku(long ibuId, String nomor, LocalDate tanggal, String oleh, OffsetDateTime kini) {
        jdbc.sql("update ibu_kia set no_buku_kia = ?, buku_diserahkan_pada = ?, buku_diserahkan_oleh = ?, "
                + "diubah_pada = ? where id = ?").params(nomor, tanggal, oleh, kini, ibuId).update();
    }

    /** Mothers of the village with a child under 6 on {@code per} who have no KIA book yet. */
    List<Ibu> ibuTanpaBuku(String desaKode, LocalDate per) {
        return jdbc.sql("select * from ibu_kia i where i.desa_kode = ? and i.no_buku_kia is null and exists ("
                        + "select 1 from anak_kia a where a.ibu_id = i.id and a.tanggal_lahir > ?) order by i.nama")
                .params(desaKode, per.minusYears(6)).query(IBU).list();
    }

    long simpanAnak(String desaKode, Long posyanduId, Long ibuId, Long pendudukId, String nama, String jk,
                    LocalDate lahir, BigDecimal beratLahir, BigDecimal panjangLahir, String oleh,
                    OffsetDateTime kini) {
        var kunci = new GeneratedKeyHolder();
        jdbc.sql("insert into anak_kia (desa_kode, posyandu_id, ibu_id, penduduk_id, nama, jenis_kelamin, "
                        + "tanggal_lahir, berat_lahir_kg, panjang_lahir_cm, dibuat_oleh, dibuat_pada) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(desaKode, posyanduId, ibuId, pendudukId, nama, jk, lahir, beratLahir, panjangLahir, oleh,
                        kini).update(kunci, "id");
        return kunci.getKey().longValue();
    }

    Optional<Anak> anak(long id) {
        return jdbc.sql("select * from anak_kia where id = ?").param(id).query(ANAK).optional();
    }

    Optional<Anak> anakPenduduk(long pendudukId) {
        return jdbc.sql("select * from anak_kia where penduduk_id = ?").param(pendudukId).query(ANAK).optional();
    }

    List<Anak> anakDesa(String desaKode) {
        return jdbc.sql("select * from anak_kia where desa_kode = ? order by tanggal_lahir desc, nama")
                .param(desaKode).query(ANAK).list();
    }

    List<Anak> anakIbu(long ibuId) {
        return jdbc.sql("select * from anak_kia where ibu_id = ? order by tanggal_lahir").param(ibuId).query(ANAK)
                .list();
    }

    /** Children of the village born after {@code lahirSetelah} for a session of this posyandu, by name. */
    List<Anak> balitaSesi(String desaKode, long posyanduId, LocalDate lahirSetelah) {
        return jdbc.sql("select * from anak_kia where desa_kode = ? and (posyandu_id is null or posyandu_id = ?) "
                        + "and tanggal_lahir > ? order by nama")
                .params(desaKode, posyanduId, lahirSetelah).query(ANAK).list();
    }

    void tautkanAnak(long anakId, long pendudukId, String nama, OffsetDateTime kini) {
        jdbc.sql("update anak_kia set penduduk_id = ?, nama = ?, diubah_pada = ? where id = ?")
                .params(pendudukId, nama, kini, anakId).update();
    }

    void aturIbuAnak(long anakId, long ibuId) {
        jdbc.sql("update anak_kia set ibu_id = ? where id = ?").params(ibuId, anakId).update();
    }

    // ---- sessions and attendance

    private static final RowMapper<Sesi> SESI = (rs, i) -> new Sesi(rs.getLong("id"), rs.getLong("posyandu_id"),
            panjang(rs, "jadwal_id"), rs.getObject("tanggal", LocalDate.class), rs.getString("status"),
            rs.getString("catatan"), rs.getObject("laporan_dikirim_pada", OffsetDateTime.class));

    Optional<Sesi> sesi(long id) {
        return jdbc.sql("select * from sesi_posyandu where id = ?").param(id).query(SESI).optional();
    }

    Optional<Sesi> sesiPada(long posyanduId, LocalDate tanggal) {
        return jdbc.sql("select * from sesi_posyandu where posyandu_id = ? and tanggal = ?")
                .params(posyanduId, tanggal).query(SESI).optional();
    }

    List<Sesi> sesiPosyandu(long posyanduId, int batas) {
        return jdbc.sql("select * from sesi_posyandu where posyandu_id = ? order by tanggal desc fetch first "
                + batas + " rows only").param(posyanduId).query(SESI).list();
    }

    long bukaSesi(long posyanduId, Long jadwalId, LocalDate tanggal, String oleh, OffsetDateTime kini) {
        var kunci = new GeneratedKeyHolder();
        jdbc.sql("insert into sesi_posyandu (posyandu_id, jadwal_id, tanggal, status, dibuka_oleh, dibuka_pada) "
                        + "values (?, ?, ?, 'BUKA', ?, ?)")
                .params(posyanduId, jadwalId, tanggal, oleh, kini).update(kunci, "id");
        return kunci.getKey().longValue();
    }

    void tutupSesi(long sesiId, String catatan, String oleh, OffsetDateTime kini) {
        jdbc.sql("update sesi_posyandu set status = 'SELESAI', catatan = ?, ditutup_oleh = ?, ditutup_pada = ?, "
                + "laporan_dikirim_pada = ? where id = ?").params(catatan, oleh, kini, kini, sesiId).update();
    }

    void catatHadir(long sesiId, long anakId, boolean hadir, boolean bawaBuku, String oleh, OffsetDateTime kini) {
        int n = jdbc.sql("update kehadiran_posyandu set hadir = ?, bawa_buku_kia = ?, dicatat_oleh = ?, "
                + "dicatat_pada = ? where sesi_id = ? and anak_id = ?")
                .params(hadir, bawaBuku, oleh, kini, sesiId, anakId).update();
        if (n == 0) {
            jdbc.sql("insert into kehadiran_posyandu (sesi_id, anak_id, hadir, bawa_buku_kia, dicatat_oleh, "
                    + "dicatat_pada) values (?, ?, ?, ?, ?, ?)").params(sesiId, anakId, hadir, bawaBuku, oleh, kini)
                    .update();
        }
    }

    /** Children marked present at the session. */
    List<Long> hadir(long sesiId) {
        return jdbc.sql("select anak_id from kehadiran_posyandu where sesi_id = ? and hadir").param(sesiId)
                .query(Long.class).list();
    }

    // ---- measurements

    private static BigDecimal angka(Double d) {
        return d == null ? null : BigDecimal.valueOf(d);
    }

    private static Integer bulat(ResultSet rs, String kolom) throws SQLException {
        int v = rs.getInt(kolom);
        return rs.wasNull() ? null : v;
    }

    private static final RowMapper<Ukur> UKUR = (rs, i) -> new Ukur(rs.getLong("id"), rs.getLong("sesi_id"),
            rs.getLong("anak_id"), rs.getObject("tanggal_ukur", LocalDate.class), rs.getInt("umur_hari"),
            rs.getInt("umur_bulan"), rs.getBigDecimal("berat_kg"), rs.getBigDecimal("panjang_cm"),
            rs.getString("cara_ukur"), rs.getBigDecimal("lingkar_kepala_cm"), rs.getBigDecimal("lila_cm"),
            rs.getBoolean("edema"), rs.getBoolean("vitamin_a"), rs.getString("imunisasi"),
            rs.getBigDecimal("panjang_dipakai_cm"), rs.getBigDecimal("imt"), rs.getBigDecimal("zlen"),
            rs.getBigDecimal("zwei"), rs.getBigDecimal("zwfl"), rs.getBigDecimal("zbmi"),
            rs.getString("kategori_tbu"), rs.getString("kategori_bbu"), rs.getString("kategori_bbtb"),
            rs.getString("kategori_imtu"), rs.getString("kenaikan"), bulat(rs, "kenaikan_gram"),
            bulat(rs, "kbm_gram"), rs.getString("bendera"));

    Optional<Ukur> ukurSesi(long sesiId, long anakId) {
        return jdbc.sql("select * from pengukuran_anak where sesi_id = ? and anak_id = ?").params(sesiId, anakId)
                .query(UKUR).optional();
    }

    List<Ukur> ukurSesi(long sesiId) {
        return jdbc.sql("select * from pengukuran_anak where sesi_id = ?").param(sesiId).query(UKUR).list();
    }

    /** A child's measurements by date. */
    List<Ukur> riwayat(long anakId) {
        return jdbc.sql("select * from pengukuran_anak where anak_id = ? order by tanggal_ukur").param(anakId)
                .query(UKUR).list();
    }

    /** The child's last weighing before {@code tanggal}. */
    Optional<Ukur> timbangSebelum(long anakId, LocalDate tanggal) {
        return jdbc.sql("select * from pengukuran_anak where anak_id = ? and tanggal_ukur < ? and berat_kg is not null "
                + "order by tanggal_ukur desc fetch first 1 rows only").params(anakId, tanggal).query(UKUR).optional();
    }

    /** Inserts or (same child, same session) updates; returns the id and whether it was an update. */
    long[] simpanUkur(Ukur u, String oleh, OffsetDateTime kini) {
        Optional<Ukur> ada = ukurSesi(u.sesiId(), u.anakId());
        Object[] nilai = {u.tanggalUkur(), u.umurHari(), u.umurBulan(), u.beratKg(), u.panjangCm(), u.caraUkur(),
                u.lingkarKepalaCm(), u.lilaCm(), u.edema(), u.vitaminA(), u.imunisasi(), u.panjangDipakaiCm(),
                u.imt(), u.zlen(), u.zwei(), u.zwfl(), u.zbmi(), u.kategoriTbu(), u.kategoriBbu(), u.kategoriBbtb(),
                u.kategoriImtu(), u.kenaikan(), u.kenaikanGram(), u.kbmGram(), u.bendera()};
        String kolom = "tanggal_ukur, umur_hari, umur_bulan, berat_kg, panjang_cm, cara_ukur, lingkar_kepala_cm, "
                + "lila_cm, edema, vitamin_a, imunisasi, panjang_dipakai_cm, imt, zlen, zwei, zwfl, zbmi, "
                + "kategori_tbu, kategori_bbu, kategori_bbtb, kategori_imtu, kenaikan, kenaikan_gram, kbm_gram, bendera";
        if (ada.isPresent()) {
            String set = String.join(" = ?, ", kolom.split(",\\s*")) + " = ?, diubah_oleh = ?, diubah_pada = ?";
            jdbc.sql("update pengukuran_anak set " + set + " where id = ?")
                    .params(gabung(nilai, oleh, kini, ada.get().id())).update();
            return new long[] {ada.get().id(), 1};
        }
        var kunci = new GeneratedKeyHolder();
        jdbc.sql("insert into pengukuran_anak (sesi_id, anak_id, " + kolom + ", dicatat_oleh, dicatat_pada) values ("
                        + "?, ?, " + "?, ".repeat(nilai.length) + "?, ?)")
                .params(gabung(new Object[] {u.sesiId(), u.anakId()}, gabung(nilai, oleh, kini)))
                .update(kunci, "id");
        return new long[] {kunci.getKey().longValue(), 0};
    }

    private static Object[] gabung(Object[] a, Object... b) {
        Object[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    // ---- referrals and interventions

    private static final RowMapper<Rujukan> RUJUKAN = (rs, i) -> new Rujukan(rs.getLong("id"), rs.getLong("anak_id"),
            rs.getLong("pengukuran_id"), rs.getString("alasan"), rs.getString("nomor_berkas"),
            rs.getObject("dibuat_pada", OffsetDateTime.class));

    List<Rujukan> rujukan(long anakId) {
        return jdbc.sql("select * from rujukan_stunting where anak_id = ? order by id desc").param(anakId)
                .query(RUJUKAN).list();
    }

    List<Rujukan> rujukanPengukuran(Collection<Long> pengukuranId) {
        if (pengukuranId.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select * from rujukan_stunting where pengukuran_id in (:id)").param("id", pengukuranId)
                .query(RUJUKAN).list();
    }

    void simpanRujukan(long anakId, long pengukuranId, String alasan, String nomor, OffsetDateTime kini) {
        jdbc.sql("insert into rujukan_stunting (anak_id, pengukuran_id, alasan, nomor_berkas, dibuat_pada) "
                + "values (?, ?, ?, ?, ?)").params(anakId, pengukuranId, alasan, nomor, kini).update();
    }

    private static final RowMapper<Intervensi> INTERVENSI = (rs, i) -> new Intervensi(rs.getLong("id"),
            rs.getLong("anak_id"), rs.getString("jenis"), rs.getString("uraian"), rs.getBigDecimal("jumlah"),
            rs.getString("satuan"), rs.getInt("lama_hari"), rs.getObject("mulai", LocalDate.class),
            rs.getString("pemberi"), rs.getString("nomor_berkas"));

    long simpanIntervensi(long anakId, String jenis, String uraian, BigDecimal jumlah, String satuan, int lamaHari,
                          LocalDate mulai, String pemberi, String nomorBerkas, String oleh, OffsetDateTime kini) {
        var kunci = new GeneratedKeyHolder();
        jdbc.sql("insert into intervensi_anak (anak_id, jenis, uraian, jumlah, satuan, lama_hari, mulai, pemberi, "
                        + "nomor_berkas, dicatat_oleh, dicatat_pada) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(anakId, jenis, uraian, jumlah, satuan, lamaHari, mulai, pemberi, nomorBerkas, oleh, kini)
                .update(kunci, "id");
        return kunci.getKey().longValue();
    }

    List<Intervensi> intervensi(long anakId) {
        return jdbc.sql("select * from intervensi_anak where anak_id = ? order by mulai desc, id desc").param(anakId)
                .query(INTERVENSI).list();
    }

    static BigDecimal desimal(Double d) {
        return angka(d);
    }
}
