package id.pelita.posyandu.internal.forum;

import id.pelita.akun.Akses;
import id.pelita.akun.PenggunaSaatIni;
import id.pelita.audit.AksiAudit;
import id.pelita.audit.AuditLog;
import id.pelita.inti.GalatValidasi;
import id.pelita.inti.TidakDitemukan;
import id.pelita.layanan.LangkahSelesai;
import id.pelita.layanan.PembukaBerkas;
import id.pelita.layanan.PengerjaLangkah;
import id.pelita.posyandu.internal.laporan.KirimanLaporan;
import id.pelita.wilayah.DirektoriWilayah;
import id.pelita.wilayah.Tingkat;
import id.pelita.wilayah.Wilayah;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The FOKUS TUNTAS forum (seed 004): a monthly meeting is a case of SOP FOKUS-TUNTAS opened through
 * {@link PembukaBerkas}; its steps are completed from the forum pages through {@link PengerjaLangkah}, so the
 * case keeps its deadlines, escalation and history, and the SOP's roles decide who may do what (the
 * secretariat = kecamatan staff prepares, the camat leads and confirms). The meeting's state follows the case's
 * steps wherever they are done (here or in the inbox), by listening to {@link LangkahSelesai}.
 * Meetings belong to a kecamatan: users outside it do not see them (404).
 */
@Service
class LayananForum {

    static final String SOP = "FOKUS-TUNTAS";
    static final String JENIS = "forum-rapat";
    static final int TEKS_MAKS = 1000;
    private static final Pattern JAM = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");
    private static final DateTimeFormatter TGL = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final RepositoriForum repo;
    private final PembukaBerkas pembuka;
    private final PengerjaLangkah pengerja;
    private final DirektoriWilayah wilayah;
    private final Akses akses;
    private final AuditLog audit;
    private final Clock jam;
    private final KirimanLaporan kiriman;

    LayananForum(RepositoriForum repo, PembukaBerkas pembuka, PengerjaLangkah pengerja, DirektoriWilayah wilayah,
                 Akses akses, AuditLog audit, Clock jam, KirimanLaporan kiriman) {
        this.kiriman = kiriman;
        this.repo = repo;
        this.pembuka = pembuka;
        this.pengerja = pengerja;
        this.wilayah = wilayah;
        this.akses = akses;
        this.audit = audit;
        this.jam = jam;
    }

    /** Served kecamatan the user reaches where the SOP applies (FOKUS TUNTAS is Concong's innovation). */
    List<Wilayah> kecamatanForum() {
        return wilayah.kecamatanLayanan().stream()
                .filter(k -> akses.bolehWilayah(k.kode()) && pembuka.berlaku(SOP, k.kode())).toList();
    }

    RapatForum lihat(long id) {
        RapatForum r = repo.cari(id).orElseThrow(() -> new TidakDitemukan("Rapat forum"));
        if (!akses.bolehWilayah(r.kecamatanKode())) {
            throw new TidakDitemukan("Rapat forum");
        }
        return r;
    }

    List<RapatForum> daftar() {
        return repo.daftar(akses.wajibMasuk().wilayahKode(), 100);
    }

    LocalDate hariIni() {
        return LocalDate.now(jam.withZone(ZoneId.of("Asia/Jakarta")));
    }

