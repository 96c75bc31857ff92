package id.pelita.posyandu.internal;

import id.pelita.akun.Akses;
import id.pelita.akun.DirektoriPengguna;
import id.pelita.akun.PenggunaSaatIni;
import id.pelita.antropometri.CaraUkur;
import id.pelita.antropometri.HasilKenaikan;
import id.pelita.antropometri.HasilZskor;
import id.pelita.antropometri.KalkulatorZskor;
import id.pelita.antropometri.Kelamin;
import id.pelita.antropometri.Pengukuran;
import id.pelita.antropometri.Penimbangan;
import id.pelita.audit.AksiAudit;
import id.pelita.audit.AuditLog;
import id.pelita.inti.GalatValidasi;
import id.pelita.inti.Peran;
import id.pelita.inti.TidakDitemukan;
import id.pelita.kependudukan.DaftarPenduduk;
import id.pelita.kependudukan.DaftarPenduduk.RingkasPenduduk;
import id.pelita.kependudukan.JenisKelamin;
import id.pelita.notifikasi.Notifikasi;
import id.pelita.notifikasi.PesanKeluar;
import id.pelita.posyandu.JenisIntervensi;
import id.pelita.posyandu.PengukuranDicatat;
import id.pelita.posyandu.SesiPosyanduDitutup;
import id.pelita.posyandu.internal.Model.Anak;
import id.pelita.posyandu.internal.Model.Ibu;
import id.pelita.posyandu.internal.Model.Posyandu;
import id.pelita.posyandu.internal.Model.Sesi;
import id.pelita.posyandu.internal.Model.Ukur;
import id.pelita.wilayah.DirektoriWilayah;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The posyandu's work: posyandu and schedule, the KIA register, sessions (attendance, measurements with their
 * z-scores), interventions. Region scope: a record outside the user's region is "not found" (404), as in
 * kependudukan; cadres and village operators reach their village, kecamatan staff, camat and TP-PKK their
 * kecamatan. Reads of a child's record are audited.
 */
@Service
class LayananPosyandu {

    /** Under-fives: born less than 60 months before the session. */
    static final int BULAN_BALITA = 60;

    private final RepositoriPosyandu repo;
    private final Akses akses;
    private final DaftarPenduduk penduduk;
    private final ObjectProvider<KalkulatorZskor> kalkulatorBean;
    private final PemeriksaKewajaran kewajaran;
    private final RujukanOtomatis rujukan;
    private final Notifikasi notifikasi;
    private final DirektoriPengguna pengguna;
    private final DirektoriWilayah wilayah;
    private final AuditLog audit;
    private final ApplicationEventPublisher event;
    private final Clock jam;
    private volatile KalkulatorZskor kalkulator;

    LayananPosyandu(RepositoriPosyandu repo, Akses akses, DaftarPenduduk penduduk,
                    ObjectProvider<KalkulatorZskor> kalkulatorBean, PemeriksaKewajaran kewajaran,
                    RujukanOtomatis rujukan, Notifikasi notifikasi, DirektoriPengguna pengguna,
                    DirektoriWilayah wilayah, AuditLog audit, ApplicationEventPublisher event, Clock jam) {
        this.repo = repo;
        this.akses = akses;
        this.penduduk = penduduk;
        this.kalkulatorBean = kalkulatorBean;
        this.kewajaran = kewajaran;
        this.rujukan = rujukan;
        this.notifikasi = notifikasi;
        this.pengguna = pengguna;
        this.wilayah = wilayah;
        this.audit = audit;
        this.event = event;
        this.jam = jam;
    }

    /** The antropometri bean, or its standard implementation while that module has no bean. */
    KalkulatorZskor kalkulator() {
        KalkulatorZskor k = kalkulator;
        if (k == null) {
            k = kalkulatorBean.getIfAvailable(KalkulatorZskor::standar);
            kalkulator = k;
        }
        return k;
    }

