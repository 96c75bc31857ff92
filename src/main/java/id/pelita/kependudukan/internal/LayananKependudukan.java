package id.pelita.kependudukan.internal;

import id.pelita.akun.Akses;
import id.pelita.akun.PenggunaSaatIni;
import id.pelita.audit.AksiAudit;
import id.pelita.audit.AuditLog;
import id.pelita.inti.GalatValidasi;
import id.pelita.inti.Peran;
import id.pelita.inti.TidakDitemukan;
import id.pelita.wilayah.KodeWilayah;
import id.pelita.wilayah.Tingkat;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;

/**
 * What users do with population data, with the region rule applied to every record: a record outside the
 * user's scope does not exist for them (404); writing is for the village operator of the record's village
 * only (403). Every change and every read of a resident's record goes to the audit trail. Every change also
 * joins the village's open TAJUK RETEH submission ({@link LayananPengajuan}, which explains what counts in
 * published figures): events wait for verification, attribute corrections apply at once and are listed.
 */
@Service
class LayananKependudukan {

    static final String JENIS_PENDUDUK = "penduduk";
    static final String JENIS_KELUARGA = "keluarga";
    /** Roles that see full NIK/KK numbers (inside their scope); a village operator only in their own village. */
    private static final Set<Peran> LIHAT_NOMOR = Set.of(Peran.CAMAT, Peran.SEKCAM, Peran.ADMIN);

    /** A saved record and the NIK warnings (message keys) the operator should see. */
    record Tersimpan(long id, List<String> peringatan) {
    }

    private final RepositoriKeluarga keluarga;
    private final RepositoriPenduduk penduduk;
    private final RepositoriMutasi mutasi;
    private final PemeriksaIsian periksa;
    private final Akses akses;
    private final AuditLog audit;
    private final Clock jam;
    private final LayananPengajuan pengajuan;

    LayananKependudukan(RepositoriKeluarga keluarga, RepositoriPenduduk penduduk, RepositoriMutasi mutasi,
                        PemeriksaIsian periksa, Akses akses, AuditLog audit, Clock jam, LayananPengajuan pengajuan) {
        this.pengajuan = pengajuan;
        this.keluarga = keluarga;
        this.penduduk = penduduk;
        this.mutasi = mutasi;
        this.periksa = periksa;
        this.akses = akses;
        this.audit = audit;
        this.jam = jam;
    }

    // --- reading (not read-only transactions: each read writes its audit row; PostgreSQL enforces read-only)

    @Transactional
    List<Penduduk> cari(String kataKunci, int batas) {
        PenggunaSaatIni p = akses.wajibMasuk();
        List<Penduduk> hasil = penduduk.cari(p.wilayahKode(), kataKunci, batas);
        boolean nik = kataKunci != null && kataKunci.strip().matches("\\d{16}");
        // The search words may be a NIK: the trail says what kind of search it was, never the number.
        audit.catat(AksiAudit.BACA, "penduduk-daftar", p.wilayahKode() == null ? "semua" : p.wilayahKode(),
                p.wilayahKode(), (nik ? "cari NIK" : kataKunci == null || kataKunci.isBlank() ? "daftar" : "cari nama")
                        + ", " + hasil.size() + " baris");
        return hasil;
    }

    /** A resident the user may see; audited with whether the full NIK was shown. */
    @Transactional
    Penduduk lihat(long id) {
        Penduduk p = dalamCakupan(id);
        audit.catat(AksiAudit.BACA, JENIS_PENDUDUK, String.valueOf(id), p.desaKode(),
                bolehLihatNomor(p.desaKode()) ? "NIK lengkap ditampilkan" : "NIK disamarkan");
        return p;
    }

    @Transactional
    Keluarga lihatKeluarga(long id) {
        Keluarga k = keluarga.cari(id).filter(x -> akses.bolehWilayah(x.desaKode()))
                .orElseThrow(() -> new TidakDitemukan("Keluarga " + id));
        audit.catat(AksiAudit.BACA, JENIS_KELUARGA, String.valueOf(id), k.desaKode(),
                bolehLihatNomor(k.desaKode()) ? "No. KK dan NIK anggota lengkap ditampilkan" : "nomor disamarkan");
        return k;
    }

