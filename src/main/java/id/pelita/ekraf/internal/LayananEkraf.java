package id.pelita.ekraf.internal;

import id.pelita.akun.Akses;
import id.pelita.akun.PenggunaSaatIni;
import id.pelita.audit.AksiAudit;
import id.pelita.audit.AuditLog;
import id.pelita.ekraf.internal.RepositoriEkraf.Dukungan;
import id.pelita.ekraf.internal.RepositoriEkraf.Hadir;
import id.pelita.ekraf.internal.RepositoriEkraf.Kegiatan;
import id.pelita.ekraf.internal.RepositoriEkraf.Pelaku;
import id.pelita.ekraf.internal.RepositoriEkraf.Program;
import id.pelita.inti.FotoBersih;
import id.pelita.inti.GalatValidasi;
import id.pelita.inti.TidakDitemukan;
import id.pelita.layanan.PembukaBerkas;
import id.pelita.layanan.PengerjaLangkah;
import id.pelita.wilayah.DirektoriWilayah;
import id.pelita.wilayah.KodeWilayah;
import id.pelita.wilayah.Tingkat;
import id.pelita.wilayah.Wilayah;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The VCO programme's rules. Every record belongs to a kecamatan: a user reaches it only inside their region
 * (others get "not found", as if it did not exist). A programme plan is a case of the VCO SOP; its steps are
 * completed here through {@link PengerjaLangkah}, each only once its own records exist (sessions held before the
 * camat fixes the programmes, visits before coaching is done, support recorded before the last step).
 */
@Service
class LayananEkraf {

    static final String SOP = "VCO";
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final int FOTO_MAKS = 5;
    static final long FOTO_UKURAN_MAKS = 5L * 1024 * 1024;
    static final int FOTO_SISI_MAKS = 1600;
    static final int HADIR_MAKS = 500;
    private static final Pattern TELEPON = Pattern.compile("(\\+?62|0)8\\d{7,12}");

    private final RepositoriEkraf repo;
    private final PembukaBerkas pembuka;
    private final PengerjaLangkah pengerja;
    private final DirektoriWilayah wilayah;
    private final Akses akses;
    private final AuditLog audit;
    private final Clock jam;

    LayananEkraf(RepositoriEkraf repo, PembukaBerkas pembuka, PengerjaLangkah pengerja, DirektoriWilayah wilayah,
                 Akses akses, AuditLog audit, Clock jam) {
        this.repo = repo;
        this.pembuka = pembuka;
        this.pengerja = pengerja;
        this.wilayah = wilayah;
        this.akses = akses;
        this.audit = audit;
        this.jam = jam;
    }

    LocalDate hariIni() {
        return LocalDate.now(jam.withZone(WIB));
    }

    // --- producers

    /** Form input as typed (strings), so a rejected form comes back as it was. */
    record IsianPelaku(String desaKode, String nama, String namaUsaha, String skNomor, String skTanggal, String produk,
                       String kapasitas, String kapasitasSatuan, String pirtNomor, String pirtBerlakuSampai,
                       String halalNomor, String halalBerlakuSampai, String telepon, String alamat,
                       Boolean publikasiKontak, Boolean aktif) {

        /** An unticked checkbox is not sent at all: absent means no. */
        boolean setujuPublikasi() {
            return Boolean.TRUE.equals(publikasiKontak);
        }

        boolean masihAktif() {
            return Boolean.TRUE.equals(aktif);
        }

        static IsianPelaku dari(Pelaku p) {
            return new IsianPelaku(p.desaKode(), p.nama(), p.namaUsaha(), p.skNomor(), str(p.skTanggal()), p.produk(),
                    p.kapasitas() == null ? null : p.kapasitas().stripTrailingZeros().toPlainString(), p.kapasitasSatuan(),
                    p.pirtNomor(), str(p.pirtBerlakuSampai()), p.halalNomor(), str(p.halalBerlakuSampai()), p.telepon(),
                    p.alamat(), p.publikasiKontak(), p.aktif());
        }

        static IsianPelaku kosong() {
            return new IsianPelaku(null, null, null, null, null, "Virgin Coconut Oil (VCO)", null, "liter/bulan",
                    null, null, null, null, null, null, false, true);
        }

        private static String str(Object o) {
            return o == null ? null : o.toString();
        }
    }

