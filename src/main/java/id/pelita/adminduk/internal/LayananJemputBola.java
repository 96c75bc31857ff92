package id.pelita.adminduk.internal;

import id.pelita.akun.Akses;
import id.pelita.akun.PenggunaSaatIni;
import id.pelita.audit.AksiAudit;
import id.pelita.audit.AuditLog;
import id.pelita.inti.GalatValidasi;
import id.pelita.inti.Peran;
import id.pelita.inti.TidakDitemukan;
import id.pelita.kalender.KalenderKerja;
import id.pelita.kependudukan.DaftarPenduduk;
import id.pelita.kependudukan.DaftarPenduduk.RingkasPenduduk;
import id.pelita.layanan.PembukaBerkas;
import id.pelita.layanan.PengerjaLangkah;
import id.pelita.sop.KatalogSop;
import id.pelita.sop.WaktuBaku;
import id.pelita.wilayah.DirektoriWilayah;
import id.pelita.wilayah.KodeWilayah;
import id.pelita.wilayah.Tingkat;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Jemput bola e-KTP: a batch of vulnerable residents proposed by the villages runs as one case of SOP
 * JEMPUT-BOLA-EKTP. Each step's page work is done here and the step completed through {@link PengerjaLangkah},
 * so the case keeps its deadlines, escalation and history. Per-resident work is allowed only while the case
 * waits for the matching step and the user may work on it (role and region, as in the inbox); village operators
 * see and touch only their own village's residents.
 */
@Service
class LayananJemputBola {

    static final String SOP = "JEMPUT-BOLA-EKTP";
    static final String JENIS = "jemput-bola";
    static final String JENIS_WARGA = "jemput-bola-warga";
    /** Steps of the SOP this module works on. */
    static final int SUSUN = 2, RAPAT = 3, JADWAL = 4, REKAM = 5, CETAK = 6, KE_KECAMATAN = 7, KE_DESA = 8,
            BANTUAN = 9, USUL_DTKS = 10, EVALUASI = 11, FASILITASI = 12;
    static final int UMUR_WAJIB_KTP = 17;
    static final int UMUR_LANSIA = 60;

    enum Aksi { KELUARKAN, JADWAL, HASIL, CETAK, KECAMATAN, DESA, BANTUAN, USUL_DTKS, EVALUASI, FASILITASI }

    /** What a per-resident form sends; each action reads the fields it needs. */
    record Isian(String alasan, LocalDate tanggal, String petugas, Integer urutan, StatusWarga hasil,
                 Set<ProgramBantuan> program, Boolean diterima) {
    }

    /** A resident the register offers for a batch. */
    record Calon(RingkasPenduduk penduduk, String kategori, boolean sudahDiusulkan) {
    }

    /** A resident of a batch as the pages show them: deadlines in working days and whether they were missed. */
    record BarisWarga(Warga warga, Set<ProgramBantuan> bantuan, Instant tenggatRekam, Instant tenggatCetak,
                      boolean terlambatRekam, boolean terlambatCetak) {
    }

    private final RepositoriJemputBola repo;
    private final DaftarPenduduk penduduk;
    private final PembukaBerkas pembuka;
    private final PengerjaLangkah pengerja;
    private final KalenderKerja kalender;
    private final KatalogSop katalog;
    private final DirektoriWilayah wilayah;
    private final Akses akses;
    private final AuditLog audit;
    private final Clock jam;

    LayananJemputBola(RepositoriJemputBola repo, DaftarPenduduk penduduk, PembukaBerkas pembuka,
                      PengerjaLangkah pengerja, KalenderKerja kalender, KatalogSop katalog, DirektoriWilayah wilayah,
                      Akses akses, AuditLog audit, Clock jam) {
        this.repo = repo;
        this.penduduk = penduduk;
        this.pembuka = pembuka;
        this.pengerja = pengerja;
        this.kalender = kalender;
        this.katalog = katalog;
        this.wilayah = wilayah;
        this.akses = akses;
        this.audit = audit;
        this.jam = jam;
    }

