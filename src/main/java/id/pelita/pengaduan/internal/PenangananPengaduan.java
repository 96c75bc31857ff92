package id.pelita.pengaduan.internal;

import id.pelita.akun.Akses;
import id.pelita.akun.PenggunaSaatIni;
import id.pelita.audit.AksiAudit;
import id.pelita.audit.AuditLog;
import id.pelita.inti.GalatValidasi;
import id.pelita.inti.Peran;
import id.pelita.inti.TidakDitemukan;
import id.pelita.layanan.PembukaBerkas;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Set;

/**
 * What staff do with a complaint: read it (region-scoped; a complaint outside the user's region does not
 * exist for them), write notes, merge a duplicate, refuse an invalid one, and move a complaint that has no
 * case by hand. Every change and every read of the reporter's identity is audited.
 */
@Service
class PenangananPengaduan {

    static final String JENIS = "pengaduan";
    static final int CATATAN_MAKS = 2000;
    static final int ALASAN_MAKS = 1000;
    /** Only the kecamatan leadership may see who reported anonymously. */
    private static final Set<Peran> LIHAT_ANONIM = Set.of(Peran.CAMAT, Peran.SEKCAM, Peran.ADMIN);
    /** A public note speaks to the citizen for the office: kecamatan staff, coordinator, village operator. */
    private static final Set<Peran> CATATAN_PUBLIK = Set.of(Peran.CAMAT, Peran.SEKCAM, Peran.KASI, Peran.STAF,
            Peran.ADMIN, Peran.OPERATOR_DESA, Peran.TP_PKK);

    private final RepositoriPenanganan repo;
    private final PengubahStatus status;
    private final PemberitahuPelapor pelapor;
    private final PembukaBerkas berkas;
    private final Akses akses;
    private final AuditLog audit;
    private final Clock jam;

    PenangananPengaduan(RepositoriPenanganan repo, PengubahStatus status, PemberitahuPelapor pelapor,
                        PembukaBerkas berkas, Akses akses, AuditLog audit, Clock jam) {
        this.repo = repo;
        this.status = status;
        this.pelapor = pelapor;
        this.berkas = berkas;
        this.akses = akses;
        this.audit = audit;
        this.jam = jam;
    }

    /** The complaint, if the signed-in user's region reaches its village; "not found" otherwise. */
    Pengaduan lihat(String kode) {
        Pengaduan p = repo.cari(kode).orElseThrow(() -> new TidakDitemukan("Pengaduan"));
        if (!akses.bolehWilayah(p.desaKode())) {
            throw new TidakDitemukan("Pengaduan");
        }
        return p;
    }

    static boolean bolehLihatIdentitas(Pengaduan p, PenggunaSaatIni u) {
        return !p.anonim() || u.peran().stream().anyMatch(LIHAT_ANONIM::contains);
    }

    /** The reporter's identity is personal data: each time it is shown, the audit trail says so. */
    void catatBaca(Pengaduan p, boolean identitasTampil) {
        boolean adaIdentitas = p.namaPelapor() != null || p.telepon() != null || p.email() != null;
        if (identitasTampil && adaIdentitas) {
            audit.catat(AksiAudit.BACA, JENIS, p.kode(), p.desaKode(),
                    p.anonim() ? "Identitas pelapor anonim ditampilkan" : "Identitas pelapor ditampilkan");
        }
    }

    @Transactional
    void tambahCatatan(String kode, String isi, boolean publik) {
        Pengaduan p = lihat(kode);
        String teks = isi == null ? "" : isi.strip();
        if (teks.isEmpty()) {
            throw new GalatValidasi("isi", "pengaduan.catatan.wajib");
        }
        if (teks.length() > CATATAN_MAKS) {
            throw new GalatValidasi("isi", "pengaduan.catatan.panjang");
        }
        var u = akses.wajibMasuk();
        if (publik && u.peran().stream().noneMatch(CATATAN_PUBLIK::contains)) {
            throw new GalatValidasi("publik", "pengaduan.catatan.publik.tidak-boleh");
        }
        long id = repo.tambahCatatan(p.id(), teks, publik, u.username(), jam.instant());
        audit.catat(AksiAudit.UBAH, JENIS, p.kode(), p.desaKode(), publik ? "Catatan publik" : "Catatan internal");
        if (publik) {
            pelapor.catatanPublik(p, id, teks);
        }
    }

    /** The duplicate closes as DIGABUNG, pointing at the complaint that carries on; its case stops. */
    @Transactional
    void gabungkan(String kode, String keKode) {
        Pengaduan p = lihat(kode);
        String tujuan = keKode == null ? "" : RepositoriPengaduan.normalKode(keKode).orElse("");
        Pengaduan ke = repo.cari(tujuan).filter(t -> akses.bolehWilayah(t.desaKode())).orElse(null);
        if (ke == null) {
            throw new GalatValidasi("keKode", "pengaduan.gabung.tujuan.tidak-ada");
        }
        if (ke.kode().equals(p.kode()) || Pengaduan.DIGABUNG.equals(ke.status())
                || Pengaduan.TIDAK_VALID.equals(ke.status())) {
            throw new GalatValidasi("keKode", "pengaduan.gabung.tujuan.tidak-sah");
        }
        tutup(p, Pengaduan.DIGABUNG, ke.kode(), "Digabung ke " + ke.kode());
    }

    @Transactional
    void tandaiTidakValid(String kode, String alasan) {
        Pengaduan p = lihat(kode);
        String teks = alasan == null ? "" : alasan.strip();
        if (teks.isEmpty()) {
            throw new GalatValidasi("alasan", "pengaduan.alasan.wajib");
        }
        if (teks.length() > ALASAN_MAKS) {
            throw new GalatValidasi("alasan", "pengaduan.alasan.panjang");
        }
        tutup(p, Pengaduan.TIDAK_VALID, teks, "Tidak valid: " + teks);
    }

    /** A complaint without a case (no SOP for it there) is moved by hand: DIPROSES, then SELESAI. */
    @Transactional
    void ubahStatusManual(String kode, String baru) {
        Pengaduan p = lihat(kode);
        if (p.berkasNomor() != null) {
            throw new GalatValidasi("status", "pengaduan.status.ikut-berkas");
        }
        boolean sah = Pengaduan.DIPROSES.equals(baru) && Pengaduan.DITERIMA.equals(p.status())
                || Pengaduan.SELESAI.equals(baru) && p.terbuka();
        if (!sah || !status.ubah(p, baru, null)) {
            throw new GalatValidasi("status", "pengaduan.status.tidak-sah");
        }
        audit.catat(AksiAudit.UBAH, JENIS, p.kode(), p.desaKode(), "Status " + baru);
    }

    private void tutup(Pengaduan p, String statusBaru, String keterangan, String jejak) {
        if (!p.terbuka() || !status.ubah(p, statusBaru, keterangan)) {
            throw new GalatValidasi("status", "pengaduan.sudah.ditutup");
        }
        if (p.berkasNomor() != null) {
            berkas.batalkan(p.berkasNomor(), "Pengaduan " + p.kode() + ": " + statusBaru);
        }
        audit.catat(AksiAudit.UBAH, JENIS, p.kode(), p.desaKode(), jejak);
    }
}