    List<Penduduk> anggota(long keluargaId) {
        return penduduk.anggota(keluargaId);
    }

    List<Keluarga> keluargaDiDesa(String desaKode) {
        return keluarga.diDesa(desaKode);
    }

    List<Mutasi> riwayat(long pendudukId) {
        return mutasi.riwayat(pendudukId);
    }

    /** Full numbers: the operator of that very village, or camat/sekcam/admin whose scope holds it. */
    boolean bolehLihatNomor(String desaKode) {
        return akses.saatIni().map(p -> akses.bolehWilayah(desaKode) && (p.peran().stream().anyMatch(LIHAT_NOMOR::contains)
                || (p.punya(Peran.OPERATOR_DESA) && desaKode.equals(p.wilayahKode())))).orElse(false);
    }

    /** Whether the signed-in user may change records of this village. */
    boolean bolehUbah(String desaKode) {
        if (desaKode != null && desaKode.equals(DESA_IMPOR.get()) && bolehImpor(desaKode)) {
            return true;
        }
        return akses.saatIni().map(p -> p.punya(Peran.OPERATOR_DESA) && desaKode.equals(p.wilayahKode())
                && akses.bolehWilayah(desaKode)).orElse(false);
    }

    // --- changing

    @Transactional
    Tersimpan buatKeluarga(FormKeluargaBaru f) {
        PenggunaSaatIni p = akses.wajibMasuk();
        String desa = desaOperator(p);
        var galat = new GalatValidasi.Kumpulan();
        periksa.periksaNoKk(f.getNoKk(), galat);
        FormAnggota kepala = f.getKepala();
        kepala.setShdk(KodeSiak.KEPALA_KELUARGA);
        List<String> peringatan = periksa.periksaPenduduk(kepala, "kepala.", null, galat);
        periksaMasuk(kepala, "kepala.", galat);
        galat.lemparJikaAda();
        periksa.pastikanNoKkBaru(f.getNoKk());
        periksa.pastikanNikBaru(kepala.getNik(), null, "kepala.nik");
        OffsetDateTime kini = kini();
        long id;
        try {
            id = keluarga.simpanBaru(f.getNoKk(), desa, f.getAlamat(), FormKeluargaBaru.tigaAngka(f.getRt()),
                    FormKeluargaBaru.tigaAngka(f.getRw()), p.username(), kini);
            long kepalaId = masukkan(kepala, id, desa, p, kini);
            keluarga.aturKepala(id, kepalaId);
        } catch (DuplicateKeyException e) {
            // Two operators saving the same number at once: the unique index decides.
            throw new NomorSudahTerdaftar("noKk", "keluarga.nomor.bersamaan", "");
        }
        audit.catat(AksiAudit.BUAT, JENIS_KELUARGA, String.valueOf(id), desa, "keluarga baru dengan kepala keluarga");
        pengajuan.catat(desa, JenisPerubahan.KELUARGA_BARU, null, id, null, "Keluarga baru: " + alamat(f.getAlamat(),
                FormKeluargaBaru.tigaAngka(f.getRt()), FormKeluargaBaru.tigaAngka(f.getRw())), p.username());
        return new Tersimpan(id, peringatan);
    }

    @Transactional
    Tersimpan tambahAnggota(long keluargaId, FormAnggota f) {
        PenggunaSaatIni p = akses.wajibMasuk();
        Keluarga k = keluarga.cari(keluargaId).filter(x -> akses.bolehWilayah(x.desaKode()))
                .orElseThrow(() -> new TidakDitemukan("Keluarga " + keluargaId));
        pastikanBolehUbah(k.desaKode());
        var galat = new GalatValidasi.Kumpulan();
        List<String> peringatan = periksa.periksaPenduduk(f, "", null, galat);
        periksaMasuk(f, "", galat);
        if (f.getShdk() != null && f.getShdk() == KodeSiak.KEPALA_KELUARGA && k.kepalaId() != null) {
            galat.tambah("shdk", "keluarga.kepala.sudah.ada");
        }
        galat.lemparJikaAda();
        periksa.pastikanNikBaru(f.getNik(), null, "nik");
        long id;
        try {
            id = masukkan(f, keluargaId, k.desaKode(), p, kini());
        } catch (DuplicateKeyException e) {
            throw new NomorSudahTerdaftar("nik", "keluarga.nomor.bersamaan", "");
        }
        return new Tersimpan(id, peringatan);
    }