    List<Pelaku> daftarPelaku() {
        var u = akses.wajibMasuk();
        return repo.daftarPelaku(u.wilayahKode(), false).stream().filter(p -> akses.bolehWilayah(p.desaKode())).toList();
    }

    Pelaku lihatPelaku(long id) {
        akses.wajibMasuk();
        return repo.pelaku(id).filter(p -> akses.bolehWilayah(p.desaKode()))
                .orElseThrow(() -> new TidakDitemukan("Pelaku ekonomi kreatif"));
    }

    /** The producer's record with contact details, for staff: the read is audited (personal data). */
    Pelaku bacaPelaku(long id) {
        Pelaku p = lihatPelaku(id);
        audit.catat(AksiAudit.BACA, "ekraf-pelaku", String.valueOf(id), p.desaKode(), "Data pelaku dibuka");
        return p;
    }

    /** Villages a user may register producers in: those of the served kecamatan inside the user's region. */
    List<Wilayah> pilihanDesa() {
        var u = akses.wajibMasuk();
        List<Wilayah> hasil = new ArrayList<>();
        for (Wilayah kec : wilayah.kecamatanLayanan()) {
            for (Wilayah desa : wilayah.anak(kec.kode())) {
                if (u.wilayahKode() == null || KodeWilayah.termasuk(desa.kode(), u.wilayahKode())) {
                    hasil.add(desa);
                }
            }
        }
        return hasil;
    }

    @Transactional
    long simpanPelaku(Long id, IsianPelaku i) {
        var u = akses.wajibMasuk();
        Pelaku lama = id == null ? null : lihatPelaku(id);
        var g = new GalatValidasi.Kumpulan();
        String desa = teks(i.desaKode());
        Wilayah w = desa == null ? null : wilayah.cari(desa).orElse(null);
        if (w == null || w.tingkat() != Tingkat.DESA || !akses.bolehWilayah(desa)) {
            g.tambah("desaKode", "ekraf.galat.desa");
        }
        String nama = wajib(g, "nama", i.nama(), 160);
        String usaha = opsional(g, "namaUsaha", i.namaUsaha(), 160);
        String sk = wajib(g, "skNomor", i.skNomor(), 80);
        LocalDate skTanggal = tanggal(g, "skTanggal", i.skTanggal(), true);
        if (skTanggal != null && skTanggal.isAfter(hariIni())) {
            g.tambah("skTanggal", "ekraf.galat.tanggal.depan");
        }
        String produk = wajib(g, "produk", i.produk(), 200);
        BigDecimal kapasitas = angka(g, "kapasitas", i.kapasitas());
        String satuan = opsional(g, "kapasitasSatuan", i.kapasitasSatuan(), 40);
        if (kapasitas != null && satuan == null) {
            g.tambah("kapasitasSatuan", "ekraf.galat.wajib");
        }
        String pirt = opsional(g, "pirtNomor", i.pirtNomor(), 40);
        if (pirt != null && !pirt.replaceAll("[\\s.-]", "").matches("\\d{15}")) {
            g.tambah("pirtNomor", "ekraf.galat.pirt");
        }
        LocalDate pirtSampai = tanggal(g, "pirtBerlakuSampai", i.pirtBerlakuSampai(), false);
        String halal = opsional(g, "halalNomor", i.halalNomor(), 60);
        LocalDate halalSampai = tanggal(g, "halalBerlakuSampai", i.halalBerlakuSampai(), false);
        if (pirtSampai != null && pirt == null) {
            g.tambah("pirtNomor", "ekraf.galat.wajib");
        }
        if (halalSampai != null && halal == null) {
            g.tambah("halalNomor", "ekraf.galat.wajib");
        }
        String telepon = teks(i.telepon()) == null ? null : i.telepon().replaceAll("[\\s()-]", "");
        if (telepon != null && !TELEPON.matcher(telepon).matches()) {
            g.tambah("telepon", "ekraf.galat.telepon");
        }
        if (i.setujuPublikasi() && telepon == null) {
            g.tambah("telepon", "ekraf.galat.telepon.publikasi");
        }
        String alamat = opsional(g, "alamat", i.alamat(), 300);
        String kecamatan = w == null ? null : w.indukKode();
        if (sk != null && kecamatan != null && repo.adaPelaku(kecamatan, sk, id)) {
            g.tambah("skNomor", "ekraf.galat.sk.ganda");
        }
        g.lemparJikaAda();
        Pelaku p = new Pelaku(id, kecamatan, desa, nama, usaha, sk, skTanggal, produk, kapasitas, satuan,
                pirt == null ? null : pirt.replaceAll("[\\s.-]", ""), pirtSampai, halal, halalSampai, telepon, alamat,
                i.setujuPublikasi(), i.masihAktif());
        if (lama == null) {
            long baru = repo.simpanPelaku(p, u.username(), jam.instant());
            audit.catat(AksiAudit.BUAT, "ekraf-pelaku", String.valueOf(baru), desa, "Pelaku ekraf didaftarkan: SK " + sk
                    + (p.publikasiKontak() ? ", kontak boleh dipublikasikan" : ""));
            return baru;
        }
        repo.ubahPelaku(id, p, jam.instant());
        audit.catat(AksiAudit.UBAH, "ekraf-pelaku", String.valueOf(id), desa, "Data pelaku diubah"
                + (lama.publikasiKontak() != p.publikasiKontak()
                ? (p.publikasiKontak() ? "; persetujuan publikasi kontak diberikan" : "; persetujuan publikasi kontak dicabut")
                : ""));
        return id;
    }