    LocalDate hariIni() {
        return LocalDate.now(jam);
    }

    private OffsetDateTime kini() {
        return OffsetDateTime.now(jam);
    }

    private String saya() {
        return akses.wajibMasuk().username();
    }

    // ---- scope

    /** The village of a village-level user (cadre, village operator), else null. */
    String desaSaya() {
        PenggunaSaatIni p = akses.wajibMasuk();
        return p.wilayahKode() != null && p.wilayahKode().length() > 8 ? p.wilayahKode() : null;
    }

    /** Villages the user may choose from (own village, or the villages of the scope's served kecamatan). */
    List<id.pelita.wilayah.Wilayah> desaTerjangkau() {
        String desa = desaSaya();
        if (desa != null) {
            return wilayah.cari(desa).map(List::of).orElse(List.of());
        }
        List<id.pelita.wilayah.Wilayah> hasil = new ArrayList<>();
        for (var kec : wilayah.kecamatanLayanan()) {
            if (akses.bolehWilayah(kec.kode())) {
                hasil.addAll(wilayah.anak(kec.kode()));
            }
        }
        return hasil;
    }

    void pastikanDesa(String desaKode) {
        if (desaKode == null || !akses.bolehWilayah(desaKode)) {
            throw new TidakDitemukan("desa");
        }
    }

    Posyandu posyandu(long id) {
        Posyandu p = repo.posyandu(id).orElseThrow(() -> new TidakDitemukan("posyandu"));
        pastikanDesa(p.desaKode());
        return p;
    }

    Sesi sesi(long id) {
        Sesi s = repo.sesi(id).orElseThrow(() -> new TidakDitemukan("sesi"));
        posyandu(s.posyanduId());
        return s;
    }

    /** A child of the user's region (not audited: lists and forms). */
    Anak anak(long id) {
        Anak a = repo.anak(id).orElseThrow(() -> new TidakDitemukan("anak"));
        pastikanDesa(a.desaKode());
        return a;
    }

    /** A child's record opened for reading: audited (health data is personal data). */
    Anak bacaAnak(long id) {
        Anak a = anak(id);
        audit.catat(AksiAudit.BACA, "anak_kia", String.valueOf(id), a.desaKode(), "Buku KIA / grafik pertumbuhan");
        return a;
    }

    Ibu ibu(long id) {
        Ibu i = repo.ibu(id).orElseThrow(() -> new TidakDitemukan("ibu"));
        pastikanDesa(i.desaKode());
        return i;
    }

    // ---- posyandu and schedule

    @Transactional
    long tambahPosyandu(String desaKode, String nama, String rt, String rw, String alamat) {
        pastikanDesa(desaKode);
        if (nama == null || nama.isBlank()) {
            throw new GalatValidasi("nama", "posyandu.galat.nama");
        }
        if (repo.posyanduNama(desaKode, nama.strip()).isPresent()) {
            throw new GalatValidasi("nama", "posyandu.galat.nama-ada");
        }
        long id = repo.simpanPosyandu(desaKode, nama.strip(), kosong(rt), kosong(rw), kosong(alamat), saya(), kini());
        PenggunaSaatIni p = akses.wajibMasuk();
        if (p.punya(Peran.KADER_POSYANDU) && desaKode.equals(p.wilayahKode())) {
            repo.tambahKader(id, p.username(), true);
        }
        return id;
    }

    @Transactional
    void tambahKader(long posyanduId, String username) {
        Posyandu p = posyandu(posyanduId);
        boolean kaderDesa = pengguna.aktif(Peran.KADER_POSYANDU, p.desaKode()).stream()
                .anyMatch(u -> u.username().equals(username));
        if (!kaderDesa) {
            throw new GalatValidasi("username", "posyandu.galat.bukan-kader");
        }
        repo.tambahKader(posyanduId, username, false);
    }