    // ---- the vulnerable list -------------------------------------------------------------------------------

    /**
     * Who needs a home recording: vulnerable residents of the village (elderly 60+, disabled, ODGJ; living and
     * still in the village, as the register's list gives them) whose e-KTP is not yet recorded (SIAK 2) and who
     * must hold one (aged 17 or more, or married now or before).
     */
    static List<RingkasPenduduk> saring(List<RingkasPenduduk> rentan, String desa, LocalDate per) {
        return rentan.stream()
                .filter(p -> p.hidup() && desa.equals(p.desaKode()))
                .filter(p -> p.statusKtp() == DaftarPenduduk.KTP_BELUM_REKAM)
                .filter(p -> umur(p, per) >= UMUR_WAJIB_KTP || p.pernahKawin())
                .filter(p -> !kategori(p, per).isEmpty())
                .toList();
    }

    /** LANSIA, DISABILITAS and/or ODGJ (mental disability), comma-separated; empty when none applies. */
    static String kategori(RingkasPenduduk p, LocalDate per) {
        List<String> k = new ArrayList<>();
        if (umur(p, per) >= UMUR_LANSIA) {
            k.add("LANSIA");
        }
        if ("MENTAL".equals(p.disabilitas())) {
            k.add("ODGJ");
        } else if (p.disabilitas() != null) {
            k.add("DISABILITAS");
        }
        return String.join(",", k);
    }

    private static int umur(RingkasPenduduk p, LocalDate per) {
        return p.tanggalLahir() == null ? 0 : Period.between(p.tanggalLahir(), per).getYears();
    }

    // ---- batches -------------------------------------------------------------------------------------------

    List<Angkatan> daftar() {
        PenggunaSaatIni p = akses.wajibMasuk();
        String cakupan = p.wilayahKode();
        if (cakupan == null) {
            return repo.daftar("");
        }
        // A village operator sees the batches of their kecamatan (and only their village's residents inside).
        String kec = cakupan.split("\\.").length > 3 ? kecamatanDari(cakupan) : cakupan;
        return repo.daftar(kec).stream().filter(a -> boleh(a, p)).toList();
    }

    @Transactional
    Angkatan buat(String nama) {
        PenggunaSaatIni p = akses.wajibMasuk();
        String kec = p.wilayahKode();
        if (kec == null || wilayah.cari(kec).map(w -> w.tingkat() != Tingkat.KECAMATAN).orElse(true)) {
            throw new GalatValidasi("", "jemputbola.kecamatan.wajib");
        }
        if (!pembuka.berlaku(SOP, kec)) {
            throw new GalatValidasi("", "jemputbola.sop.tidak.berlaku");
        }
        if (nama == null || nama.isBlank() || nama.strip().length() > 200) {
            throw new GalatValidasi("nama", "jemputbola.nama.wajib");
        }
        long id = repo.simpanAngkatan(kec, nama.strip(), p.username(), jam.instant());
        audit.catat(AksiAudit.BUAT, JENIS, String.valueOf(id), kec, "angkatan jemput bola e-KTP dibuat");
        return repo.cari(id).orElseThrow();
    }

    /** The batch when the user may see it, else not found. */
    Angkatan lihat(long id) {
        PenggunaSaatIni p = akses.wajibMasuk();
        return repo.cari(id).filter(a -> boleh(a, p)).orElseThrow(() -> new TidakDitemukan("Angkatan " + id));
    }