    // --- programmes

    List<Program> daftarProgram() {
        var u = akses.wajibMasuk();
        return repo.daftarProgram(u.wilayahKode()).stream().filter(p -> akses.bolehWilayah(p.kecamatanKode())).toList();
    }

    Program lihatProgram(long id) {
        akses.wajibMasuk();
        return repo.program(id).filter(p -> akses.bolehWilayah(p.kecamatanKode()))
                .orElseThrow(() -> new TidakDitemukan("Program ekonomi kreatif"));
    }

    /** Kecamatan where the user may plan a programme: in their region, and where the VCO SOP applies. */
    List<Wilayah> pilihanKecamatan() {
        var u = akses.wajibMasuk();
        return wilayah.kecamatanLayanan().stream()
                .filter(k -> u.wilayahKode() == null || KodeWilayah.termasuk(k.kode(), u.wilayahKode()))
                .filter(k -> pembuka.berlaku(SOP, k.kode())).toList();
    }

    /** A year's plan (a draft until step 1 is done) and its case of the VCO SOP, in one transaction. */
    @Transactional
    long buatProgram(String kecamatanKode, String tahunTeks, String judulTeks, String rancanganTeks) {
        var u = akses.wajibMasuk();
        var g = new GalatValidasi.Kumpulan();
        String kec = teks(kecamatanKode);
        if (kec == null && pilihanKecamatan().size() == 1) {
            kec = pilihanKecamatan().get(0).kode();
        }
        if (kec == null || !KodeWilayah.sah(kec) || !akses.bolehWilayah(kec) || Tingkat.dariKode(kec) != Tingkat.KECAMATAN) {
            g.tambah("kecamatanKode", "ekraf.galat.kecamatan");
        } else if (!pembuka.berlaku(SOP, kec)) {
            g.tambah("kecamatanKode", "ekraf.galat.sop.tidak-berlaku");
        }
        Integer tahun = null;
        try {
            tahun = Integer.valueOf(teks(tahunTeks) == null ? "" : tahunTeks.strip());
        } catch (NumberFormatException e) {
            g.tambah("tahun", "ekraf.galat.tahun");
        }
        int kini = hariIni().getYear();
        if (tahun != null && (tahun < kini - 1 || tahun > kini + 5)) {
            g.tambah("tahun", "ekraf.galat.tahun");
        }
        String judul = wajib(g, "judul", judulTeks, 200);
        String rancangan = wajib(g, "rancangan", rancanganTeks, 4000);
        if (kec != null && tahun != null && repo.adaProgram(kec, tahun)) {
            g.tambah("tahun", "ekraf.galat.program.ganda");
        }
        g.lemparJikaAda();
        long id = repo.simpanProgram(kec, tahun, judul, rancangan, u.username(), jam.instant());
        String berkas = pembuka.bukaOtomatis(SOP, kec, u.nama(), null, "Program ekonomi kreatif " + tahun + ": " + judul,
                "ekraf-program:" + id, 0);
        repo.aturBerkas(id, berkas);
        audit.catat(AksiAudit.BUAT, "ekraf-program", String.valueOf(id), kec, "Rancangan program " + tahun
                + ", berkas " + berkas);
        return id;
    }