    List<DirektoriPengguna.PenggunaAktif> kaderDesa(String desaKode) {
        return pengguna.aktif(Peran.KADER_POSYANDU, desaKode);
    }

    @Transactional
    void tambahJadwal(long posyanduId, LocalDate tanggal, LocalTime mulai, LocalTime selesai, String tempat,
                      String keterangan) {
        posyandu(posyanduId);
        GalatValidasi.Kumpulan g = new GalatValidasi.Kumpulan();
        if (tanggal == null) {
            g.tambah("tanggal", "posyandu.galat.tanggal");
        } else if (tanggal.isBefore(hariIni().minusDays(1))) {
            g.tambah("tanggal", "posyandu.galat.tanggal-lalu");
        }
        if (mulai == null) {
            g.tambah("jamMulai", "posyandu.galat.jam");
        }
        if (mulai != null && selesai != null && !selesai.isAfter(mulai)) {
            g.tambah("jamSelesai", "posyandu.galat.jam-selesai");
        }
        g.lemparJikaAda();
        repo.simpanJadwal(posyanduId, tanggal, mulai, selesai, kosong(tempat), kosong(keterangan), saya(), kini());
    }

    // ---- KIA register

    /** A mother: linked to the register when the NIK is known there, else by name. */
    @Transactional
    long tambahIbu(String desaKode, String nik, String nama, LocalDate lahir, String telepon) {
        pastikanDesa(desaKode);
        Long pendudukId = null;
        if (nik != null && !nik.isBlank()) {
            RingkasPenduduk r = penduduk.cariNik(nik.strip())
                    .orElseThrow(() -> new GalatValidasi("nik", "posyandu.galat.nik-tidak-ada"));
            if (repo.ibuPenduduk(r.id()).isPresent()) {
                throw new GalatValidasi("nik", "posyandu.galat.ibu-ada");
            }
            pendudukId = r.id();
            nama = r.nama();
            lahir = r.tanggalLahir();
        }
        if (nama == null || nama.isBlank()) {
            throw new GalatValidasi("nama", "posyandu.galat.nama");
        }
        long id = repo.simpanIbu(desaKode, null, pendudukId, nama.strip(), lahir, kosong(telepon), saya(), kini());
        audit.catat(AksiAudit.BUAT, "ibu_kia", String.valueOf(id), desaKode, null);
        return id;
    }

    /**
     * A child: from the register by NIK, or a newborn not yet registered by name, sex and birth date (linked
     * later with {@link #tautkanAnak}).
     */
    @Transactional
    long tambahAnak(String desaKode, Long ibuId, String nik, String nama, String jk, LocalDate lahir) {
        pastikanDesa(desaKode);
        if (ibuId != null) {
            Ibu i = ibu(ibuId);
            if (!i.desaKode().equals(desaKode)) {
                throw new GalatValidasi("ibuId", "posyandu.galat.ibu-desa");
            }
        }
        Long pendudukId = null;
        if (nik != null && !nik.isBlank()) {
            RingkasPenduduk r = penduduk.cariNik(nik.strip())
                    .orElseThrow(() -> new GalatValidasi("nik", "posyandu.galat.nik-tidak-ada"));
            if (repo.anakPenduduk(r.id()).isPresent()) {
                throw new GalatValidasi("nik", "posyandu.galat.anak-ada");
            }
            pendudukId = r.id();
            nama = r.nama();
            jk = r.jenisKelamin().name();
            lahir = r.tanggalLahir();
        }
        GalatValidasi.Kumpulan g = new GalatValidasi.Kumpulan();
        if (nama == null || nama.isBlank()) {
            g.tambah("nama", "posyandu.galat.nama");
        }
        if (!"L".equals(jk) && !"P".equals(jk)) {
            g.tambah("jenisKelamin", "posyandu.galat.kelamin");
        }
        if (lahir == null || lahir.isAfter(hariIni())) {
            g.tambah("tanggalLahir", "posyandu.galat.lahir");
        }
        g.lemparJikaAda();
        long id = repo.simpanAnak(desaKode, null, ibuId, pendudukId, nama.strip(), jk, lahir, null, null, saya(),
                kini());
        audit.catat(AksiAudit.BUAT, "anak_kia", String.valueOf(id), desaKode, null);
        return id;
    }