    /**
     * A new meeting (SOP step 1 waits: the secretariat completes the invitation). Agenda and invitations are
     * one per line; an invitation line is "name — element" (or "name; element").
     */
    @Transactional
    long buat(String kecamatanKode, String bulan, String tanggal, String jamRapat, String tempat, String agenda,
              String undangan) {
        PenggunaSaatIni u = akses.wajibMasuk();
        var galat = new GalatValidasi.Kumpulan();
        String kec = kecamatanKode == null ? "" : kecamatanKode.strip();
        if (kec.isEmpty() || wilayah.cari(kec).map(w -> w.tingkat() != Tingkat.KECAMATAN).orElse(true)
                || !akses.bolehWilayah(kec)) {
            galat.tambah("kecamatanKode", "forum.galat.kecamatan");
        } else if (!pembuka.berlaku(SOP, kec)) {
            galat.tambah("kecamatanKode", "forum.galat.sop.tidak.berlaku");
        }
        YearMonth b = bulan(bulan);
        if (b == null) {
            galat.tambah("bulan", "forum.galat.bulan");
        }
        LocalDate t = tanggal(tanggal);
        if (t == null) {
            galat.tambah("tanggal", "forum.galat.tanggal");
        }
        String j = jamRapat == null || jamRapat.isBlank() ? null : jamRapat.strip();
        if (j != null && !JAM.matcher(j).matches()) {
            galat.tambah("jam", "forum.galat.jam");
        }
        String tmp = teks(tempat, 200);
        if (tmp == null) {
            galat.tambah("tempat", "forum.galat.tempat");
        }
        List<String> butir = baris(agenda);
        if (butir.isEmpty() || butir.stream().anyMatch(s -> s.length() > 300)) {
            galat.tambah("agenda", "forum.galat.agenda");
        }
        List<String[]> diundang;
        try {
            diundang = baris(undangan).stream().map(LayananForum::undangan).toList();
        } catch (IllegalArgumentException e) {
            diundang = List.of();
            galat.tambah("undangan", "forum.galat.undangan");
        }
        galat.lemparJikaAda();

        long id = repo.simpanBaru(kec, b.atDay(1), t, j, tmp, u.username(), jam.instant());
        butir.forEach(a -> repo.tambahAgenda(id, a));
        diundang.forEach(d -> repo.tambahUndangan(id, d[0], d[1], false));
        String nomor = pembuka.bukaOtomatis(SOP, kec, u.nama(), null,
                "Rapat forum FOKUS TUNTAS bulan " + b + ", " + TGL.format(t) + " di " + tmp, "forum:" + id, 0);
        repo.aturBerkas(id, nomor);
        audit.catat(AksiAudit.BUAT, JENIS, String.valueOf(id), kec, "Rapat forum bulan " + b + ", berkas " + nomor);
        return id;
    }

    @Transactional
    void tambahAgenda(long id, String judul) {
        RapatForum r = bolehUbah(id);
        String t = teks(judul, 300);
        if (t == null) {
            throw new GalatValidasi("judul", "forum.galat.agenda");
        }
        repo.tambahAgenda(r.id(), t);
        audit.catat(AksiAudit.UBAH, JENIS, String.valueOf(id), r.kecamatanKode(), "Agenda ditambah");
    }

    /** An invitee, or someone who came without an invitation (then present at once). */
    @Transactional
    void tambahUndangan(long id, String nama, String unsur, boolean hadir) {
        RapatForum r = bolehUbah(id);
        String n = teks(nama, 120);
        String s = teks(unsur, 120);
        if (n == null || s == null) {
            throw new GalatValidasi("nama", "forum.galat.undangan");
        }
        repo.tambahUndangan(r.id(), n, s, hadir);
        audit.catat(AksiAudit.UBAH, JENIS, String.valueOf(id), r.kecamatanKode(), "Undangan ditambah");
    }

    /** SOP step 1 (secretariat): the recap and the invitation are ready. */
    @Transactional
    void kirimUndangan(long id) {
        RapatForum r = lihat(id);
        pastikanStatus(r, StatusRapat.DIRENCANAKAN);
        if (repo.agenda(id).isEmpty() || repo.undangan(id).isEmpty()) {
            throw new GalatValidasi("", "forum.galat.undangan.kosong");
        }
        kerjakan(r, 1, "Undangan rapat " + TGL.format(r.tanggal()) + (r.jam() == null ? "" : " pukul " + r.jam())
                + " di " + r.tempat() + ": " + repo.agenda(id).size() + " butir agenda, "
                + repo.undangan(id).size() + " undangan", null);
    }

    /** Attendance as taken at the meeting (only after the invitation went out). */
    @Transactional
    void aturHadir(long id, List<Long> hadir) {
        RapatForum r = lihat(id);
        pastikanStatus(r, StatusRapat.DIUNDANG);
        pastikanKantor();
        repo.aturHadir(id, hadir == null ? List.of() : hadir);
        audit.catat(AksiAudit.UBAH, JENIS, String.valueOf(id), r.kecamatanKode(), "Daftar hadir");
    }

    @Transactional
    void tambahKeputusan(long id, String isi) {
        RapatForum r = lihat(id);
        pastikanStatus(r, StatusRapat.DIUNDANG);
        pastikanKantor();
        String t = teks(isi, TEKS_MAKS);
        if (t == null) {
            throw new GalatValidasi("isi", "forum.galat.keputusan");
        }
        repo.tambahKeputusan(id, t);
        audit.catat(AksiAudit.UBAH, JENIS, String.valueOf(id), r.kecamatanKode(), "Keputusan ditambah");
    }

