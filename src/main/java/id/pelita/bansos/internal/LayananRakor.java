package id.pelita.bansos.internal;

import id.pelita.akun.Akses;
import id.pelita.akun.PenggunaSaatIni;
import id.pelita.audit.AksiAudit;
import id.pelita.audit.AuditLog;
import id.pelita.inti.GalatValidasi;
import id.pelita.inti.Peran;
import id.pelita.inti.TidakDitemukan;
import id.pelita.layanan.PembukaBerkas;
import id.pelita.layanan.PengerjaLangkah;
import id.pelita.layanan.StatusBerkas;
import id.pelita.wilayah.KodeWilayah;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * BSPPS coordination-meeting requests on SOP BSPPS-RAKOR. Filing (step 1) is done here and completed by the
 * system: by the TKSK themself, or by staff for a walk-in applicant (the SOP's "Pemohon" is staff acting on the
 * applicant's behalf). Every later step is completed through {@link PengerjaLangkah} by the step's role; the
 * letter is numbered and signed when the camat completes step 5 (see {@link PenandatangananSurat}); the applicant
 * collects it at step 7 (the TKSK from their page, staff for a walk-in).
 */
@Service
class LayananRakor {

    static final String SOP = "BSPPS-RAKOR";
    static final int AJUKAN = 1, PERIKSA = 2, PROSES = 3, PARAF = 4, TANDA_TANGAN = 5, REGISTER = 6, AMBIL = 7;
    static final Set<Peran> KANTOR = EnumSet.of(Peran.CAMAT, Peran.SEKCAM, Peran.KASI, Peran.STAF, Peran.ADMIN);
    static final int MAKS_BERKAS = 5;

    private final RepositoriRakor repo;
    private final PembukaBerkas pembuka;
    private final PengerjaLangkah pengerja;
    private final Akses akses;
    private final AuditLog audit;
    private final Clock jam;

    LayananRakor(RepositoriRakor repo, PembukaBerkas pembuka, PengerjaLangkah pengerja, Akses akses, AuditLog audit,
                 Clock jam) {
        this.repo = repo;
        this.pembuka = pembuka;
        this.pengerja = pengerja;
        this.akses = akses;
        this.audit = audit;
        this.jam = jam;
    }

    static boolean bolehMengajukan(PenggunaSaatIni p) {
        return p.punya(Peran.TKSK) || p.punya(Peran.STAF);
    }

    /** A TKSK files for themself; staff (without the TKSK role) record a walk-in applicant. */
    static boolean walkIn(PenggunaSaatIni p) {
        return !p.punya(Peran.TKSK);
    }

    @Transactional
    public Rakor ajukan(IsianRakor f, MultipartFile pengantar, List<MultipartFile> berkas, PenggunaSaatIni p) {
        if (!bolehMengajukan(p) || p.wilayahKode() == null) {
            throw new TidakDitemukan("permohonan");
        }
        var galat = new GalatValidasi.Kumpulan();
        String desa = kosong(f.getDesaKode());
        if (desa == null || !KodeWilayah.sah(desa) || !KodeWilayah.termasuk(desa, p.wilayahKode())
                || desa.split("\\.").length != 4) {
            galat.tambah("desaKode", "bansos.rakor.desa.wajib");
        } else if (!pembuka.berlaku(SOP, desa)) {
            galat.tambah("desaKode", "bansos.rakor.sop.tidak.berlaku");
        }
        boolean walkIn = walkIn(p);
        String nama = walkIn ? kosong(f.getPemohonNama()) : p.nama();
        if (nama == null || nama.length() > 120) {
            galat.tambah("pemohonNama", "bansos.rakor.pemohon.wajib");
        }
        String kontak = kosong(f.getPemohonKontak());
        if (kontak != null && kontak.length() > 60) {
            galat.tambah("pemohonKontak", "bansos.rakor.kontak.panjang");
        }
        String perihal = kosong(f.getPerihal());
        if (perihal == null || perihal.length() > 300) {
            galat.tambah("perihal", "bansos.rakor.perihal.wajib");
        }
        String tempat = kosong(f.getTempat());
        if (tempat == null || tempat.length() > 200) {
            galat.tambah("tempat", "bansos.rakor.tempat.wajib");
        }
        if (f.getTanggalRakor() == null || f.getTanggalRakor().isBefore(LocalDate.now(jam))) {
            galat.tambah("tanggalRakor", "bansos.rakor.tanggal.wajib");
        }
        if (pengantar == null || pengantar.isEmpty()) {
            galat.tambah("pengantar", "bansos.rakor.pengantar.wajib");
        }
        galat.lemparJikaAda();
        var surat = PemeriksaBerkas.periksa(pengantar, "pengantar", false);
        List<PemeriksaBerkas.Berkas> lain = periksaSemua(berkas);
        String kecamatan = String.join(".", java.util.Arrays.copyOf(desa.split("\\."), 3));
        var kini = jam.instant();
        long id = repo.simpan(new Rakor(0, kecamatan, desa, nama, kontak, walkIn ? null : p.username(), perihal,
                f.getTanggalRakor(), tempat, null, null, null, p.username(), kini));
        repo.simpanLampiran(id, "PENGANTAR", surat.nama(), surat.tipe(), surat.isi(), p.username(), kini);
        for (var b : lain) {
            repo.simpanLampiran(id, "BERKAS", b.nama(), b.tipe(), b.isi(), p.username(), kini);
        }
        // Step 1 (the applicant hands in the request) is this filing.
        String nomor = pembuka.bukaOtomatis(SOP, desa, nama, kontak, perihal, "RAKOR-" + id, 1);
        repo.aturBerkas(id, nomor);
        audit.catat(AksiAudit.BUAT, "bansos-rakor", String.valueOf(id), desa,
                (walkIn ? "Permohonan rakor BSPPS (datang langsung) " : "Permohonan rakor BSPPS ") + nomor);
        return repo.cari(id).orElseThrow();
    }

    /** The request if this user may see it: office users of its region, or the TKSK who filed it. */
    @Transactional(readOnly = true)
    public Rakor lihat(long id, PenggunaSaatIni p) {
        Rakor r = repo.cari(id).orElseThrow(() -> new TidakDitemukan("permohonan"));
        if (!boleh(r, p)) {
            throw new TidakDitemukan("permohonan");
        }
        return r;
    }

    boolean boleh(Rakor r, PenggunaSaatIni p) {
        boolean kantor = p.peran().stream().anyMatch(KANTOR::contains) && akses.bolehWilayah(r.desaKode());
        boolean pemohon = r.pemohonUsername() != null && r.pemohonUsername().equals(p.username());
        return kantor || pemohon;
    }

    @Transactional(readOnly = true)
    public List<Rakor> daftar(PenggunaSaatIni p) {
        boolean kantor = p.peran().stream().anyMatch(KANTOR::contains);
        return repo.daftar(p.wilayahKode(), kantor ? null : p.username(), 200);
    }

    @Transactional(readOnly = true)
    public List<Rakor.Lampiran> lampiran(Rakor r) {
        return repo.lampiran(r.id());
    }

    @Transactional // audited: a read-only transaction refuses the audit insert on PostgreSQL
    public byte[] isiLampiran(Rakor r, long lampiranId) {
        byte[] isi = repo.isiLampiran(r.id(), lampiranId).orElseThrow(() -> new TidakDitemukan("lampiran"));
        audit.catat(AksiAudit.BACA, "bansos-rakor", String.valueOf(r.id()), r.desaKode(), "Lampiran " + lampiranId);
        return isi;
    }

    public Optional<StatusBerkas> status(Rakor r) {
        return r.berkasNomor() == null ? Optional.empty() : pembuka.status(r.berkasNomor());
    }

    public Optional<PengerjaLangkah.LangkahMenunggu> menunggu(Rakor r) {
        return r.berkasNomor() == null ? Optional.empty() : pengerja.menunggu(r.berkasNomor());
    }

    public boolean bolehMengerjakan(Rakor r, PenggunaSaatIni p) {
        return r.berkasNomor() != null && pengerja.boleh(r.berkasNomor(), p);
    }

    /** The request was sent back (step 1 waits again after a completeness check): the reason given. */
    public Optional<String> alasanDikembalikan(Rakor r) {
        var m = menunggu(r);
        if (m.isEmpty() || m.get().no() != AJUKAN) {
            return Optional.empty();
        }
        return status(r).flatMap(s -> s.langkah().stream().filter(l -> l.no() == PERIKSA && l.selesai() != null)
                .reduce((a, b) -> b)).map(StatusBerkas.Langkah::catatan);
    }

    /** Staff, kasi and camat complete the waiting step (check, process, initial, sign, register, hand over). */
    @Transactional
    public void kerjakan(long id, int langkahNo, boolean lanjut, String catatan, PenggunaSaatIni p) {
        Rakor r = lihat(id, p);
        if (langkahNo == AJUKAN) {
            throw new GalatValidasi("langkah", "bansos.rakor.langkah.lengkapi");
        }
        pengerja.selesaikan(r.berkasNomor(), langkahNo, p, lanjut, null, kosong(catatan));
        audit.catat(AksiAudit.UBAH, "bansos-rakor", String.valueOf(id), r.desaKode(),
                "Langkah " + langkahNo + (lanjut ? "" : " dikembalikan") + " " + r.berkasNomor());
    }

    /** After a send-back, the applicant (or staff for a walk-in) adds the missing files and hands it in again. */
    @Transactional
    public void lengkapi(long id, MultipartFile pengantar, List<MultipartFile> berkas, String catatan, PenggunaSaatIni p) {
        Rakor r = lihat(id, p);
        var m = menunggu(r).orElseThrow(() -> new GalatValidasi("langkah", "bansos.rakor.langkah.basi"));
        if (m.no() != AJUKAN) {
            throw new GalatValidasi("langkah", "bansos.rakor.langkah.basi");
        }
        boolean pemohon = p.username().equals(r.pemohonUsername());
        boolean staf = pengerja.boleh(r.berkasNomor(), p);
        if (!pemohon && !staf) {
            throw new TidakDitemukan("permohonan");
        }
        var surat = PemeriksaBerkas.periksa(pengantar, "pengantar", false);
        var lain = periksaSemua(berkas);
        if (surat == null && lain.isEmpty()) {
            throw new GalatValidasi("berkas", "bansos.rakor.lengkapi.wajib");
        }
        var kini = jam.instant();
        if (surat != null) {
            repo.simpanLampiran(id, "PENGANTAR", surat.nama(), surat.tipe(), surat.isi(), p.username(), kini);
        }
        for (var b : lain) {
            repo.simpanLampiran(id, "BERKAS", b.nama(), b.tipe(), b.isi(), p.username(), kini);
        }
        String ket = kosong(catatan);
        if (staf) {
            pengerja.selesaikan(r.berkasNomor(), AJUKAN, p, true, null, ket);
        } else {
            pengerja.selesaikanOlehSistem(r.berkasNomor(), AJUKAN, true, "Dilengkapi oleh pemohon " + p.username(), ket);
        }
        audit.catat(AksiAudit.UBAH, "bansos-rakor", String.valueOf(id), r.desaKode(), "Berkas dilengkapi " + r.berkasNomor());
    }

    /** The TKSK collects the signed letter (step 7) from their own page. */
    @Transactional
    public void terima(long id, PenggunaSaatIni p) {
        Rakor r = lihat(id, p);
        if (!p.username().equals(r.pemohonUsername())) {
            throw new TidakDitemukan("permohonan");
        }
        var m = menunggu(r).filter(x -> x.no() == AMBIL)
                .orElseThrow(() -> new GalatValidasi("langkah", "bansos.rakor.langkah.basi"));
        pengerja.selesaikanOlehSistem(r.berkasNomor(), m.no(), true, "Surat diterima oleh " + p.nama(), null);
        audit.catat(AksiAudit.UBAH, "bansos-rakor", String.valueOf(id), r.desaKode(), "Surat diterima pemohon");
    }

    private static List<PemeriksaBerkas.Berkas> periksaSemua(List<MultipartFile> berkas) {
        List<PemeriksaBerkas.Berkas> hasil = new ArrayList<>();
        if (berkas != null) {
            for (MultipartFile f : berkas) {
                var b = PemeriksaBerkas.periksa(f, "berkas", false);
                if (b != null) {
                    hasil.add(b);
                }
            }
        }
        if (hasil.size() > MAKS_BERKAS) {
            throw new GalatValidasi("berkas", "bansos.rakor.berkas.banyak");
        }
        return hasil;
    }

    static String kosong(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
