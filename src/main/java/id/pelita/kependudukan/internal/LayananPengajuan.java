package id.pelita.kependudukan.internal;

import id.pelita.akun.Akses;
import id.pelita.akun.PenggunaSaatIni;
import id.pelita.audit.AksiAudit;
import id.pelita.audit.AuditLog;
import id.pelita.inti.GalatValidasi;
import id.pelita.inti.Peran;
import id.pelita.inti.TidakDitemukan;
import id.pelita.layanan.PembukaBerkas;
import id.pelita.layanan.PengerjaLangkah;
import id.pelita.wilayah.KodeWilayah;
import id.pelita.wilayah.Tingkat;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The TAJUK RETEH verification of population data: every change a village operator makes (new family or
 * resident, correction, event, imported row — all go through {@link LayananKependudukan}) joins the village's
 * open submission (one per village). The operator submits it; the kecamatan team verifies it or sends it back
 * with reasons; the operator fixes and submits again. Where the SOP applies (its kecamatan list), the submission
 * runs as an SOP case: step 1 (operator inputs and submits) completed by the operator on submitting, step 2
 * (the team verifies: "Data sesuai?", no = back to step 1 with the reasons) by the reviewer, step 3 (the verified
 * data are published) by the system at the moment the figures change.
 *
 * <p><b>What counts in published figures.</b> Figures are counted from presence intervals and events. An event
 * (entry, birth, death, move, change of family) and the interval it opens count in published figures only once
 * its submission is verified; an interval closed by an unverified event still counts as open there. Published
 * figures = the public statistics page and, by default, the staff statistics page (which can also show the
 * unverified view). <b>Corrections of attributes</b> of a resident or family (name, religion, occupation, KK
 * number, address…) apply at once, in every view, and are listed in the submission for the team to check: the
 * record is the register's single current truth (other modules read it), a correction fixes a keying error
 * rather than recording a change in the world, and keeping two versions of each record would double every
 * query. A correction the team rejects is sent back and fixed by the operator in the same way.
 */
@Service
class LayananPengajuan {

    static final String SOP = "TAJUK-RETEH";
    static final String JENIS_AUDIT = "pengajuan-penduduk";
    static final int LANGKAH_INPUT = 1;
    static final int LANGKAH_VERIFIKASI = 2;
    static final int LANGKAH_SAJI = 3;
    /** Roles of the kecamatan office that may verify (the SOP's team is STAF; the escalation chain above it). */
    static final Set<Peran> PEMERIKSA = Set.of(Peran.STAF, Peran.KASI, Peran.SEKCAM, Peran.CAMAT);

    /** A submission with what the pages and the API show of it. */
    record Ringkas(Pengajuan pengajuan, Map<JenisPerubahan, Long> jumlah, long total, long perubahanTerakhir) {
    }

    private final RepositoriPengajuan repo;
    private final PembukaBerkas pembuka;
    private final PengerjaLangkah pengerja;
    private final Akses akses;
    private final AuditLog audit;
    private final Clock jam;

    LayananPengajuan(RepositoriPengajuan repo, PembukaBerkas pembuka, PengerjaLangkah pengerja, Akses akses,
                     AuditLog audit, Clock jam) {
        this.repo = repo;
        this.pembuka = pembuka;
        this.pengerja = pengerja;
        this.akses = akses;
        this.audit = audit;
        this.jam = jam;
    }

    // --- recording changes (inside the changing transaction of LayananKependudukan)

    /**
     * Adds a change to the village's open submission, opening one when there is none; an event ({@code mutasiId})
     * and the intervals it touched then wait for verification. Returns the submission id.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    long catat(String desaKode, JenisPerubahan jenis, Long pendudukId, Long keluargaId, Long mutasiId, String uraian,
               String oleh) {
        OffsetDateTime kini = kini();
        long id = terbukaTerkunci(desaKode, oleh);
        repo.tambahPerubahan(id, jenis, pendudukId, keluargaId, mutasiId, uraian, oleh, kini);
        if (mutasiId != null) {
            repo.tungguVerifikasi(mutasiId, id);
        }
        return id;
    }

    /**
     * The village's open submission, locked for this transaction (created when there is none): what
     * {@link #catat} joins; an import takes it once and adds its entries in batches.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    long terbukaTerkunci(String desaKode, String oleh) {
        return repo.terbukaTerkunci(desaKode).map(Pengajuan::id).orElseGet(() -> {
            try {
                return repo.buat(desaKode, oleh, kini());
            } catch (DuplicateKeyException e) {
                // Two first changes of a village at the same moment: the unique open-submission key decides.
                throw new GalatValidasi("", "pengajuan.bersamaan");
            }
        });
    }

    // --- the operator

    /** The operator's village open submission, if any. */
    java.util.Optional<Ringkas> terbuka() {
        String desa = desaOperator(akses.wajibMasuk());
        return repo.terbuka(desa).map(this::ringkas);
    }