    /** The plan may be corrected while step 1 (planning) is still open, by whoever may do step 1. */
    @Transactional
    void ubahRancangan(long id, String judulTeks, String rancanganTeks) {
        var u = akses.wajibMasuk();
        Program p = lihatProgram(id);
        if (p.langkahSelesai() >= 1 || !Program.BERJALAN.equals(p.status())) {
            throw new GalatValidasi("rancangan", "ekraf.galat.rancangan.terkunci");
        }
        if (!pengerja.boleh(p.berkasNomor(), u)) {
            throw new GalatValidasi("rancangan", "ekraf.galat.langkah.bukan-peran");
        }
        var g = new GalatValidasi.Kumpulan();
        String judul = wajib(g, "judul", judulTeks, 200);
        String rancangan = wajib(g, "rancangan", rancanganTeks, 4000);
        g.lemparJikaAda();
        repo.ubahRancangan(id, judul, rancangan, jam.instant());
        audit.catat(AksiAudit.UBAH, "ekraf-program", String.valueOf(id), p.kecamatanKode(), "Rancangan program diperbaiki");
    }

    Optional<PengerjaLangkah.LangkahMenunggu> menunggu(Program p) {
        return p.berkasNomor() == null ? Optional.empty() : pengerja.menunggu(p.berkasNomor());
    }

    boolean bolehLangkah(Program p) {
        return p.berkasNomor() != null && akses.saatIni().map(u -> pengerja.boleh(p.berkasNomor(), u)).orElse(false);
    }

    /**
     * Completes the waiting step of the programme's case as the user. Each step needs its records first: step 2
     * (counselling, camat) at least one session and the programmes decided (the output); step 3 (coaching,
     * TP-PKK) at least one visit; step 4 (support, camat) at least one support received.
     */
    @Transactional
    void selesaikanLangkah(long id, Integer langkahNo, String output, String catatan) {
        PenggunaSaatIni u = akses.wajibMasuk();
        Program p = lihatProgram(id);
        var menunggu = menunggu(p).orElseThrow(() -> new GalatValidasi("langkah", "ekraf.galat.berkas.selesai"));
        if (langkahNo == null || langkahNo != menunggu.no()) {
            throw new GalatValidasi("langkah", "ekraf.galat.langkah.berubah");
        }
        if (!pengerja.boleh(p.berkasNomor(), u)) {
            throw new GalatValidasi("langkah", "ekraf.galat.langkah.bukan-peran");
        }
        String keluaran = teks(output);
        if (keluaran != null && keluaran.length() > 2000) {
            throw new GalatValidasi("output", "ekraf.galat.panjang");
        }
        String cat = teks(catatan);
        if (cat != null && cat.length() > 2000) {
            throw new GalatValidasi("catatan", "ekraf.galat.panjang");
        }
        switch (langkahNo) {
            case 1 -> {
                if (p.rancangan() == null || p.rancangan().strip().length() < 20) {
                    throw new GalatValidasi("rancangan", "ekraf.galat.rancangan.pendek");
                }
                keluaran = keluaran == null ? "Rancangan program: " + p.judul() : keluaran;
            }
            case 2 -> {
                if (repo.jumlahKegiatan(id, Kegiatan.PENYULUHAN) == 0) {
                    throw new GalatValidasi("langkah", "ekraf.galat.langkah2.penyuluhan");
                }
                if (keluaran == null) {
                    throw new GalatValidasi("output", "ekraf.galat.langkah2.program");
                }
            }
            case 3 -> {
                if (repo.jumlahKegiatan(id, Kegiatan.PEMBINAAN) == 0) {
                    throw new GalatValidasi("langkah", "ekraf.galat.langkah3.pembinaan");
                }
            }
            case 4 -> {
                if (repo.dukungan(id).isEmpty()) {
                    throw new GalatValidasi("langkah", "ekraf.galat.langkah4.dukungan");
                }
            }
            default -> {
            }
        }
        pengerja.selesaikan(p.berkasNomor(), langkahNo, u, true, keluaran, cat);
        audit.catat(AksiAudit.UBAH, "ekraf-program", String.valueOf(id), p.kecamatanKode(),
                "Langkah " + langkahNo + " SOP VCO selesai (berkas " + p.berkasNomor() + ")");
    }