    /** Links a child entered by name to the register once registered (by NIK). */
    @Transactional
    void tautkanAnak(long anakId, String nik) {
        Anak a = anak(anakId);
        RingkasPenduduk r = penduduk.cariNik(nik == null ? "" : nik.strip())
                .orElseThrow(() -> new GalatValidasi("nik", "posyandu.galat.nik-tidak-ada"));
        if (repo.anakPenduduk(r.id()).filter(x -> x.id() != anakId).isPresent()) {
            throw new GalatValidasi("nik", "posyandu.galat.anak-ada");
        }
        if (!r.tanggalLahir().equals(a.tanggalLahir()) || !r.jenisKelamin().name().equals(a.jenisKelamin())) {
            throw new GalatValidasi("nik", "posyandu.galat.tautan-beda");
        }
        repo.tautkanAnak(anakId, r.id(), r.nama(), kini());
        audit.catat(AksiAudit.UBAH, "anak_kia", String.valueOf(anakId), a.desaKode(), "ditautkan ke penduduk");
    }

    @Transactional
    void serahkanBuku(long ibuId, String nomor, LocalDate tanggal) {
        Ibu i = ibu(ibuId);
        if (nomor == null || nomor.isBlank()) {
            throw new GalatValidasi("nomor", "posyandu.galat.nomor-buku");
        }
        if (repo.nomorBukuDipakai(nomor.strip(), ibuId)) {
            throw new GalatValidasi("nomor", "posyandu.galat.nomor-buku-ada");
        }
        repo.serahkanBuku(ibuId, nomor.strip(), tanggal == null ? hariIni() : tanggal, saya(), kini());
        audit.catat(AksiAudit.UBAH, "ibu_kia", String.valueOf(ibuId), i.desaKode(), "buku KIA diserahkan");
    }

    /**
     * Under-fives of the register not yet in the KIA register are added (with their mother: the woman of the
     * same family card aged 15–50 at the birth, when there is one), so the session lists every under-five.
     */
    @Transactional
    int ambilDariRegister(String desaKode, LocalDate per) {
        int baru = 0;
        for (RingkasPenduduk r : penduduk.lahirSejak(desaKode, per.minusMonths(BULAN_BALITA).plusDays(1))) {
            if (!r.hidup() || repo.anakPenduduk(r.id()).isPresent()) {
                continue;
            }
            Long ibuId = null;
            for (RingkasPenduduk m : penduduk.anggotaKeluarga(r.keluargaId())) {
                if (m.jenisKelamin() == JenisKelamin.P && m.id() != r.id()) {
                    int umur = Period.between(m.tanggalLahir(), r.tanggalLahir()).getYears();
                    if (umur >= 15 && umur <= 50) {
                        ibuId = repo.ibuPenduduk(m.id()).map(Ibu::id).orElseGet(() -> repo.simpanIbu(desaKode,
                                null, m.id(), m.nama(), m.tanggalLahir(), null, "sistem", kini()));
                        break;
                    }
                }
            }
            repo.simpanAnak(desaKode, null, ibuId, r.id(), r.nama(), r.jenisKelamin().name(), r.tanggalLahir(),
                    null, null, "sistem", kini());
            baru++;
        }
        return baru;
    }

    // ---- sessions