    List<Pengajuan> riwayatDesa(int batas) {
        return repo.riwayat(desaOperator(akses.wajibMasuk()), batas);
    }

    /** Submits (or resubmits after a send-back) the operator's open submission. */
    @Transactional
    Pengajuan ajukan() {
        PenggunaSaatIni p = akses.wajibMasuk();
        String desa = desaOperator(p);
        Pengajuan a = repo.terbukaTerkunci(desa).orElseThrow(() -> new GalatValidasi("", "pengajuan.kosong"));
        if (a.status() == StatusPengajuan.DIAJUKAN) {
            throw new GalatValidasi("", "pengajuan.sudah.diajukan");
        }
        long jumlah = repo.perubahanTerakhir(a.id());
        if (jumlah == 0) {
            throw new GalatValidasi("", "pengajuan.kosong");
        }
        String nomor = a.berkasNomor();
        if (nomor == null && pembuka.berlaku(SOP, desa)) {
            nomor = pembuka.bukaOtomatis(SOP, desa, p.nama(), null,
                    "Pengajuan data kependudukan " + desa + " (" + repo.perubahan(a.id()).size() + " perubahan)",
                    "pengajuan-penduduk:" + a.id(), 0);
            repo.aturBerkas(a.id(), nomor);
        }
        if (nomor != null) {
            String n = nomor;
            pengerja.menunggu(n).filter(l -> l.no() == LANGKAH_INPUT)
                    .ifPresent(l -> pengerja.selesaikan(n, LANGKAH_INPUT, p, true, null, null));
        }
        repo.ajukan(a.id(), p.username(), kini());
        audit.catat(AksiAudit.UBAH, JENIS_AUDIT, String.valueOf(a.id()), desa,
                (a.status() == StatusPengajuan.DIKEMBALIKAN ? "diajukan kembali" : "diajukan")
                        + (nomor == null ? "" : ", berkas " + nomor));
        return repo.cari(a.id()).orElseThrow();
    }

    // --- the kecamatan team

    /** Submissions waiting for verification in the user's scope. */
    List<Ringkas> menunggu() {
        PenggunaSaatIni p = akses.wajibMasuk();
        return repo.dalamCakupan(p.wilayahKode(), List.of(StatusPengajuan.DIAJUKAN), 200).stream()
                .filter(a -> akses.bolehWilayah(a.desaKode())).map(this::ringkas).toList();
    }

    /** Submissions the user may see: operators their village's, others those in their scope (404 otherwise). */
    Ringkas lihat(long id) {
        Pengajuan a = dalamCakupan(id);
        return ringkas(a);
    }

    /** The changes of a submission (names, residents): a read of personal data, audited. */
    @Transactional
    List<Perubahan> perubahan(long id) {
        Pengajuan a = dalamCakupan(id);
        List<Perubahan> hasil = repo.perubahan(a.id());
        audit.catat(AksiAudit.BACA, JENIS_AUDIT, String.valueOf(a.id()), a.desaKode(),
                "rincian " + hasil.size() + " perubahan dibaca");
        return hasil;
    }

    /** Open or recent submissions in the user's scope, for the API list. */
    List<Ringkas> daftar(List<StatusPengajuan> status) {
        PenggunaSaatIni p = akses.wajibMasuk();
        return repo.dalamCakupan(p.wilayahKode(), status, 200).stream()
                .filter(a -> akses.bolehWilayah(a.desaKode())).map(this::ringkas).toList();
    }

    boolean bolehPeriksa(Pengajuan a) {
        return akses.saatIni().map(p -> p.peran().stream().anyMatch(PEMERIKSA::contains)
                && akses.bolehWilayah(a.desaKode()) && a.status() == StatusPengajuan.DIAJUKAN
                && (a.berkasNomor() == null || pengerja.boleh(a.berkasNomor(), p))).orElse(false);
    }