    @Transactional
    Tersimpan ubah(long id, FormPenduduk f) {
        PenggunaSaatIni p = akses.wajibMasuk();
        Penduduk lama = dalamCakupan(id);
        pastikanBolehUbah(lama.desaKode());
        var galat = new GalatValidasi.Kumpulan();
        List<String> peringatan = periksa.periksaPenduduk(f, "", id, galat);
        galat.lemparJikaAda();
        periksa.pastikanNikBaru(f.getNik(), id, "nik");
        try {
            penduduk.ubah(id, f, p.username(), kini());
        } catch (DuplicateKeyException e) {
            throw new NomorSudahTerdaftar("nik", "keluarga.nomor.bersamaan", "");
        }
        audit.catat(AksiAudit.UBAH, JENIS_PENDUDUK, String.valueOf(id), lama.desaKode(),
                lama.nik().equals(f.getNik()) ? "data dikoreksi" : "data dikoreksi, termasuk NIK");
        pengajuan.catat(lama.desaKode(), JenisPerubahan.KOREKSI_PENDUDUK, id, lama.keluargaId(), null,
                "Koreksi data " + f.getNama() + (lama.nik().equals(f.getNik()) ? "" : " (termasuk NIK)"), p.username());
        return new Tersimpan(id, peringatan);
    }

    @Transactional
    void catatMutasi(long id, FormMutasi f) {
        PenggunaSaatIni p = akses.wajibMasuk();
        Penduduk org = dalamCakupan(id);
        pastikanBolehUbah(org.desaKode());
        var galat = new GalatValidasi.Kumpulan();
        if (org.status() != StatusPenduduk.HIDUP) {
            galat.tambah("", "mutasi.tidak.hadir");
        }
        if (f.getJenis() == null || f.getJenis().masuk()) {
            galat.tambah("jenis", "mutasi.jenis.tidak.sah");
        }
        LocalDate mulai = mutasi.mulaiHadirTerbuka(id).orElse(org.tanggalLahir());
        if (f.getTanggal() != null && (f.getTanggal().isBefore(mulai) || f.getTanggal().isAfter(LocalDate.now(jam)))) {
            galat.tambah("tanggal", "mutasi.tanggal.di.luar");
        }
        Keluarga tujuan = null;
        if (f.getJenis() == JenisMutasi.PINDAH_KK) {
            tujuan = f.getKeluargaTujuanId() == null ? null : keluarga.cari(f.getKeluargaTujuanId())
                    .filter(k -> k.desaKode().equals(org.desaKode()) && k.id() != org.keluargaId()).orElse(null);
            if (tujuan == null) {
                galat.tambah("keluargaTujuanId", "mutasi.keluarga.tujuan");
            }
            if (!KodeSiak.sah(KodeSiak.SHDK, f.getShdkBaru()) || f.getShdkBaru() == KodeSiak.KEPALA_KELUARGA) {
                galat.tambah("shdkBaru", "penduduk.kode.tidak.sah");
            }
        }
        galat.lemparJikaAda();
        OffsetDateTime kini = kini();
        long mid = mutasi.catat(id, f.getJenis(), f.getTanggal(), org.desaKode(), org.keluargaId(),
                tujuan == null ? null : tujuan.id(), f.getKeterangan(), p.username(), kini);
        mutasi.selesaiHadir(id, f.getTanggal(), mid);
        switch (f.getJenis()) {
            case MATI -> penduduk.aturStatus(id, StatusPenduduk.MATI, p.username(), kini);
            case PINDAH_KELUAR -> penduduk.aturStatus(id, StatusPenduduk.PINDAH, p.username(), kini);
            case PINDAH_KK -> {
                penduduk.pindahKeluarga(id, tujuan.id(), f.getShdkBaru(), p.username(), kini);
                mutasi.mulaiHadir(id, tujuan.id(), org.desaKode(), f.getTanggal(), mid);
            }
            default -> throw new IllegalStateException(f.getJenis().name());
        }
        audit.catat(AksiAudit.UBAH, JENIS_PENDUDUK, String.valueOf(id), org.desaKode(),
                "mutasi " + f.getJenis() + " tanggal " + f.getTanggal());
        pengajuan.catat(org.desaKode(), JenisPerubahan.MUTASI, id, org.keluargaId(), mid,
                "Mutasi " + f.getJenis() + " " + f.getTanggal() + ": " + org.nama(), p.username());
    }

