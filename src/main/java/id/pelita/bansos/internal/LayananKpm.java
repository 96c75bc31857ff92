package id.pelita.bansos.internal;

import id.pelita.akun.Akses;
import id.pelita.audit.AksiAudit;
import id.pelita.audit.AuditLog;
import id.pelita.inti.GalatValidasi;
import id.pelita.inti.TidakDitemukan;
import id.pelita.kependudukan.DaftarPenduduk;
import id.pelita.wilayah.KodeWilayah;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Beneficiary families (KPM) of aid programmes per village, linked to the population register when the NIK is
 * found there; distribution rounds with handover proofs. A family (same KK) already recorded in another programme
 * is flagged at entry, in the lists and at handover. Region-checked (village operators: own village only), every
 * read and write of these personal records audited.
 */
@Service
class LayananKpm {

    static final String JENIS = "bansos-kpm";

    private final RepositoriKpm repo;
    private final SandiBansos sandi;
    private final DaftarPenduduk penduduk;
    private final Akses akses;
    private final AuditLog audit;
    private final Clock jam;

    LayananKpm(RepositoriKpm repo, SandiBansos sandi, DaftarPenduduk penduduk, Akses akses, AuditLog audit, Clock jam) {
        this.repo = repo;
        this.sandi = sandi;
        this.penduduk = penduduk;
        this.akses = akses;
        this.audit = audit;
        this.jam = jam;
    }

    /** @param programLain other programmes the same family receives (the double-receipt warning) */
    record Hasil(RepositoriKpm.Kpm kpm, List<String> programLain) {
    }

    record Baris(RepositoriKpm.Kpm kpm, TreeSet<String> programLain, RepositoriKpm.SerahTerima serah) {
    }

    @Transactional
    public Hasil catat(String program, String desa, String nama, String nik, String kk) {
        var galat = new GalatValidasi.Kumpulan();
        Program prog = Program.dari(program);
        if (prog == null) {
            galat.tambah("program", "bansos.kpm.program.wajib");
        }
        periksaDesa(desa, galat);
        String n = LayananRakor.kosong(nama);
        if (n == null || n.length() > 120) {
            galat.tambah("nama", "bansos.kpm.nama.wajib");
        }
        String nikBersih = nik == null ? "" : nik.replaceAll("\\s", "");
        String kkBersih = kk == null ? "" : kk.replaceAll("\\s", "");
        if (!nikBersih.matches("\\d{16}")) {
            galat.tambah("nik", "bansos.kpm.nik.salah");
        }
        if (!kkBersih.matches("\\d{16}")) {
            galat.tambah("kk", "bansos.kpm.kk.salah");
        }
        galat.lemparJikaAda();
        String nikHash = sandi.hash(nikBersih);
        if (repo.ada(prog.name(), nikHash)) {
            throw new GalatValidasi("nik", "bansos.kpm.ganda");
        }
        Long pendudukId = penduduk.cariNik(nikBersih).map(DaftarPenduduk.RingkasPenduduk::id).orElse(null);
        String kkHash = sandi.hash(kkBersih);
        long id = repo.simpan(prog.name(), desa, n, SandiBansos.samar(nikBersih), nikHash, sandi.sandikan(nikBersih),
                kkHash, sandi.sandikan(kkBersih), pendudukId, akses.wajibMasuk().username(), jam.instant());
        List<String> lain = repo.programLainKk(kkHash, prog.name());
        audit.catat(AksiAudit.BUAT, JENIS, String.valueOf(id), desa, "KPM " + prog + " NIK " + SandiBansos.samar(nikBersih)
                + (lain.isEmpty() ? "" : "; juga penerima " + String.join(", ", lain)));
        return new Hasil(repo.cari(id).orElseThrow(), lain);
    }

    @Transactional // audited: a read-only transaction refuses the audit insert on PostgreSQL
    public List<Baris> daftar(String desa, String program) {
        akses.pastikanWilayah(desa);
        var kpm = repo.daftar(desa, Program.dari(program) == null ? null : program);
        var lain = repo.programLain(kpm);
        audit.catat(AksiAudit.BACA, JENIS, "desa:" + desa, desa, "Daftar KPM " + (program == null ? "semua program" : program));
        return kpm.stream().map(k -> new Baris(k, lain.get(k.id()), null)).toList();
    }

    @Transactional
    public long buatPenyaluran(String program, String desa, String periode, LocalDate tanggal) {
        var galat = new GalatValidasi.Kumpulan();
        if (Program.dari(program) == null) {
            galat.tambah("program", "bansos.kpm.program.wajib");
        }
        periksaDesa(desa, galat);
        String p = LayananRakor.kosong(periode);
        if (p == null || p.length() > 60) {
            galat.tambah("periode", "bansos.penyaluran.periode.wajib");
        }
        if (tanggal == null) {
            galat.tambah("tanggal", "bansos.penyaluran.tanggal.wajib");
        }
        galat.lemparJikaAda();
        long id = repo.simpanPenyaluran(program, desa, p, tanggal, akses.wajibMasuk().username(), jam.instant());
        audit.catat(AksiAudit.BUAT, "bansos-penyaluran", String.valueOf(id), desa, "Penyaluran " + program + " " + p);
        return id;
    }