    /** Opens (or returns) the session of the posyandu on {@code tanggal}; fills the under-fives from the register. */
    @Transactional
    long bukaSesi(long posyanduId, LocalDate tanggal) {
        Posyandu p = posyandu(posyanduId);
        LocalDate t = tanggal == null ? hariIni() : tanggal;
        if (t.isAfter(hariIni())) {
            throw new GalatValidasi("tanggal", "posyandu.galat.sesi-depan");
        }
        Optional<Sesi> ada = repo.sesiPada(posyanduId, t);
        if (ada.isPresent()) {
            return ada.get().id();
        }
        ambilDariRegister(p.desaKode(), t);
        Long jadwalId = repo.jadwalPada(posyanduId, t).map(Model.Jadwal::id).orElse(null);
        return repo.bukaSesi(posyanduId, jadwalId, t, saya(), kini());
    }

    /** The session's children: under-fives of the village for this posyandu, plus anyone measured in it. */
    List<Anak> anakSesi(Sesi s, Posyandu p) {
        List<Anak> daftar = new ArrayList<>(repo.balitaSesi(p.desaKode(), p.id(), s.tanggal().minusMonths(BULAN_BALITA)));
        for (Ukur u : repo.ukurSesi(s.id())) {
            if (daftar.stream().noneMatch(a -> a.id() == u.anakId())) {
                repo.anak(u.anakId()).ifPresent(daftar::add);
            }
        }
        return daftar;
    }

    @Transactional
    void catatHadir(long sesiId, long anakId, boolean hadir) {
        Sesi s = sesiBuka(sesiId);
        Anak a = anak(anakId);
        pastikanSamaDesa(s, a);
        repo.catatHadir(sesiId, anakId, hadir, false, saya(), kini());
    }

    private Sesi sesiBuka(long sesiId) {
        Sesi s = sesi(sesiId);
        if (!s.buka()) {
            throw new GalatValidasi("sesi", "posyandu.galat.sesi-tutup");
        }
        return s;
    }

    private void pastikanSamaDesa(Sesi s, Anak a) {
        Posyandu p = repo.posyandu(s.posyanduId()).orElseThrow();
        if (!p.desaKode().equals(a.desaKode())) {
            throw new TidakDitemukan("anak");
        }
    }

    /** What the session screen shows after a child's save. */
    record Tersimpan(Ukur ukur, boolean ulang, String nomorBerkas) {
    }