    /**
     * Corrects a family card: KK number, address, RT/RW. A KK number already used by another family is refused
     * naming only the village it lives in. Audited (which fields changed, never the numbers).
     */
    @Transactional
    Keluarga ubahKeluarga(long id, FormKeluarga f) {
        PenggunaSaatIni p = akses.wajibMasuk();
        Keluarga lama = keluarga.cari(id).filter(x -> akses.bolehWilayah(x.desaKode()))
                .orElseThrow(() -> new TidakDitemukan("Keluarga " + id));
        pastikanBolehUbah(lama.desaKode());
        var galat = new GalatValidasi.Kumpulan();
        periksa.periksaNoKk(f.getNoKk(), galat);
        if (f.getAlamat() == null || f.getAlamat().isBlank()) {
            galat.tambah("alamat", "validasi.wajib");
        }
        galat.lemparJikaAda();
        String rt = FormKeluargaBaru.tigaAngka(f.getRt());
        String rw = FormKeluargaBaru.tigaAngka(f.getRw());
        List<String> apa = new java.util.ArrayList<>();
        if (!lama.noKk().equals(f.getNoKk())) {
            periksa.pastikanNoKkBaru(f.getNoKk());
            apa.add("no. KK");
        }
        if (!lama.alamat().equals(f.getAlamat())) {
            apa.add("alamat");
        }
        if (!java.util.Objects.equals(lama.rt(), rt) || !java.util.Objects.equals(lama.rw(), rw)) {
            apa.add("RT/RW");
        }
        if (apa.isEmpty()) {
            return lama;
        }
        try {
            keluarga.ubah(id, f.getNoKk(), f.getAlamat(), rt, rw, p.username(), kini());
        } catch (DuplicateKeyException e) {
            throw new NomorSudahTerdaftar("noKk", "keluarga.nomor.bersamaan", "");
        }
        String uraian = "koreksi " + String.join(", ", apa);
        audit.catat(AksiAudit.UBAH, JENIS_KELUARGA, String.valueOf(id), lama.desaKode(), uraian);
        pengajuan.catat(lama.desaKode(), JenisPerubahan.KOREKSI_KELUARGA, null, id, null,
                "Koreksi keluarga (" + String.join(", ", apa) + "): " + alamat(f.getAlamat(), rt, rw), p.username());
        return keluarga.cari(id).orElseThrow();
    }

    // --- imports (XLSX/CSV): the rows are written through the methods above, so every rule, audit entry and
    // submission tag of a hand-keyed record applies to imported ones too.

    /** The village an import writes into, set only while {@link #untukImpor} runs on this thread. */
    private static final ThreadLocal<String> DESA_IMPOR = new ThreadLocal<>();
    private static final Set<Peran> STAF_KECAMATAN = Set.of(Peran.CAMAT, Peran.SEKCAM, Peran.KASI, Peran.STAF);

    /**
     * Who may import into a village: its own operator, or kecamatan staff (camat, sekcam, kasi, staf) whose
     * kecamatan holds it. Nobody else, and never a region outside the deployment.
     */
    boolean bolehImpor(String desaKode) {
        if (desaKode == null || !KodeWilayah.sah(desaKode) || Tingkat.dariKode(desaKode) != Tingkat.DESA
                || !akses.bolehWilayah(desaKode)) {
            return false;
        }
        return akses.saatIni().map(p -> (p.punya(Peran.OPERATOR_DESA) && desaKode.equals(p.wilayahKode()))
                || (p.peran().stream().anyMatch(STAF_KECAMATAN::contains) && p.wilayahKode() != null
                && KodeWilayah.sah(p.wilayahKode()) && Tingkat.dariKode(p.wilayahKode()) == Tingkat.KECAMATAN
                && KodeWilayah.termasuk(desaKode, p.wilayahKode()))).orElse(false);
    }