    /** The residents the user may see (a village operator: their own village), audited as a read of personal data. */
    @Transactional
    List<BarisWarga> warga(Angkatan a) {
        PenggunaSaatIni p = akses.wajibMasuk();
        List<Warga> semua = repo.warga(a.id()).stream().filter(w -> bolehWarga(w, p)).toList();
        Map<Long, Set<ProgramBantuan>> bantuan = repo.bantuan(a.id());
        Instant tenggatRekam = tenggatRekam(a);
        Instant kini = jam.instant();
        List<BarisWarga> hasil = new ArrayList<>();
        for (Warga w : semua) {
            Instant tenggatCetak = w.direkamPada() == null ? null : tenggat(a.kecamatanKode(), w.direkamPada(), CETAK, 2);
            boolean belumRekam = w.status() == StatusWarga.DIJADWALKAN || w.status() == StatusWarga.TIDAK_DI_RUMAH;
            boolean telatRekam = tenggatRekam != null && (belumRekam ? kini.isAfter(tenggatRekam)
                    : w.direkamPada() != null && w.direkamPada().isAfter(tenggatRekam));
            boolean telatCetak = tenggatCetak != null && (w.status() == StatusWarga.DIREKAM ? kini.isAfter(tenggatCetak)
                    : w.dicetakPada() != null && w.dicetakPada().isAfter(tenggatCetak));
            hasil.add(new BarisWarga(w, bantuan.getOrDefault(w.id(), Set.of()), tenggatRekam, tenggatCetak, telatRekam,
                    telatCetak));
        }
        if (!hasil.isEmpty()) {
            audit.catat(AksiAudit.BACA, JENIS, String.valueOf(a.id()), p.punya(Peran.OPERATOR_DESA) ? p.wilayahKode()
                    : a.kecamatanKode(), "daftar warga jemput bola dilihat (" + hasil.size() + " orang)");
        }
        return hasil;
    }

    /** The 10-working-day standard of home recording (step 5), from when the schedule was fixed. */
    Instant tenggatRekam(Angkatan a) {
        return a.rekamMulai() == null ? null : tenggat(a.kecamatanKode(), a.rekamMulai(), REKAM, 10);
    }

    /** {@code mulai} plus the step's time standard (in days) in the kecamatan's working days. */
    Instant tenggat(String kecamatan, Instant mulai, int langkah, int bawaanHari) {
        int hari = katalog.terbaru(SOP).flatMap(d -> d.langkah().stream().filter(l -> l.no() == langkah).findFirst())
                .map(l -> WaktuBaku.parse(l.waktu()).maks()).orElse(bawaanHari);
        return kalender.tenggat(kecamatan, mulai, hari, ChronoUnit.DAYS);
    }

    // ---- proposals (step 1) --------------------------------------------------------------------------------

    /** Candidates of a village of the batch's kecamatan, read from the register (audited). */
    @Transactional
    List<Calon> calon(Angkatan a, String desa) {
        PenggunaSaatIni p = akses.wajibMasuk();
        pastikanDesa(a, desa, p);
        LocalDate hari = LocalDate.now(jam);
        Set<Long> sudah = repo.warga(a.id()).stream().map(Warga::pendudukId).collect(Collectors.toSet());
        List<Calon> hasil = saring(penduduk.rentan(desa, hari), desa, hari).stream()
                .map(r -> new Calon(r, kategori(r, hari), sudah.contains(r.id()))).toList();
        audit.catat(AksiAudit.BACA, JENIS, String.valueOf(a.id()), desa,
                "daftar calon jemput bola dari register (" + hasil.size() + " orang)");
        return hasil;
    }

    @Transactional
    long usulkan(Angkatan a, String desa, long pendudukId, String alamat, String rt, String rw) {
        PenggunaSaatIni p = akses.wajibMasuk();
        pastikanDesa(a, desa, p);
        if (!a.usulan()) {
            throw new GalatValidasi("", "jemputbola.usulan.ditutup");
        }
        if (!p.punya(Peran.OPERATOR_DESA) && !p.punya(Peran.STAF) && !p.punya(Peran.KASI)) {
            throw new AccessDeniedException("usulan");
        }
        if (alamat == null || alamat.isBlank() || alamat.strip().length() > 300) {
            throw new GalatValidasi("alamat", "jemputbola.alamat.wajib");
        }
        LocalDate hari = LocalDate.now(jam);
        RingkasPenduduk r = penduduk.cari(pendudukId).filter(x -> desa.equals(x.desaKode()))
                .orElseThrow(() -> new TidakDitemukan("Penduduk " + pendudukId));
        if (saring(List.of(r), desa, hari).isEmpty()) {
            throw new GalatValidasi("", "jemputbola.bukan.calon");
        }
        if (repo.sedangDiproses(pendudukId)) {
            throw new GalatValidasi("", "jemputbola.sudah.diusulkan");
        }
        long id = repo.tambahWarga(a.id(), r.id(), desa, r.nama(), r.nikSamar(), kategori(r, hari), alamat.strip(),
                rtRw(rt), rtRw(rw), p.username(), jam.instant());
        audit.catat(AksiAudit.BUAT, JENIS_WARGA, String.valueOf(id), desa,
                "penduduk " + r.id() + " diusulkan ke jemput bola " + a.id());
        return id;
    }