    /**
     * Saves one child's measurement at an open session: plausibility, z-scores and KMS judgement through module
     * antropometri, stored with the measurement; a re-post of the same child in the same session updates it.
     * A finding opens the PUL KOMPAS case in this transaction (once per child while a case is open).
     */
    @Transactional
    Tersimpan simpanPengukuran(long sesiId, long anakId, IsianUkur f) {
        Sesi s = sesiBuka(sesiId);
        Anak a = anak(anakId);
        pastikanSamaDesa(s, a);
        if (a.tanggalLahir().isAfter(s.tanggal())) {
            throw new DitolakKewajaran(List.of("Tanggal lahir anak sesudah tanggal sesi."), false);
        }
        PemeriksaKewajaran.Nilai n = kewajaran.periksaBatas(f);
        Kelamin kelamin = Kelamin.dariKode(a.jenisKelamin());
        CaraUkur cara = n.caraUkur() == null ? CaraUkur.TIDAK_DIKETAHUI : CaraUkur.valueOf(n.caraUkur());
        boolean edema = Boolean.TRUE.equals(f.edema());
        Pengukuran ukur = Pengukuran.dariTanggal(kelamin, a.tanggalLahir(), s.tanggal(), n.berat(), n.panjang(), cara,
                edema).denganLingkar(n.lingkarKepala(), n.lila());
        HasilZskor h = kalkulator().hitung(ukur);
        Optional<Ukur> sebelumnya = repo.riwayat(anakId).stream()
                .filter(u -> u.tanggalUkur().isBefore(s.tanggal())).reduce((x, y) -> y);
        kewajaran.periksaPeringatan(n, h, s.tanggal(), sebelumnya, f.yakinSaja());
        HasilKenaikan k = null;
        if (n.berat() != null) {
            Penimbangan lalu = repo.timbangSebelum(anakId, s.tanggal())
                    .map(u -> new Penimbangan(u.tanggalUkur(), u.beratKg().doubleValue())).orElse(null);
            k = kalkulator().nilaiKenaikan(a.tanggalLahir(), new Penimbangan(s.tanggal(), n.berat()), lalu);
        }
        String imunisasi = f.imunisasi() == null || f.imunisasi().isEmpty() ? null
                : f.imunisasi().stream().filter(x -> x.matches("[A-Z0-9_]{2,20}")).distinct()
                .collect(Collectors.joining(","));
        String bendera = h.bendera().isEmpty() ? null : h.bendera().stream()
                .map(b -> (b.indikator() == null ? "" : b.indikator().name()) + ":" + b.kode().name())
                .collect(Collectors.joining(";"));
        Ukur baru = new Ukur(0, sesiId, anakId, s.tanggal(), h.umurHari(), h.umurBulan(), d(n.berat()),
                d(n.panjang()), n.caraUkur(), d(n.lingkarKepala()), d(n.lila()), edema,
                Boolean.TRUE.equals(f.vitaminA()), imunisasi, d(h.panjangDipakaiCm()), z(h.imt()), z(h.zlen()),
                z(h.zwei()), z(h.zwfl()), z(h.zbmi()), nama(h.kategoriTbU()), nama(h.kategoriBbU()),
                nama(h.kategoriBbTb()), nama(h.kategoriImtU()), k == null ? null : k.penilaian().kode(),
                k == null ? null : k.kenaikanGram(), k == null ? null : k.kbmGram(), potong(bendera, 1000));
        long[] hasil = repo.simpanUkur(baru, saya(), kini());
        long id = hasil[0];
        boolean ulang = hasil[1] == 1;
        repo.catatHadir(sesiId, anakId, true, Boolean.TRUE.equals(f.bawaBuku()), saya(), kini());
        Ukur tersimpan = repo.ukurSesi(sesiId, anakId).orElseThrow();
        audit.catat(ulang ? AksiAudit.UBAH : AksiAudit.BUAT, "pengukuran_anak", String.valueOf(id), a.desaKode(),
                "anak " + anakId);
        Posyandu p = repo.posyandu(s.posyanduId()).orElseThrow();
        event.publishEvent(new PengukuranDicatat(id, anakId, sesiId, p.id(), a.desaKode(), s.tanggal(),
                h.umurBulan(), a.jenisKelamin(), n.berat(), n.panjang(), dbl(tersimpan.zlen()), dbl(tersimpan.zwei()),
                dbl(tersimpan.zwfl()), dbl(tersimpan.zbmi()), tersimpan.kategoriTbu(), tersimpan.kategoriBbu(),
                tersimpan.kategoriBbtb(), tersimpan.kategoriImtu(), tersimpan.kenaikan(), ulang));
        String berkas = rujukan.periksa(a, p, tersimpan, sebelumnya);
        return new Tersimpan(tersimpan, ulang, berkas);
    }

    /** Counts for the session report (seed 004 step 5). */
    record Ringkasan(int sasaran, int hadir, int ditimbang, int diukurPanjang, int naik, int tidakNaik,
                     int pendek, int giziBuruk, int giziKurang, int rujukanBaru, int vitaminA, List<Temuan> temuan) {
    }

    record Temuan(long anakId, String nama, int umurBulan, String ringkas, String nomorBerkas) {
    }