    @Transactional
    void tambahTindakLanjut(long id, String penanggungJawab, String uraian, String tenggat) {
        RapatForum r = lihat(id);
        pastikanStatus(r, StatusRapat.DIUNDANG);
        pastikanKantor();
        var galat = new GalatValidasi.Kumpulan();
        String pj = teks(penanggungJawab, 120);
        if (pj == null) {
            galat.tambah("penanggungJawab", "forum.galat.penanggung.jawab");
        }
        String u = teks(uraian, TEKS_MAKS);
        if (u == null) {
            galat.tambah("uraian", "forum.galat.uraian");
        }
        LocalDate t = tanggal(tenggat);
        if (t == null || t.isBefore(r.tanggal())) {
            galat.tambah("tenggat", "forum.galat.tenggat");
        }
        galat.lemparJikaAda();
        repo.tambahTindakLanjut(id, pj, u, t);
        audit.catat(AksiAudit.UBAH, JENIS, String.valueOf(id), r.kecamatanKode(), "Tindak lanjut ditambah");
    }

    /** SOP step 2 (camat): the meeting was held; attendance, decisions and the division of tasks confirmed. */
    @Transactional
    void sahkan(long id, String notulen) {
        RapatForum r = lihat(id);
        pastikanStatus(r, StatusRapat.DIUNDANG);
        var hadir = repo.undangan(id).stream().filter(RapatForum.Hadir::hadir).count();
        int keputusan = repo.keputusan(id).size();
        int tugas = repo.tindakLanjut(id).size();
        if (hadir == 0 || keputusan == 0 || tugas == 0) {
            throw new GalatValidasi("", "forum.galat.sahkan.kurang");
        }
        String n = notulen == null || notulen.isBlank() ? null : notulen.strip();
        if (n != null && n.length() > 4000) {
            throw new GalatValidasi("notulen", "forum.galat.notulen");
        }
        repo.ubahNotulen(id, n, jam.instant());
        kerjakan(r, 2, keputusan + " keputusan, " + tugas + " tindak lanjut; hadir " + hadir + " dari "
                + repo.undangan(id).size() + " undangan", null);
    }

    /** A follow-up task done (after the minutes are confirmed), by any kecamatan office user. */
    @Transactional
    void selesaikanTindakLanjut(long id, long tugasId, String catatan) {
        RapatForum r = lihat(id);
        pastikanStatus(r, StatusRapat.DISAHKAN);
        pastikanKantor();
        String c = catatan == null || catatan.isBlank() ? null : teks(catatan, TEKS_MAKS);
        if (!repo.selesaikanTindakLanjut(id, tugasId, akses.wajibMasuk().username(), c, jam.instant())) {
            throw new GalatValidasi("", "forum.galat.tindak.lanjut");
        }
        audit.catat(AksiAudit.UBAH, JENIS, String.valueOf(id), r.kecamatanKode(), "Tindak lanjut " + tugasId + " selesai");
    }

    /** SOP step 3 (forum members, by the secretariat): the agreed actions carried out; open ones need a note. */
    @Transactional
    void tutupTindakLanjut(long id, String catatan) {
        RapatForum r = lihat(id);
        pastikanStatus(r, StatusRapat.DISAHKAN);
        var semua = repo.tindakLanjut(id);
        long selesai = semua.stream().filter(RapatForum.TindakLanjut::selesai).count();
        String c = catatan == null || catatan.isBlank() ? null : teks(catatan, TEKS_MAKS);
        if (selesai < semua.size() && c == null) {
            throw new GalatValidasi("catatan", "forum.galat.tindak.lanjut.terbuka");
        }
        kerjakan(r, 3, selesai + " dari " + semua.size() + " tindak lanjut selesai", c);
    }

    /** SOP step 4 (secretariat): the month's progress report of the kecamatan, frozen as PDF and XLSX. */
    @Transactional
    void susunLaporan(long id) {
        RapatForum r = lihat(id);
        pastikanStatus(r, StatusRapat.TINDAK_LANJUT_SELESAI);
        if (!bolehLangkah(r)) {
            throw new GalatValidasi("", "forum.galat.bukan.peran");
        }
        long laporan = kiriman.susun(r.kecamatanKode(), r.bulanLaporan(), akses.wajibMasuk().username(), r.berkasNomor());
        kerjakan(r, 4, "Laporan perkembangan stunting bulan " + r.bulanLaporan() + " disusun (laporan " + laporan + ")", null);
    }