    // ---- the case ------------------------------------------------------------------------------------------

    /** Step 2: the staff compile the villages' proposals; the batch's case starts (step 1 done by the villages). */
    @Transactional
    String susun(Angkatan a, String catatan) {
        PenggunaSaatIni p = akses.wajibMasuk();
        if (!a.usulan()) {
            throw new GalatValidasi("", "jemputbola.langkah.berubah");
        }
        if (!p.punya(Peran.STAF) || !akses.bolehWilayah(a.kecamatanKode()) || p.wilayahKode() == null) {
            throw new AccessDeniedException("susun");
        }
        List<Warga> semua = repo.warga(a.id());
        if (semua.isEmpty()) {
            throw new GalatValidasi("", "jemputbola.usulan.kosong");
        }
        long desa = semua.stream().map(Warga::desaKode).distinct().count();
        String nomor = pembuka.bukaOtomatis(SOP, a.kecamatanKode(), null, null,
                "Jemput bola e-KTP: " + a.nama() + " (" + semua.size() + " warga, " + desa + " desa)", "JB-" + a.id(), 1);
        repo.mulai(a.id(), nomor, 1);
        pengerja.selesaikan(nomor, SUSUN, p, true, "Data kaum rentan: " + semua.size() + " warga dari " + desa + " desa",
                kosong(catatan));
        audit.catat(AksiAudit.UBAH, JENIS, String.valueOf(a.id()), a.kecamatanKode(), "disusun, berkas " + nomor);
        return nomor;
    }

    /** Completes the waiting step {@code no} once the batch's records show it done. */
    @Transactional
    void selesaikanLangkah(Angkatan a, int no, LocalDate rapatTanggal, String catatan) {
        PenggunaSaatIni p = akses.wajibMasuk();
        langkahWajib(a, no, p);
        List<Warga> semua = repo.warga(a.id()).stream().filter(Warga::aktif).toList();
        String output = switch (no) {
            case RAPAT -> {
                if (rapatTanggal == null) {
                    throw new GalatValidasi("rapatTanggal", "jemputbola.rapat.tanggal.wajib");
                }
                repo.aturRapat(a.id(), rapatTanggal, kosong(catatan));
                yield "Data kaum rentan disepakati: " + semua.size() + " warga";
            }
            case JADWAL -> {
                wajibTidakAda(semua, StatusWarga.DIUSULKAN, "jemputbola.jadwal.belum.lengkap");
                yield "Jadwal perekaman: " + semua.size() + " warga, "
                        + semua.stream().map(Warga::kunjunganTanggal).distinct().count() + " hari kunjungan";
            }
            case REKAM -> {
                wajibTidakAda(semua, StatusWarga.DIJADWALKAN, "jemputbola.rekam.belum.lengkap");
                yield "Hasil perekaman: " + ringkasStatus(semua);
            }
            case CETAK -> {
                wajibTidakAda(semua, StatusWarga.DIREKAM, "jemputbola.cetak.belum.lengkap");
                yield "E-KTP jadi: " + semua.stream().filter(w -> w.dicetakPada() != null).count();
            }
            case KE_KECAMATAN -> {
                wajibTidakAda(semua, StatusWarga.DICETAK, "jemputbola.kecamatan.belum.lengkap");
                yield "E-KTP diterima kecamatan: " + semua.stream().filter(w -> w.diKecamatanPada() != null).count();
            }
            case KE_DESA -> {
                wajibTidakAda(semua, StatusWarga.DI_KECAMATAN, "jemputbola.desa.belum.lengkap");
                yield "E-KTP diserahkan ke desa: " + semua.stream().filter(w -> w.diDesaPada() != null).count();
            }
            case BANTUAN -> "Bantuan tercatat untuk " + semua.size() + " warga";
            case USUL_DTKS -> "Usulan DTKS: " + semua.stream().filter(w -> w.usulanStatus() != null).count() + " warga";
            case EVALUASI -> {
                if (semua.stream().anyMatch(w -> Warga.USUL_DIAJUKAN.equals(w.usulanStatus()))) {
                    throw new GalatValidasi("", "jemputbola.evaluasi.belum.lengkap");
                }
                yield "Usulan diterima " + hitungUsulan(semua, Warga.USUL_DITERIMA) + ", ditolak "
                        + hitungUsulan(semua, Warga.USUL_DITOLAK);
            }
            default -> throw new GalatValidasi("", "jemputbola.langkah.berubah");
        };
        pengerja.selesaikan(a.berkasNomor(), no, p, true, output, kosong(catatan));
        audit.catat(AksiAudit.UBAH, JENIS, String.valueOf(a.id()), a.kecamatanKode(), "langkah " + no + " selesai");
        if (no == EVALUASI) {
            tutupFasilitasiBilaTuntas(a);
        }
    }