    Ringkasan ringkasan(Sesi s, Posyandu p) {
        List<Anak> anak = anakSesi(s, p);
        List<Ukur> ukur = repo.ukurSesi(s.id());
        List<Long> hadir = repo.hadir(s.id());
        var rujukanSesi = repo.rujukanPengukuran(ukur.stream().map(Ukur::id).toList());
        List<Temuan> temuan = new ArrayList<>();
        int pendek = 0, buruk = 0, kurang = 0;
        for (Ukur u : ukur) {
            List<String> apa = new ArrayList<>();
            if (u.zlen() != null && u.zlen().doubleValue() < -2) {
                pendek++;
                apa.add("TB/U " + PemeriksaKewajaran.format(u.zlen().doubleValue()));
            }
            if (u.zwfl() != null && u.zwfl().doubleValue() < -3) {
                buruk++;
                apa.add("BB/TB " + PemeriksaKewajaran.format(u.zwfl().doubleValue()));
            } else if (u.zwfl() != null && u.zwfl().doubleValue() < -2) {
                kurang++;
                apa.add("BB/TB " + PemeriksaKewajaran.format(u.zwfl().doubleValue()));
            }
            if ("T".equals(u.kenaikan())) {
                apa.add("T");
            }
            String berkas = rujukanSesi.stream().filter(r -> r.pengukuranId() == u.id()).map(Model.Rujukan::nomorBerkas)
                    .findFirst().orElse(null);
            if (!apa.isEmpty() || berkas != null) {
                String nama = repo.anak(u.anakId()).map(Anak::nama).orElse("?");
                temuan.add(new Temuan(u.anakId(), nama, u.umurBulan(), String.join(", ", apa), berkas));
            }
        }
        return new Ringkasan(anak.size(), hadir.size(), (int) ukur.stream().filter(u -> u.beratKg() != null).count(),
                (int) ukur.stream().filter(u -> u.panjangCm() != null).count(),
                (int) ukur.stream().filter(u -> "N".equals(u.kenaikan())).count(),
                (int) ukur.stream().filter(u -> "T".equals(u.kenaikan())).count(), pendek, buruk, kurang,
                rujukanSesi.size(), (int) ukur.stream().filter(Ukur::vitaminA).count(), temuan);
    }

    /** Closes the session and sends its report to the camat's inbox (seed 004 step 5). */
    @Transactional
    void tutupSesi(long sesiId, String catatan) {
        Sesi s = sesiBuka(sesiId);
        Posyandu p = repo.posyandu(s.posyanduId()).orElseThrow();
        repo.tutupSesi(sesiId, kosong(catatan), saya(), kini());
        Ringkasan r = ringkasan(s, p);
        String kecamatan = p.desaKode().substring(0, p.desaKode().lastIndexOf('.'));
        String subjek = "Laporan posyandu " + p.nama() + " (" + wilayah.cari(p.desaKode()).map(w -> w.nama())
                .orElse(p.desaKode()) + "), " + s.tanggal();
        String isi = "Hadir " + r.hadir() + " dari " + r.sasaran() + " balita, ditimbang " + r.ditimbang()
                + ", naik (N) " + r.naik() + ", tidak naik (T) " + r.tidakNaik() + ", pendek/sangat pendek "
                + r.pendek() + ", gizi buruk " + r.giziBuruk() + ", rujukan PUL KOMPAS baru " + r.rujukanBaru()
                + ". Laporan lengkap: /posyandu/sesi/" + sesiId + "/laporan";
        for (var camat : pengguna.aktif(Peran.CAMAT, kecamatan)) {
            notifikasi.kirim(PesanKeluar.aplikasi(camat.username(), subjek, isi,
                    "posyandu:sesi:" + sesiId + ":" + camat.username()));
        }
        event.publishEvent(new SesiPosyanduDitutup(sesiId, p.id(), p.desaKode(), s.tanggal(), r.hadir(),
                r.ditimbang(), r.naik(), r.temuan().size()));
    }

    // ---- interventions