    /**
     * Verifies a submission: its changes count in published figures from now on.
     *
     * @param sampai the latest change the reviewer saw (null: not checked, e.g. an API client that read it just now)
     */
    @Transactional
    Pengajuan verifikasi(long id, Long sampai) {
        PenggunaSaatIni p = akses.wajibMasuk();
        Pengajuan a = siapDiperiksa(id, p, sampai);
        if (a.berkasNomor() != null) {
            pengerja.selesaikan(a.berkasNomor(), LANGKAH_VERIFIKASI, p, true, null, null);
            pengerja.menunggu(a.berkasNomor()).filter(l -> l.no() == LANGKAH_SAJI)
                    .ifPresent(l -> pengerja.selesaikanOlehSistem(a.berkasNomor(), LANGKAH_SAJI, true, null, null));
        }
        repo.verifikasi(a.id(), p.username(), kini());
        audit.catat(AksiAudit.UBAH, JENIS_AUDIT, String.valueOf(a.id()), a.desaKode(), "diverifikasi");
        return repo.cari(a.id()).orElseThrow();
    }

    /** Sends a submission back to the village operator with the reasons (required). */
    @Transactional
    Pengajuan kembalikan(long id, String alasan, Long sampai) {
        PenggunaSaatIni p = akses.wajibMasuk();
        String teks = alasan == null ? "" : alasan.strip();
        if (teks.isEmpty()) {
            throw new GalatValidasi("alasan", "pengajuan.alasan.wajib");
        }
        if (teks.length() > 1000) {
            throw new GalatValidasi("alasan", "pengajuan.alasan.panjang");
        }
        Pengajuan a = siapDiperiksa(id, p, sampai);
        if (a.berkasNomor() != null) {
            pengerja.selesaikan(a.berkasNomor(), LANGKAH_VERIFIKASI, p, false, null, teks);
        }
        repo.kembalikan(a.id(), teks, p.username(), kini());
        audit.catat(AksiAudit.UBAH, JENIS_AUDIT, String.valueOf(a.id()), a.desaKode(), "dikembalikan dengan alasan");
        return repo.cari(a.id()).orElseThrow();
    }

    // --- helpers

    private Pengajuan siapDiperiksa(long id, PenggunaSaatIni p, Long sampai) {
        dalamCakupan(id);
        Pengajuan a = repo.kunci(id).orElseThrow(() -> new TidakDitemukan("Pengajuan " + id));
        if (p.peran().stream().noneMatch(PEMERIKSA::contains)) {
            throw new AccessDeniedException("Hanya tim kecamatan yang memverifikasi");
        }
        if (a.status() != StatusPengajuan.DIAJUKAN) {
            throw new GalatValidasi("", "pengajuan.bukan.diajukan");
        }
        if (sampai != null && repo.perubahanTerakhir(a.id()) != sampai) {
            throw new GalatValidasi("sampai", "pengajuan.berubah");
        }
        if (a.berkasNomor() != null && !pengerja.boleh(a.berkasNomor(), p)) {
            throw new AccessDeniedException("Langkah verifikasi bukan untuk pengguna ini");
        }
        return a;
    }

    private Pengajuan dalamCakupan(long id) {
        PenggunaSaatIni p = akses.wajibMasuk();
        return repo.cari(id).filter(a -> akses.bolehWilayah(a.desaKode()))
                .filter(a -> !p.punya(Peran.OPERATOR_DESA) || a.desaKode().equals(p.wilayahKode()))
                .orElseThrow(() -> new TidakDitemukan("Pengajuan " + id));
    }

    private Ringkas ringkas(Pengajuan a) {
        Map<JenisPerubahan, Long> jumlah = repo.jumlahPerJenis(a.id());
        return new Ringkas(a, jumlah, jumlah.values().stream().mapToLong(Long::longValue).sum(),
                repo.perubahanTerakhir(a.id()));
    }

    /** The operator's own village (only village operators have submissions of their own). */
    private String desaOperator(PenggunaSaatIni p) {
        String w = p.wilayahKode();
        if (!p.punya(Peran.OPERATOR_DESA) || !KodeWilayah.sah(w) || Tingkat.dariKode(w) != Tingkat.DESA
                || !akses.bolehWilayah(w)) {
            throw new AccessDeniedException("Pengajuan hanya dibuat operator desa");
        }
        return w;
    }

    private OffsetDateTime kini() {
        return OffsetDateTime.now(jam).truncatedTo(ChronoUnit.MICROS);
    }
}
