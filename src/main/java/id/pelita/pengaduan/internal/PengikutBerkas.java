package id.pelita.pengaduan.internal;

import id.pelita.akun.DirektoriPengguna;
import id.pelita.audit.AksiAudit;
import id.pelita.audit.AuditLog;
import id.pelita.inti.Peran;
import id.pelita.layanan.BerkasSelesai;
import id.pelita.layanan.LangkahSelesai;
import id.pelita.layanan.PembukaBerkas;
import id.pelita.notifikasi.Notifikasi;
import id.pelita.notifikasi.PesanKeluar;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * The complaint follows its case, in the case's transaction: the camat's order (step 3) puts it under
 * handling, the end of the case closes it — with the report as a PDF in the district team's inbox.
 */
@Component
class PengikutBerkas {

    /** Step 3 of PUL KOMPAS and OSPS MPA: the camat orders the team to act. */
    static final int LANGKAH_PERINTAH = 3;

    private final RepositoriPenanganan repo;
    private final PengubahStatus status;
    private final PembukaBerkas berkas;
    private final LaporanPengaduan laporan;
    private final DirektoriPengguna pengguna;
    private final Notifikasi notifikasi;
    private final MessageSource pesan;
    private final AuditLog audit;
    private final Clock jam;

    PengikutBerkas(RepositoriPenanganan repo, PengubahStatus status, PembukaBerkas berkas, LaporanPengaduan laporan,
                   DirektoriPengguna pengguna, Notifikasi notifikasi, MessageSource pesan, AuditLog audit, Clock jam) {
        this.repo = repo;
        this.status = status;
        this.berkas = berkas;
        this.laporan = laporan;
        this.pengguna = pengguna;
        this.notifikasi = notifikasi;
        this.pesan = pesan;
        this.audit = audit;
        this.jam = jam;
    }

    @EventListener
    void langkahSelesai(LangkahSelesai e) {
        if (e.langkahNo() == LANGKAH_PERINTAH) {
            repo.cariBerkas(e.nomorBerkas()).ifPresent(p -> status.ubah(p, Pengaduan.DIPROSES, null));
        }
    }

    @EventListener
    void berkasSelesai(BerkasSelesai e) {
        repo.cariBerkas(e.nomorBerkas()).ifPresent(p -> {
            status.ubah(p, Pengaduan.SELESAI, null);
            if (repo.adaLaporan(p.id())) {
                return;
            }
            var s = berkas.status(e.nomorBerkas()).orElseThrow();
            byte[] pdf = laporan.pdf(p, s, repo.catatan(p.id()));
            String judul = pesan.getMessage("pengaduan.laporan.judul", new Object[] {p.kode(),
                    pesan.getMessage(p.kategori().kunciPesan(), null, PenerusPengaduan.ID)}, PenerusPengaduan.ID);
            long id = repo.simpanLaporan(p.id(), e.nomorBerkas(), p.kabupatenKode(), judul, pdf, jam.instant());
            audit.catatSistem(AksiAudit.BUAT, "pengaduan-laporan", String.valueOf(id), p.desaKode(),
                    "Laporan " + p.kode() + " ke tim kabupaten");
            String isi = pesan.getMessage("pengaduan.laporan.isi", new Object[] {p.kode(), e.nomorBerkas()},
                    PenerusPengaduan.ID);
            for (var u : pengguna.aktif(Peran.TIM_KABUPATEN, p.kabupatenKode())) {
                notifikasi.kirim(PesanKeluar.aplikasi(u.username(), judul, isi,
                        "pengaduan:" + p.kode() + ":laporan:" + u.username()));
            }
        });
    }
}