    @Transactional
    long tambahIntervensi(long anakId, String jenis, String uraian, String jumlah, String satuan, Integer lamaHari,
                          LocalDate mulai, String pemberi) {
        Anak a = anak(anakId);
        GalatValidasi.Kumpulan g = new GalatValidasi.Kumpulan();
        JenisIntervensi j = null;
        try {
            j = JenisIntervensi.valueOf(jenis == null ? "" : jenis);
        } catch (IllegalArgumentException e) {
            g.tambah("jenis", "posyandu.galat.jenis");
        }
        BigDecimal jml = null;
        if (jumlah != null && !jumlah.isBlank()) {
            try {
                jml = new BigDecimal(jumlah.strip().replace(',', '.'));
                if (jml.signum() <= 0) {
                    g.tambah("jumlah", "posyandu.galat.jumlah");
                }
            } catch (NumberFormatException e) {
                g.tambah("jumlah", "posyandu.galat.jumlah");
            }
        }
        if (lamaHari == null || lamaHari < 1 || lamaHari > 365) {
            g.tambah("lamaHari", "posyandu.galat.lama");
        }
        if (mulai == null) {
            g.tambah("mulai", "posyandu.galat.tanggal");
        }
        g.lemparJikaAda();
        String berkas = repo.rujukan(anakId).stream().findFirst().map(Model.Rujukan::nomorBerkas).orElse(null);
        long id = repo.simpanIntervensi(anakId, j.name(), kosong(uraian), jml, kosong(satuan), lamaHari, mulai,
                kosong(pemberi), berkas, saya(), kini());
        audit.catat(AksiAudit.BUAT, "intervensi_anak", String.valueOf(id), a.desaKode(), "anak " + anakId);
        return id;
    }

    /** Outcome of an intervention: z-score change from the baseline to the measurement nearest start + 90 days. */
    record Hasil(Model.Intervensi intervensi, Ukur awal, Ukur akhir, Double selisihZlen, Double selisihZwei,
                 Double selisihZwfl, boolean menunggu) {
    }

    List<Hasil> hasilIntervensi(long anakId) {
        List<Ukur> riwayat = repo.riwayat(anakId);
        LocalDate hari = hariIni();
        List<Hasil> hasil = new ArrayList<>();
        for (Model.Intervensi i : repo.intervensi(anakId)) {
            hasil.add(hasil(i, riwayat, hari));
        }
        return hasil;
    }

    static Hasil hasil(Model.Intervensi i, List<Ukur> riwayat, LocalDate hariIni) {
        LocalDate target = i.mulai().plusDays(90);
        Ukur awal = riwayat.stream().filter(u -> !u.tanggalUkur().isAfter(i.mulai())).reduce((x, y) -> y)
                .orElse(null);
        Ukur akhir = riwayat.stream().filter(u -> u.tanggalUkur().isAfter(i.mulai()))
                .min(java.util.Comparator.comparingLong(u -> Math.abs(java.time.temporal.ChronoUnit.DAYS
                        .between(target, u.tanggalUkur())))).orElse(null);
        // Before day 90 a later measurement may still come nearer to the target: the outcome is not final.
        boolean menunggu = hariIni.isBefore(target);
        if (awal == null || akhir == null || menunggu) {
            return new Hasil(i, awal, menunggu ? null : akhir, null, null, null, menunggu);
        }
        return new Hasil(i, awal, akhir, selisih(awal.zlen(), akhir.zlen()), selisih(awal.zwei(), akhir.zwei()),
                selisih(awal.zwfl(), akhir.zwfl()), false);
    }

    private static Double selisih(BigDecimal a, BigDecimal b) {
        return a == null || b == null ? null : b.subtract(a).doubleValue();
    }

    // ---- helpers

    static String kosong(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String potong(String s, int n) {
        return s == null || s.length() <= n ? s : s.substring(0, n);
    }

    private static BigDecimal d(Double v) {
        return v == null ? null : BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
    }

    private static BigDecimal z(Double v) {
        return v == null ? null : BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
    }

    private static Double dbl(BigDecimal v) {
        return v == null ? null : v.doubleValue();
    }

    private static String nama(Enum<?> e) {
        return e == null ? null : e.name();
    }
}