    // --- counselling sessions and coaching visits

    record IsianKegiatan(String jenis, String tanggal, String tempat, String pelakuId, String catatan, String hadir) {
        static IsianKegiatan kosong(String jenis) {
            return new IsianKegiatan(jenis, null, null, null, null, null);
        }
    }

    /** Records a session (step 2) or a visit (step 3) with its attendance (one name per line) and photos. */
    @Transactional
    long catatKegiatan(long programId, IsianKegiatan i, List<MultipartFile> foto) {
        var u = akses.wajibMasuk();
        Program p = bisaDicatat(programId);
        var g = new GalatValidasi.Kumpulan();
        String jenis = i.jenis();
        if (!Kegiatan.PENYULUHAN.equals(jenis) && !Kegiatan.PEMBINAAN.equals(jenis)) {
            g.tambah("jenis", "ekraf.galat.jenis");
        }
        LocalDate tanggal = tanggal(g, "tanggal", i.tanggal(), true);
        if (tanggal != null && tanggal.isAfter(hariIni())) {
            g.tambah("tanggal", "ekraf.galat.tanggal.depan");
        }
        String tempat = wajib(g, "tempat", i.tempat(), 200);
        Long pelakuId = pelakuProgram(g, p, i.pelakuId());
        if (Kegiatan.PEMBINAAN.equals(jenis) && pelakuId == null && teks(i.pelakuId()) == null) {
            g.tambah("pelakuId", "ekraf.galat.pelaku.wajib");
        }
        String catatan = opsional(g, "catatan", i.catatan(), 4000);
        List<Hadir> hadir = hadir(i.hadir());
        if (hadir.isEmpty()) {
            g.tambah("hadir", "ekraf.galat.hadir");
        } else if (hadir.size() > HADIR_MAKS) {
            g.tambah("hadir", "ekraf.galat.hadir.banyak");
        }
        List<FotoBersih.Foto> bersih = List.of();
        try {
            bersih = FotoBersih.olah(foto, FOTO_MAKS, FOTO_UKURAN_MAKS, FOTO_SISI_MAKS, "ekraf.galat.foto");
        } catch (GalatValidasi f) {
            f.galat().forEach(g::tambah);
        }
        g.lemparJikaAda();
        long id = repo.simpanKegiatan(programId, jenis, tanggal, tempat, pelakuId, catatan, u.username(), jam.instant());
        repo.simpanHadir(id, hadir);
        int urutan = 0;
        for (FotoBersih.Foto f : bersih) {
            repo.simpanFoto(id, ++urutan, f.lebar(), f.tinggi(), f.jpeg());
        }
        audit.catat(AksiAudit.BUAT, "ekraf-kegiatan", String.valueOf(id), p.kecamatanKode(),
                jenis + " " + tanggal + " program " + programId + ": " + hadir.size() + " hadir, " + bersih.size() + " foto");
        return id;
    }

    List<Kegiatan> kegiatan(Program p) {
        return repo.kegiatan(p.id());
    }

    byte[] foto(long fotoId) {
        var f = repo.foto(fotoId).orElseThrow(() -> new TidakDitemukan("Foto"));
        lihatProgram(f.programId());
        return f.jpeg();
    }

    // --- stakeholder support

    record IsianDukungan(String pemberi, String bentuk, String nilai, String tanggal, String pelakuId) {
        static IsianDukungan kosong() {
            return new IsianDukungan(null, null, null, null, null);
        }
    }

    @Transactional
    long catatDukungan(long programId, IsianDukungan i) {
        var u = akses.wajibMasuk();
        Program p = bisaDicatat(programId);
        var g = new GalatValidasi.Kumpulan();
        String pemberi = wajib(g, "pemberi", i.pemberi(), 200);
        String bentuk = wajib(g, "bentuk", i.bentuk(), 500);
        BigDecimal nilai = angka(g, "nilai", i.nilai());
        LocalDate tanggal = tanggal(g, "tanggal", i.tanggal(), true);
        if (tanggal != null && tanggal.isAfter(hariIni())) {
            g.tambah("tanggal", "ekraf.galat.tanggal.depan");
        }
        Long pelakuId = pelakuProgram(g, p, i.pelakuId());
        g.lemparJikaAda();
        long id = repo.simpanDukungan(programId, pemberi, bentuk, nilai, tanggal, pelakuId, u.username(), jam.instant());
        audit.catat(AksiAudit.BUAT, "ekraf-dukungan", String.valueOf(id), p.kecamatanKode(),
                "Dukungan dari " + pemberi + " untuk program " + programId);
        return id;
    }