    /** Per-resident work of the waiting step. */
    @Transactional
    void aksi(Angkatan a, long wargaId, Aksi aksi, Isian f) {
        PenggunaSaatIni p = akses.wajibMasuk();
        Warga w = repo.cariWarga(a.id(), wargaId).filter(x -> bolehWarga(x, p))
                .orElseThrow(() -> new TidakDitemukan("Warga " + wargaId));
        String ket;
        switch (aksi) {
            case KELUARKAN -> {
                langkahWajib(a, RAPAT, p);
                statusWajib(w, StatusWarga.DIUSULKAN);
                repo.keluarkan(w.id(), wajibAlasan(f.alasan()));
                ket = "dikeluarkan oleh rapat koordinasi: " + f.alasan().strip();
            }
            case JADWAL -> {
                int no = menunggu(a).orElse(-1);
                if (no == REKAM) { // a revisit of someone not at home
                    langkahWajib(a, REKAM, p);
                    statusWajib(w, StatusWarga.TIDAK_DI_RUMAH, StatusWarga.DIJADWALKAN);
                } else {
                    langkahWajib(a, JADWAL, p);
                    statusWajib(w, StatusWarga.DIUSULKAN, StatusWarga.DIJADWALKAN);
                }
                var g = new GalatValidasi.Kumpulan();
                if (f.tanggal() == null) {
                    g.tambah("tanggal", "jemputbola.tanggal.wajib");
                }
                if (f.petugas() == null || f.petugas().isBlank() || f.petugas().strip().length() > 200) {
                    g.tambah("petugas", "jemputbola.petugas.wajib");
                }
                g.lemparJikaAda();
                int urutan = f.urutan() == null || f.urutan() < 1 ? 1 : f.urutan();
                repo.jadwalkan(w.id(), f.tanggal(), f.petugas().strip(), urutan);
                ket = "dijadwalkan " + f.tanggal() + " urutan " + urutan;
            }
            case HASIL -> {
                langkahWajib(a, REKAM, p);
                statusWajib(w, StatusWarga.DIJADWALKAN, StatusWarga.TIDAK_DI_RUMAH);
                if (f.hasil() == null || !StatusWarga.HASIL_KUNJUNGAN.contains(f.hasil())) {
                    throw new GalatValidasi("hasil", "jemputbola.hasil.wajib");
                }
                String alasan = kosong(f.alasan());
                if ((f.hasil() == StatusWarga.MENOLAK || f.hasil() == StatusWarga.TIDAK_LAYAK) && alasan == null) {
                    throw new GalatValidasi("alasan", "jemputbola.alasan.wajib");
                }
                repo.hasil(w.id(), f.hasil(), alasan, jam.instant());
                if (f.hasil() == StatusWarga.DIREKAM) {
                    penduduk.ubahStatusKtp(w.pendudukId(), DaftarPenduduk.KTP_SUDAH_REKAM,
                            "jemput bola " + a.berkasNomor());
                }
                ket = "hasil kunjungan: " + f.hasil();
            }
            case CETAK -> ket = kartu(a, w, p, CETAK, StatusWarga.DIREKAM, StatusWarga.DICETAK);
            case KECAMATAN -> ket = kartu(a, w, p, KE_KECAMATAN, StatusWarga.DICETAK, StatusWarga.DI_KECAMATAN);
            case DESA -> ket = kartu(a, w, p, KE_DESA, StatusWarga.DI_KECAMATAN, StatusWarga.DI_DESA);
            case BANTUAN -> {
                langkahWajib(a, BANTUAN, p);
                aktifWajib(w);
                Set<ProgramBantuan> program = f.program() == null ? Set.of() : f.program();
                repo.aturBantuan(w.id(), program);
                ket = "bantuan diterima: " + (program.isEmpty() ? "-" : program);
            }
            case USUL_DTKS -> {
                langkahWajib(a, USUL_DTKS, p);
                aktifWajib(w);
                Set<ProgramBantuan> punya = repo.bantuan(a.id()).getOrDefault(w.id(), Set.of());
                Set<ProgramBantuan> usul = EnumSet.noneOf(ProgramBantuan.class);
                if (f.program() != null) {
                    usul.addAll(f.program());
                }
                usul.removeAll(punya);
                if (usul.isEmpty()) {
                    throw new GalatValidasi("program", "jemputbola.usulan.program.wajib");
                }
                repo.usulkanDtks(w.id(), usul);
                ket = "diusulkan DTKS untuk " + usul;
            }
            case EVALUASI -> {
                langkahWajib(a, EVALUASI, p);
                if (w.usulanStatus() == null) {
                    throw new GalatValidasi("", "jemputbola.aksi.tidak.sah");
                }
                boolean terima = Boolean.TRUE.equals(f.diterima());
                String alasan = kosong(f.alasan());
                if (!terima && alasan == null) {
                    throw new GalatValidasi("alasan", "jemputbola.alasan.wajib");
                }
                repo.evaluasi(w.id(), terima, alasan);
                ket = "evaluasi usulan: " + (terima ? "diterima" : "ditolak (" + alasan + ")");
            }
            case FASILITASI -> {
                if (menunggu(a).orElse(-1) != FASILITASI) {
                    throw new GalatValidasi("", "jemputbola.langkah.berubah");
                }
                pastikanPetugasDesa(a, w, p);
                if (!Warga.USUL_DITERIMA.equals(w.usulanStatus()) || w.difasilitasiPada() != null) {
                    throw new GalatValidasi("", "jemputbola.aksi.tidak.sah");
                }
                repo.fasilitasi(w.id(), jam.instant());
                ket = "penerima bantuan difasilitasi";
            }
            default -> throw new IllegalStateException();
        }
        audit.catat(AksiAudit.UBAH, JENIS_WARGA, String.valueOf(w.id()), w.desaKode(), ket);
        if (aksi == Aksi.FASILITASI) {
            tutupFasilitasiBilaTuntas(a);
        }
    }

