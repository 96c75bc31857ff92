package id.pelita.kependudukan.internal;

import id.pelita.akun.Akses;
import id.pelita.akun.PenggunaSaatIni;
import id.pelita.audit.AksiAudit;
import id.pelita.audit.AuditLog;
import id.pelita.inti.GalatValidasi;
import id.pelita.inti.TidakDitemukan;
import id.pelita.kependudukan.AturanNik;
import id.pelita.kependudukan.DaftarPenduduk;
import id.pelita.kependudukan.JenisKelamin;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** {@link DaftarPenduduk} straight on the tables: other modules need a few columns, not the whole record. */
@Service
class DaftarPendudukJdbc implements DaftarPenduduk {

    private static final String KOLOM = "select id, keluarga_id, nik_sandi, nama, jenis_kelamin, tanggal_lahir, desa_kode, "
            + "status_rekam_ktp, disabilitas, status, status_kawin from penduduk ";
    /** Age at which a resident counts as elderly (lansia) for the vulnerable list. */
    static final int UMUR_LANSIA = 60;

    private final JdbcClient jdbc;
    private final CacheStatistik cache;
    private final SandiPdp sandi;
    private final AuditLog audit;
    private final Akses akses;

    DaftarPendudukJdbc(JdbcClient jdbc, SandiPdp sandi, AuditLog audit, Akses akses, CacheStatistik cache) {
        this.cache = cache;
        this.jdbc = jdbc;
        this.sandi = sandi;
        this.audit = audit;
        this.akses = akses;
    }

    @Override
    @Transactional
    public Optional<RingkasPenduduk> cari(long pendudukId) {
        var hasil = jdbc.sql(KOLOM + "where id = ?").param(pendudukId).query((rs, i) -> baris(rs)).optional();
        hasil.ifPresent(p -> audit.catat(AksiAudit.BACA, LayananKependudukan.JENIS_PENDUDUK, String.valueOf(p.id()),
                p.desaKode(), "dibaca modul lain (ringkas, NIK disamarkan)"));
        return hasil;
    }

    @Override
    @Transactional
    public Optional<RingkasPenduduk> cariNik(String nik) {
        if (nik == null || !nik.strip().matches("\\d{16}")) {
            return Optional.empty();
        }
        var hasil = jdbc.sql(KOLOM + "where nik_hash = ?").param(sandi.hash(nik.strip()))
                .query((rs, i) -> baris(rs)).optional();
        hasil.ifPresent(p -> audit.catat(AksiAudit.BACA, LayananKependudukan.JENIS_PENDUDUK, String.valueOf(p.id()),
                p.desaKode(), "dicari dengan NIK oleh modul lain"));
        return hasil;
    }

    @Override
    public List<RingkasPenduduk> lahirSejak(String desaKode, LocalDate lahirSejak) {
        return jdbc.sql(KOLOM + "where desa_kode = ? and status = ? and tanggal_lahir >= ? order by nama_cari, id")
                .params(desaKode, StatusPenduduk.HIDUP.name(), lahirSejak).query((rs, i) -> baris(rs)).list();
    }

    @Override
    public List<RingkasPenduduk> rentan(String desaKode, LocalDate per) {
        return jdbc.sql(KOLOM + "where desa_kode = ? and status = ? and (tanggal_lahir <= ? or disabilitas is not null) "
                        + "order by nama_cari, id")
                .params(desaKode, StatusPenduduk.HIDUP.name(), per.minusYears(UMUR_LANSIA))
                .query((rs, i) -> baris(rs)).list();
    }

    @Override
    public List<RingkasPenduduk> anggotaKeluarga(long keluargaId) {
        return jdbc.sql(KOLOM + "where keluarga_id = ? order by shdk, tanggal_lahir, id").param(keluargaId)
                .query((rs, i) -> baris(rs)).list();
    }

    @Override
    @Transactional
    public void ubahStatusKtp(long pendudukId, int kodeStatusKtp, String keterangan) {
        if (!KodeSiak.sah(KodeSiak.STATUS_REKAM_KTP, kodeStatusKtp)) {
            throw new GalatValidasi("statusRekamKtp", "penduduk.kode.tidak.sah");
        }
        String desa = jdbc.sql("select desa_kode from penduduk where id = ?").param(pendudukId).query(String.class)
                .optional().orElseThrow(() -> new TidakDitemukan("Penduduk " + pendudukId));
        cache.kosongkan();
        jdbc.sql("update penduduk set status_rekam_ktp = ?, diubah_oleh = ?, diubah_pada = ? where id = ?")
                .params(kodeStatusKtp, akses.saatIni().map(PenggunaSaatIni::username).orElse("sistem"),
                        OffsetDateTime.now(), pendudukId).update();
        audit.catat(AksiAudit.UBAH, LayananKependudukan.JENIS_PENDUDUK, String.valueOf(pendudukId), desa,
                "status rekam KTP-el → " + KodeSiak.label(KodeSiak.STATUS_REKAM_KTP, kodeStatusKtp)
                        + (keterangan == null || keterangan.isBlank() ? "" : " (" + keterangan.strip() + ")"));
    }

    private RingkasPenduduk baris(ResultSet rs) throws SQLException {
        return new RingkasPenduduk(rs.getLong("id"), rs.getLong("keluarga_id"),
                AturanNik.samarkan(sandi.buka(rs.getString("nik_sandi"))), rs.getString("nama"),
                JenisKelamin.valueOf(rs.getString("jenis_kelamin").strip()),
                rs.getObject("tanggal_lahir", LocalDate.class), rs.getString("desa_kode"),
                rs.getInt("status_rekam_ktp"), rs.getString("disabilitas"), rs.getString("status"),
                rs.getInt("status_kawin"));
    }
}
