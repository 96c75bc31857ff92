package id.pelita.kependudukan.internal;

import id.pelita.audit.AksiAudit;
import id.pelita.audit.AuditLog;
import id.pelita.inti.GalatValidasi;
import org.springframework.jdbc.core.ArgumentPreparedStatementSetter;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fast path of an import for new residents: the rows {@link LayananKependudukan#buatKeluarga} and
 * {@link LayananKependudukan#tambahAnggota} would write (family, resident, arrival event, presence interval, audit
 * rows, entries of the village's open TAJUK RETEH submission waiting for verification), written for a whole
 * batch of rows in a few JDBC batches instead of ~10 round trips per row. The register checks were done by the
 * analysis in bulk (NIK/KK hashes); the same in-memory checks as the service run here, and any row they refuse
 * makes the batch fail ({@link Gagal}) so the caller redoes it row by row through the service, which reports
 * the exact reason. A NIK or KK saved by someone else in the meantime hits the unique indexes the same way.
 */
@Component
class PenulisImpor {

    /** The batch could not be written in bulk (nothing of it is kept once the transaction rolls back). */
    static final class Gagal extends RuntimeException {
        Gagal() {
            super(null, null, false, false);
        }
    }

    private final JdbcTemplate jdbc;
    private final SandiPdp sandi;
    private final PemeriksaIsian periksa;
    private final LayananPengajuan pengajuan;
    private final AuditLog audit;
    private final Clock jam;
    private final CacheStatistik cache;

    PenulisImpor(JdbcTemplate jdbc, SandiPdp sandi, PemeriksaIsian periksa, LayananPengajuan pengajuan,
                 AuditLog audit, Clock jam, CacheStatistik cache) {
        this.cache = cache;
        this.jdbc = jdbc;
        this.sandi = sandi;
        this.periksa = periksa;
        this.pengajuan = pengajuan;
        this.audit = audit;
        this.jam = jam;
    }

    /**
     * Writes new rows ({@code aksi} BARU, heads of new families before their members) into {@code desa}, in the
     * caller's transaction. {@code keluargaBerkas} (KK number -> family id of families created by this import)
     * is filled for the heads written here. Returns the number of new families.
     */
    int tulis(List<BarisImpor> baris, String desa, String oleh, Map<String, Long> keluargaBerkas) {
        if (baris.isEmpty()) {
            return 0;
        }
        // Batched inserts into residents, events and presence intervals: published figures may change.
        cache.kosongkan();
        for (BarisImpor b : baris) {
            periksa(b);
        }
        OffsetDateTime kini = OffsetDateTime.now(jam).truncatedTo(ChronoUnit.MICROS);
        long pengajuanId = pengajuan.terbukaTerkunci(desa, oleh);

        // Families of the heads.
        List<BarisImpor> kepala = baris.stream().filter(b -> b.kepalaBaru).toList();
        List<Long> keluargaId = sisipkan("insert into keluarga (no_kk_sandi, no_kk_hash, desa_kode, alamat, rt, rw, "
                + "dibuat_oleh, dibuat_pada) values (?, ?, ?, ?, ?, ?, ?, ?)", kepala.stream().map(b -> new Object[] {
                sandi.sandikan(b.noKk), sandi.hash(b.noKk), desa, b.alamat, FormKeluargaBaru.tigaAngka(b.rt),
                FormKeluargaBaru.tigaAngka(b.rw), oleh, kini}).toList());
        Map<String, Long> baru = new LinkedHashMap<>();
        for (int i = 0; i < kepala.size(); i++) {
            baru.put(kepala.get(i).noKk, keluargaId.get(i));
        }
        long[] keluarga = new long[baris.size()];
        for (int i = 0; i < baris.size(); i++) {
            BarisImpor b = baris.get(i);
            Long k = b.kepalaBaru ? baru.get(b.noKk)
                    : b.keluargaId != null ? b.keluargaId : baru.getOrDefault(b.noKk, keluargaBerkas.get(b.noKk));
            if (k == null) {
                throw new Gagal();
            }
            keluarga[i] = k;
        }

        // Residents.
        List<Object[]> penduduk = new ArrayList<>(baris.size());
        for (int i = 0; i < baris.size(); i++) {
            FormAnggota f = baris.get(i).form;
            penduduk.add(new Object[] {sandi.sandikan(f.getNik()), sandi.hash(f.getNik()), keluarga[i], desa,
                    f.getNama(), RepositoriPenduduk.namaCari(f.getNama()), f.getJenisKelamin().name(),
                    f.getTempatLahir(), f.getTanggalLahir(), f.getAgama(), f.getPendidikan(), f.getPekerjaan(),
                    f.getStatusKawin(), f.getShdk(), f.getGolonganDarah(),
                    f.getDisabilitas() == null ? null : f.getDisabilitas().name(), f.getStatusRekamKtp(),
                    f.getKewarganegaraan(), f.getTelepon(), StatusPenduduk.HIDUP.name(), oleh, kini});
        }
        List<Long> pendudukId = sisipkan("insert into penduduk (nik_sandi, nik_hash, keluarga_id, desa_kode, nama, "
                + "nama_cari, jenis_kelamin, tempat_lahir, tanggal_lahir, agama, pendidikan, pekerjaan, status_kawin, "
                + "shdk, golongan_darah, disabilitas, status_rekam_ktp, kewarganegaraan, telepon, status, dibuat_oleh, "
                + "dibuat_pada) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", penduduk);
        List<Object[]> aturKepala = new ArrayList<>();
        for (int i = 0; i < baris.size(); i++) {
            if (baris.get(i).kepalaBaru) {
                aturKepala.add(new Object[] {pendudukId.get(i), keluarga[i]});
            }
        }
        jdbc.batchUpdate("update keluarga set kepala_id = ? where id = ?", aturKepala);

        // Arrival events (birth, or the day a newcomer came), waiting for verification like hand-keyed ones.
        List<Object[]> mutasi = new ArrayList<>(baris.size());
        LocalDate[] mulai = new LocalDate[baris.size()];
        for (int i = 0; i < baris.size(); i++) {
            FormAnggota f = baris.get(i).form;
            mulai[i] = f.getSebab() == JenisMutasi.DATANG ? f.getTanggalDatang() : f.getTanggalLahir();
            mutasi.add(new Object[] {pendudukId.get(i), f.getSebab().name(), mulai[i], desa, null, keluarga[i], null,
                    oleh, kini, pengajuanId});
        }
        List<Long> mutasiId = sisipkan("insert into mutasi_penduduk (penduduk_id, jenis, tanggal_peristiwa, desa_kode, "
                + "keluarga_asal_id, keluarga_tujuan_id, keterangan, dicatat_oleh, dicatat_pada, pengajuan_id, "
                + "terverifikasi) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, false)", mutasi);
        List<Object[]> hadir = new ArrayList<>(baris.size());
        for (int i = 0; i < baris.size(); i++) {
            hadir.add(new Object[] {pendudukId.get(i), keluarga[i], desa, mulai[i], mutasiId.get(i), pengajuanId});
        }
        jdbc.batchUpdate("insert into penduduk_hadir (penduduk_id, keluarga_id, desa_kode, mulai, mutasi_mulai_id, "
                + "pengajuan_id, terverifikasi) values (?, ?, ?, ?, ?, ?, false)", hadir);

        // Submission entries and audit rows, in the order the service writes them.
        List<Object[]> entri = new ArrayList<>();
        Map<String, String> auditPenduduk = new LinkedHashMap<>();
        Map<String, String> auditKeluarga = new LinkedHashMap<>();
        for (int i = 0; i < baris.size(); i++) {
            BarisImpor b = baris.get(i);
            FormAnggota f = b.form;
            entri.add(new Object[] {pengajuanId, JenisPerubahan.PENDUDUK_BARU.name(), pendudukId.get(i), keluarga[i],
                    mutasiId.get(i), uraian("Penduduk baru (" + f.getSebab() + "): " + f.getNama()), oleh, kini});
            auditPenduduk.put(String.valueOf(pendudukId.get(i)), "penduduk baru (" + f.getSebab() + ")");
            if (b.kepalaBaru) {
                String rt = FormKeluargaBaru.tigaAngka(b.rt);
                String rw = FormKeluargaBaru.tigaAngka(b.rw);
                entri.add(new Object[] {pengajuanId, JenisPerubahan.KELUARGA_BARU.name(), null, keluarga[i], null,
                        uraian("Keluarga baru: " + b.alamat + (rt == null ? "" : " RT " + rt)
                                + (rw == null ? "" : " RW " + rw)), oleh, kini});
                auditKeluarga.put(String.valueOf(keluarga[i]), "keluarga baru dengan kepala keluarga");
            }
        }
        jdbc.batchUpdate("insert into pengajuan_perubahan (pengajuan_id, jenis, penduduk_id, keluarga_id, mutasi_id, "
                + "uraian, dicatat_oleh, dicatat_pada) values (?, ?, ?, ?, ?, ?, ?, ?)", entri);
        audit.catatBanyak(AksiAudit.BUAT, LayananKependudukan.JENIS_PENDUDUK, desa, auditPenduduk);
        audit.catatBanyak(AksiAudit.BUAT, LayananKependudukan.JENIS_KELUARGA, desa, auditKeluarga);
        keluargaBerkas.putAll(baru);
        return kepala.size();
    }

    /** The in-memory checks of the service (codes, NIK rules, arrival); any error sends the batch row by row. */
    private void periksa(BarisImpor b) {
        FormAnggota f = b.form;
        var galat = new GalatValidasi.Kumpulan();
        if (b.kepalaBaru) {
            periksa.periksaNoKk(b.noKk, galat);
            if (b.alamat == null || b.alamat.isBlank()) {
                galat.tambah("alamat", "validasi.wajib");
            }
            f.setShdk(KodeSiak.KEPALA_KELUARGA);
        }
        periksa.periksaPenduduk(f, "", null, galat);
        if (f.getSebab() == null || !f.getSebab().masuk()) {
            galat.tambah("sebab", "mutasi.jenis.tidak.sah");
        } else if (f.getSebab() == JenisMutasi.DATANG) {
            LocalDate t = f.getTanggalDatang();
            if (t == null || t.isAfter(LocalDate.now(jam)) || (f.getTanggalLahir() != null && t.isBefore(f.getTanggalLahir()))) {
                galat.tambah("tanggalDatang", "mutasi.tanggal.di.luar");
            }
        }
        try {
            galat.lemparJikaAda();
        } catch (GalatValidasi e) {
            throw new Gagal();
        }
        if (f.getJenisKelamin() == null || f.getNama() == null || f.getNik() == null) {
            throw new Gagal();
        }
    }

    private static String uraian(String u) {
        return u.length() <= 300 ? u : u.substring(0, 300);
    }

    /** One JDBC batch of inserts; the generated ids in the order of the rows. */
    private List<Long> sisipkan(String sql, List<Object[]> baris) {
        if (baris.isEmpty()) {
            return List.of();
        }
        var kunci = new GeneratedKeyHolder();
        jdbc.batchUpdate(c -> c.prepareStatement(sql, new String[] {"id"}), new BatchPreparedStatementSetter() {
            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                new ArgumentPreparedStatementSetter(baris.get(i)).setValues(ps);
            }

            @Override
            public int getBatchSize() {
                return baris.size();
            }
        }, kunci);
        List<Map<String, Object>> daftar = kunci.getKeyList();
        if (daftar.size() != baris.size()) {
            throw new IllegalStateException("generated keys: " + daftar.size() + " for " + baris.size() + " rows");
        }
        return daftar.stream().map(m -> ((Number) m.values().iterator().next()).longValue()).toList();
    }
}