    /** The card handed to the resident (or their family), with a photo or the recipient's name and date. */
    @Transactional
    void serahkan(Angkatan a, long wargaId, String penerima, LocalDate tanggal, byte[] foto) {
        PenggunaSaatIni p = akses.wajibMasuk();
        Warga w = repo.cariWarga(a.id(), wargaId).filter(x -> bolehWarga(x, p))
                .orElseThrow(() -> new TidakDitemukan("Warga " + wargaId));
        pastikanPetugasDesa(a, w, p);
        statusWajib(w, StatusWarga.DI_DESA);
        String jenis = null;
        if (foto != null && foto.length > 0) {
            jenis = BuktiFoto.jenis(foto);
        } else {
            var g = new GalatValidasi.Kumpulan();
            if (penerima == null || penerima.isBlank() || penerima.strip().length() > 200) {
                g.tambah("penerima", "jemputbola.bukti.wajib");
            }
            if (tanggal == null || tanggal.isAfter(LocalDate.now(jam))) {
                g.tambah("tanggal", "jemputbola.bukti.wajib");
            }
            g.lemparJikaAda();
            foto = null;
        }
        repo.serahkan(w.id(), kosong(penerima), tanggal, jenis, foto, jam.instant());
        penduduk.ubahStatusKtp(w.pendudukId(), DaftarPenduduk.KTP_KARTU_TERBIT, "diserahkan, jemput bola " + a.berkasNomor());
        audit.catat(AksiAudit.UBAH, JENIS_WARGA, String.valueOf(w.id()), w.desaKode(),
                "e-KTP diserahkan ke warga" + (jenis != null ? " (bukti foto)" : " (penerima " + penerima.strip() + ")"));
    }