    @Transactional(readOnly = true)
    public List<RepositoriKpm.Penyaluran> daftarPenyaluran(String desa) {
        akses.pastikanWilayah(desa);
        return repo.daftarPenyaluran(desa);
    }

    @Transactional(readOnly = true)
    public RepositoriKpm.Penyaluran penyaluran(long id) {
        var p = repo.cariPenyaluran(id).orElseThrow(() -> new TidakDitemukan("penyaluran"));
        if (!akses.bolehWilayah(p.desaKode())) {
            throw new TidakDitemukan("penyaluran");
        }
        return p;
    }

    /** The families of the round's programme in its village, each with its handover (if done) and warning. */
    @Transactional // audited: a read-only transaction refuses the audit insert on PostgreSQL
    public List<Baris> penerima(RepositoriKpm.Penyaluran p) {
        var kpm = repo.daftar(p.desaKode(), p.program());
        var lain = repo.programLain(kpm);
        Map<Long, RepositoriKpm.SerahTerima> serah = new java.util.HashMap<>();
        repo.serahTerima(p.id()).forEach(s -> serah.put(s.kpmId(), s));
        audit.catat(AksiAudit.BACA, "bansos-penyaluran", String.valueOf(p.id()), p.desaKode(), "Daftar penerima");
        return kpm.stream().map(k -> new Baris(k, lain.get(k.id()), serah.get(k.id()))).toList();
    }

    /** Records a handover: date, recipient, photo, and the recipient's signature or thumbprint (photo/scan). */
    @Transactional
    public List<String> serahkan(long penyaluranId, long kpmId, LocalDate tanggal, String penerimaNama,
                                 MultipartFile foto, String buktiJenis, MultipartFile bukti) {
        var p = penyaluran(penyaluranId);
        var k = repo.cari(kpmId).filter(x -> x.desaKode().equals(p.desaKode()) && x.program().equals(p.program()))
                .orElseThrow(() -> new TidakDitemukan("kpm"));
        var galat = new GalatValidasi.Kumpulan();
        if (tanggal == null) {
            galat.tambah("tanggal", "bansos.penyaluran.tanggal.wajib");
        }
        String penerima = LayananRakor.kosong(penerimaNama);
        if (penerima == null || penerima.length() > 120) {
            galat.tambah("penerimaNama", "bansos.serah.penerima.wajib");
        }
        if (!"TTD".equals(buktiJenis) && !"JEMPOL".equals(buktiJenis)) {
            galat.tambah("buktiJenis", "bansos.serah.bukti.jenis");
        }
        if (foto == null || foto.isEmpty()) {
            galat.tambah("foto", "bansos.serah.foto.wajib");
        }
        if (bukti == null || bukti.isEmpty()) {
            galat.tambah("bukti", "bansos.serah.bukti.wajib");
        }
        galat.lemparJikaAda();
        var f = PemeriksaBerkas.periksa(foto, "foto", true);
        var b = PemeriksaBerkas.periksa(bukti, "bukti", true);
        if (repo.sudahDiserahkan(penyaluranId, kpmId)) {
            throw new GalatValidasi("kpmId", "bansos.serah.sudah");
        }
        repo.simpanSerahTerima(penyaluranId, kpmId, tanggal, penerima, f.isi(), f.tipe(), buktiJenis, b.isi(), b.tipe(),
                akses.wajibMasuk().username(), jam.instant());
        audit.catat(AksiAudit.BUAT, "bansos-penyaluran", String.valueOf(penyaluranId), p.desaKode(),
                "Serah terima KPM " + kpmId + " (" + k.nikSamar() + ")");
        return repo.programLainKk(k.kkHash(), k.program());
    }

    @Transactional // audited: a read-only transaction refuses the audit insert on PostgreSQL
    public Map.Entry<String, byte[]> gambar(long penyaluranId, long serahId, boolean foto) {
        var p = penyaluran(penyaluranId);
        var g = repo.gambar(penyaluranId, serahId, foto).orElseThrow(() -> new TidakDitemukan("gambar"));
        audit.catat(AksiAudit.BACA, "bansos-penyaluran", String.valueOf(penyaluranId), p.desaKode(),
                (foto ? "Foto" : "Bukti") + " serah terima " + serahId);
        return g;
    }

    private void periksaDesa(String desa, GalatValidasi.Kumpulan galat) {
        if (desa == null || !KodeWilayah.sah(desa) || desa.split("\\.").length != 4 || !akses.bolehWilayah(desa)) {
            galat.tambah("desaKode", "bansos.rakor.desa.wajib");
        }
    }
}