    /**
     * Runs an import's writes (calls of {@link #buatKeluarga}, {@link #tambahAnggota}, {@link #ubah}) for one
     * village: for its operator nothing changes; kecamatan staff who may import there write as if they were
     * its operator, for this village only and only inside {@code kerja}.
     */
    <T> T untukImpor(String desaKode, java.util.function.Supplier<T> kerja) {
        if (!bolehImpor(desaKode)) {
            throw new AccessDeniedException("Tidak boleh mengimpor data ke desa ini");
        }
        String sebelum = DESA_IMPOR.get();
        DESA_IMPOR.set(desaKode);
        try {
            return kerja.get();
        } finally {
            if (sebelum == null) {
                DESA_IMPOR.remove();
            } else {
                DESA_IMPOR.set(sebelum);
            }
        }
    }

    // --- helpers

    private static String alamat(String jalan, String rt, String rw) {
        return jalan + (rt == null ? "" : " RT " + rt) + (rw == null ? "" : " RW " + rw);
    }

    private long masukkan(FormAnggota f, long keluargaId, String desa, PenggunaSaatIni p, OffsetDateTime kini) {
        long id = penduduk.simpanBaru(f, keluargaId, desa, p.username(), kini);
        // Someone already living here, or a newborn, counts from birth; a newcomer from the day they came.
        LocalDate mulai = f.getSebab() == JenisMutasi.DATANG ? f.getTanggalDatang() : f.getTanggalLahir();
        long mid = mutasi.catat(id, f.getSebab(), mulai, desa, null, keluargaId, null, p.username(), kini);
        mutasi.mulaiHadir(id, keluargaId, desa, mulai, mid);
        audit.catat(AksiAudit.BUAT, JENIS_PENDUDUK, String.valueOf(id), desa, "penduduk baru (" + f.getSebab() + ")");
        pengajuan.catat(desa, JenisPerubahan.PENDUDUK_BARU, id, keluargaId, mid,
                "Penduduk baru (" + f.getSebab() + "): " + f.getNama(), p.username());
        return id;
    }

    private void periksaMasuk(FormAnggota f, String awalan, GalatValidasi.Kumpulan galat) {
        if (!f.getSebab().masuk()) {
            galat.tambah(awalan + "sebab", "mutasi.jenis.tidak.sah");
        } else if (f.getSebab() == JenisMutasi.DATANG) {
            LocalDate t = f.getTanggalDatang();
            if (t == null || t.isAfter(LocalDate.now(jam)) || (f.getTanggalLahir() != null && t.isBefore(f.getTanggalLahir()))) {
                galat.tambah(awalan + "tanggalDatang", "mutasi.tanggal.di.luar");
            }
        }
    }

    private Penduduk dalamCakupan(long id) {
        return penduduk.cari(id).filter(x -> akses.bolehWilayah(x.desaKode()))
                .orElseThrow(() -> new TidakDitemukan("Penduduk " + id));
    }

    private void pastikanBolehUbah(String desaKode) {
        if (!bolehUbah(desaKode)) {
            throw new AccessDeniedException("Hanya operator desa ini yang boleh mengubah datanya");
        }
    }

    /** The village a new family goes to: the operator's own. */
    private String desaOperator(PenggunaSaatIni p) {
        String impor = DESA_IMPOR.get();
        if (impor != null && bolehImpor(impor)) {
            return impor;
        }
        String w = p.wilayahKode();
        if (!p.punya(Peran.OPERATOR_DESA) || !KodeWilayah.sah(w) || Tingkat.dariKode(w) != Tingkat.DESA
                || !akses.bolehWilayah(w)) {
            throw new AccessDeniedException("Keluarga baru hanya dicatat operator desa");
        }
        return w;
    }

    private OffsetDateTime kini() {
        return OffsetDateTime.now(jam).truncatedTo(ChronoUnit.MICROS);
    }
}