    /** The handover photo of a resident the user may see (audited). */
    @Transactional
    Optional<Foto> bukti(Angkatan a, long wargaId) {
        PenggunaSaatIni p = akses.wajibMasuk();
        Warga w = repo.cariWarga(a.id(), wargaId).filter(x -> bolehWarga(x, p))
                .orElseThrow(() -> new TidakDitemukan("Warga " + wargaId));
        return repo.foto(w.id()).map(b -> {
            audit.catat(AksiAudit.BACA, JENIS_WARGA, String.valueOf(w.id()), w.desaKode(), "foto bukti serah dilihat");
            return new Foto(w.buktiJenis(), b);
        });
    }

    record Foto(String jenis, byte[] isi) {
    }

    /** The step the batch's case waits for, empty before the case starts or after it ended. */
    Optional<Integer> menunggu(Angkatan a) {
        return a.berkasNomor() == null ? Optional.empty()
                : pengerja.menunggu(a.berkasNomor()).map(PengerjaLangkah.LangkahMenunggu::no);
    }

    Optional<PengerjaLangkah.LangkahMenunggu> langkahMenunggu(Angkatan a) {
        return a.berkasNomor() == null ? Optional.empty() : pengerja.menunggu(a.berkasNomor());
    }

    /** Whether the user may work on the waiting step (role and region, as in the inbox). */
    boolean bolehLangkah(Angkatan a) {
        return a.berkasNomor() != null && pengerja.boleh(a.berkasNomor(), akses.wajibMasuk());
    }

    /** Village operators of the resident's village and kecamatan staff/kasi act for the village. */
    boolean bolehPetugasDesa(Angkatan a, Warga w) {
        PenggunaSaatIni p = akses.wajibMasuk();
        return (p.punya(Peran.OPERATOR_DESA) && w.desaKode().equals(p.wilayahKode()))
                || ((p.punya(Peran.STAF) || p.punya(Peran.KASI)) && p.wilayahKode() != null
                && akses.bolehWilayah(a.kecamatanKode()));
    }