    List<Dukungan> dukungan(Program p) {
        return repo.dukungan(p.id());
    }

    /** Sessions, visits and support belong to a running programme whose plan is done (step 1). */
    private Program bisaDicatat(long programId) {
        Program p = lihatProgram(programId);
        if (!Program.BERJALAN.equals(p.status())) {
            throw new GalatValidasi("", "ekraf.galat.program.selesai");
        }
        if (p.langkahSelesai() < 1) {
            throw new GalatValidasi("", "ekraf.galat.rancangan.belum");
        }
        return p;
    }

    private Long pelakuProgram(GalatValidasi.Kumpulan g, Program p, String teks) {
        String s = teks(teks);
        if (s == null) {
            return null;
        }
        try {
            long id = Long.parseLong(s);
            var pelaku = repo.pelaku(id);
            if (pelaku.isPresent() && pelaku.get().kecamatanKode().equals(p.kecamatanKode())) {
                return id;
            }
        } catch (NumberFormatException e) {
            // falls through
        }
        g.tambah("pelakuId", "ekraf.galat.pelaku");
        return null;
    }

    /** One attendee per line; "Name - remark" (or a comma, semicolon) keeps a remark such as the village. */
    static List<Hadir> hadir(String teks) {
        List<Hadir> hasil = new ArrayList<>();
        if (teks == null) {
            return hasil;
        }
        for (String baris : teks.split("\\R")) {
            String b = baris.strip();
            if (b.isEmpty()) {
                continue;
            }
            String[] bagian = b.split("\\s+-\\s+|[;,]", 2);
            String nama = bagian[0].strip();
            String ket = bagian.length > 1 ? bagian[1].strip() : null;
            hasil.add(new Hadir(nama.length() > 160 ? nama.substring(0, 160) : nama,
                    ket == null || ket.isEmpty() ? null : ket.length() > 200 ? ket.substring(0, 200) : ket));
        }
        return hasil;
    }

    // --- input helpers

    static String teks(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String wajib(GalatValidasi.Kumpulan g, String field, String s, int maks) {
        String t = teks(s);
        if (t == null) {
            g.tambah(field, "ekraf.galat.wajib");
        } else if (t.length() > maks) {
            g.tambah(field, "ekraf.galat.panjang");
        }
        return t;
    }

    private static String opsional(GalatValidasi.Kumpulan g, String field, String s, int maks) {
        String t = teks(s);
        if (t != null && t.length() > maks) {
            g.tambah(field, "ekraf.galat.panjang");
        }
        return t;
    }

    private static LocalDate tanggal(GalatValidasi.Kumpulan g, String field, String s, boolean wajib) {
        String t = teks(s);
        if (t == null) {
            if (wajib) {
                g.tambah(field, "ekraf.galat.wajib");
            }
            return null;
        }
        try {
            return LocalDate.parse(t);
        } catch (DateTimeParseException e) {
            g.tambah(field, "ekraf.galat.tanggal");
            return null;
        }
    }

    /** A non-negative amount; Indonesian "1.500.000" or "2,5" are read as 1500000 and 2.5. */
    static BigDecimal angka(GalatValidasi.Kumpulan g, String field, String s) {
        String t = teks(s);
        if (t == null) {
            return null;
        }
        String n = t.replace("Rp", "").replace(" ", "");
        if (n.matches("\\d{1,3}(\\.\\d{3})+(,\\d+)?")) {
            n = n.replace(".", "");
        }
        n = n.replace(',', '.');
        try {
            BigDecimal b = new BigDecimal(n);
            if (b.signum() < 0 || b.precision() - b.scale() > 13) {
                g.tambah(field, "ekraf.galat.angka");
                return null;
            }
            return b.setScale(Math.min(2, Math.max(0, b.scale())), java.math.RoundingMode.HALF_UP);
        } catch (NumberFormatException e) {
            g.tambah(field, "ekraf.galat.angka");
            return null;
        }
    }
}