    /** SOP step 5 (camat): the report goes to the district team's inbox; the case ends. */
    @Transactional
    void kirimLaporan(long id) {
        RapatForum r = lihat(id);
        pastikanStatus(r, StatusRapat.LAPORAN_DISUSUN);
        if (!bolehLangkah(r)) {
            throw new GalatValidasi("", "forum.galat.bukan.peran");
        }
        long laporan = kiriman.untukBerkas(r.berkasNomor()).orElseThrow(() -> new GalatValidasi("", "forum.galat.status"));
        kiriman.kirim(laporan, akses.wajibMasuk().username());
        kerjakan(r, 5, "Laporan bulan " + r.bulanLaporan() + " dikirim ke Tim Penuntasan Stunting Kabupaten", null);
    }

    /** The report prepared in step 4, if any. */
    java.util.Optional<Long> laporan(RapatForum r) {
        return r.berkasNomor() == null ? java.util.Optional.empty() : kiriman.untukBerkas(r.berkasNomor());
    }

    /** Completes a waiting step of the meeting's case as the signed-in user, by the SOP's role rules. */
    void kerjakan(RapatForum r, int langkah, String output, String catatan) {
        PenggunaSaatIni u = akses.wajibMasuk();
        if (r.berkasNomor() == null || !pengerja.boleh(r.berkasNomor(), u)) {
            throw new GalatValidasi("", "forum.galat.bukan.peran");
        }
        pengerja.selesaikan(r.berkasNomor(), langkah, u, true, output, catatan);
        audit.catat(AksiAudit.UBAH, JENIS, String.valueOf(r.id()), r.kecamatanKode(), "Langkah " + langkah + " SOP " + SOP);
    }

    /** Whether the user may do the step the meeting waits for (the page offers the button only then). */
    boolean bolehLangkah(RapatForum r) {
        return r.berkasNomor() != null && akses.saatIni().map(u -> pengerja.boleh(r.berkasNomor(), u)).orElse(false);
    }

    /** The meeting follows its case, whichever page completed the step (in the step's transaction). */
    @EventListener
    void langkahSelesai(LangkahSelesai e) {
        if (!SOP.equals(e.sopKode())) {
            return;
        }
        repo.cariBerkas(e.nomorBerkas()).ifPresent(r -> repo.ubahStatus(r.id(), StatusRapat.setelahLangkah(e.langkahNo()),
                jam.instant()));
    }

    void pastikanKantor() {
        if (!akses.bolehMembuka("POST", "/posyandu/forum/baru")) {
            throw new GalatValidasi("", "forum.galat.bukan.peran");
        }
    }

    private RapatForum bolehUbah(long id) {
        RapatForum r = lihat(id);
        if (!r.bolehUbahRapat()) {
            throw new GalatValidasi("", "forum.galat.status");
        }
        pastikanKantor();
        return r;
    }

    private static void pastikanStatus(RapatForum r, StatusRapat s) {
        if (r.status() != s) {
            throw new GalatValidasi("", "forum.galat.status");
        }
    }

    static List<String> baris(String teks) {
        if (teks == null) {
            return List.of();
        }
        return teks.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** "Nama — Unsur", "Nama - Unsur" or "Nama; Unsur". */
    static String[] undangan(String baris) {
        String[] p = baris.split("\\s+[—–-]\\s+|;", 2);
        if (p.length != 2 || p[0].isBlank() || p[1].isBlank() || p[0].strip().length() > 120
                || p[1].strip().length() > 120) {
            throw new IllegalArgumentException(baris);
        }
        return new String[] {p[0].strip(), p[1].strip()};
    }

    static String teks(String s, int maks) {
        if (s == null || s.isBlank()) {
            return null;
        }
        String t = s.strip();
        if (t.length() > maks) {
            throw new GalatValidasi("", "forum.galat.panjang");
        }
        return t;
    }

    static YearMonth bulan(String s) {
        try {
            return s == null || s.isBlank() ? null : YearMonth.parse(s.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    static LocalDate tanggal(String s) {
        try {
            return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    static String namaBulan(YearMonth b) {
        return b.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.forLanguageTag("id")) + " " + b.getYear();
    }
}