    /** After the evaluation committed (see {@link PengikutBerkasJemputBola}), in a transaction of its own. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    void tutupFasilitasiSetelahEvaluasi(Angkatan a) {
        tutupFasilitasiBilaTuntas(a);
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private void tutupFasilitasiBilaTuntas(Angkatan a) {
        if (menunggu(a).orElse(-1) != FASILITASI) {
            return;
        }
        List<Warga> diterima = repo.warga(a.id()).stream()
                .filter(w -> Warga.USUL_DITERIMA.equals(w.usulanStatus())).toList();
        if (diterima.stream().allMatch(w -> w.difasilitasiPada() != null)) {
            pengerja.selesaikanOlehSistem(a.berkasNomor(), FASILITASI, true, diterima.isEmpty()
                    ? "Tidak ada penerima bantuan baru" : "Penerima bantuan difasilitasi: " + diterima.size(), null);
        }
    }

    private String kartu(Angkatan a, Warga w, PenggunaSaatIni p, int langkah, StatusWarga dari, StatusWarga ke) {
        langkahWajib(a, langkah, p);
        statusWajib(w, dari);
        repo.kartu(w.id(), ke, jam.instant());
        return "e-KTP " + ke;
    }

    private void langkahWajib(Angkatan a, int no, PenggunaSaatIni p) {
        if (!Angkatan.BERJALAN.equals(a.status()) || menunggu(a).orElse(-1) != no) {
            throw new GalatValidasi("", "jemputbola.langkah.berubah");
        }
        if (!pengerja.boleh(a.berkasNomor(), p)) {
            throw new AccessDeniedException("langkah " + no);
        }
    }

    private void pastikanPetugasDesa(Angkatan a, Warga w, PenggunaSaatIni p) {
        if (!bolehPetugasDesa(a, w)) {
            throw new AccessDeniedException("desa");
        }
    }

    private static void statusWajib(Warga w, StatusWarga... boleh) {
        if (!EnumSet.of(boleh[0], boleh).contains(w.status())) {
            throw new GalatValidasi("", "jemputbola.aksi.tidak.sah");
        }
    }

    private static void aktifWajib(Warga w) {
        if (!w.aktif()) {
            throw new GalatValidasi("", "jemputbola.aksi.tidak.sah");
        }
    }

    private static void wajibTidakAda(List<Warga> semua, StatusWarga status, String kunci) {
        if (semua.stream().anyMatch(w -> w.status() == status)) {
            throw new GalatValidasi("", kunci);
        }
    }

    private static String wajibAlasan(String alasan) {
        if (alasan == null || alasan.isBlank()) {
            throw new GalatValidasi("alasan", "jemputbola.alasan.wajib");
        }
        return alasan.strip().length() > 500 ? alasan.strip().substring(0, 500) : alasan.strip();
    }

    private static long hitungUsulan(List<Warga> semua, String status) {
        return semua.stream().filter(w -> status.equals(w.usulanStatus())).count();
    }

    private static String ringkasStatus(List<Warga> semua) {
        Map<StatusWarga, Long> n = new LinkedHashMap<>();
        semua.forEach(w -> n.merge(w.status(), 1L, Long::sum));
        return n.entrySet().stream().map(e -> e.getKey().name() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    /** The village is in the batch's kecamatan and within the user's reach (an operator: their own village). */
    private void pastikanDesa(Angkatan a, String desa, PenggunaSaatIni p) {
        if (desa == null || !KodeWilayah.termasuk(desa, a.kecamatanKode())
                || wilayah.cari(desa).map(w -> w.tingkat() != Tingkat.DESA).orElse(true)) {
            throw new TidakDitemukan("Desa " + desa);
        }
        akses.pastikanWilayah(desa);
    }

    private boolean boleh(Angkatan a, PenggunaSaatIni p) {
        String c = p.wilayahKode();
        return c == null ? akses.bolehWilayah(a.kecamatanKode())
                : KodeWilayah.termasuk(a.kecamatanKode(), c) || KodeWilayah.termasuk(c, a.kecamatanKode());
    }

    private static boolean bolehWarga(Warga w, PenggunaSaatIni p) {
        return !p.punya(Peran.OPERATOR_DESA) || w.desaKode().equals(p.wilayahKode());
    }

    private static String kecamatanDari(String kode) {
        String[] b = kode.split("\\.");
        return b[0] + "." + b[1] + "." + b[2];
    }

    private static String rtRw(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        if (!t.matches("\\d{1,3}")) {
            throw new GalatValidasi("rt", "jemputbola.rtrw.tidak.sah");
        }
        return String.format("%03d", Integer.parseInt(t));
    }

    private static String kosong(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
