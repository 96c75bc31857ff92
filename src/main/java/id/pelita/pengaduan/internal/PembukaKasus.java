package id.pelita.pengaduan.internal;

import id.pelita.layanan.PembukaBerkas;
import id.pelita.pengaduan.PengaduanDibukaKembali;
import id.pelita.pengaduan.PengaduanDiterima;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;

/**
 * A complaint arrived: where its category has an SOP for the kecamatan, the case starts now, in the storing
 * transaction (so the reporter's answer already means "handled"), with step 1 (report received) and step 2
 * (forwarded to the team, 1 minute) done by the system — the forwarding is the notifications sent here.
 */
@Component
class PembukaKasus {

    /** Step 1 (received) and step 2 (forwarded) of PUL KOMPAS and OSPS MPA happen at intake. */
    static final int LANGKAH_OTOMATIS = 2;

    private final RepositoriPenanganan repo;
    private final PembukaBerkas pembuka;
    private final PenerusPengaduan penerus;
    private final Clock jam;

    PembukaKasus(RepositoriPenanganan repo, PembukaBerkas pembuka, PenerusPengaduan penerus, Clock jam) {
        this.repo = repo;
        this.pembuka = pembuka;
        this.penerus = penerus;
        this.jam = jam;
    }

    @EventListener
    void diterima(PengaduanDiterima e) {
        Pengaduan p = repo.cari(e.kode()).orElseThrow();
        String berkas = p.kategori().kodeSop().filter(sop -> pembuka.berlaku(sop, p.desaKode()))
                .map(sop -> pembuka.bukaOtomatis(sop, p.desaKode(),
                        p.anonim() ? null : p.namaPelapor(), p.anonim() ? null : kontak(p),
                        p.uraian(), p.kode(), LANGKAH_OTOMATIS))
                .orElse(null);
        if (berkas != null) {
            repo.aturBerkas(p.id(), berkas);
        }
        penerus.teruskan(p, berkas);
    }

    /**
     * The reporter reopened the complaint (tracking page): its case had ended, so handling starts again with a
     * new case of the same SOP, the reporter's reason kept as an internal note, and the team told again.
     */
    @EventListener
    void dibukaKembali(PengaduanDibukaKembali e) {
        Pengaduan p = repo.cari(e.kode()).orElseThrow();
        int putaran = repo.jumlahBukaKembali(p.id());
        boolean berkasBerakhir = p.berkasNomor() != null
                && pembuka.status(p.berkasNomor()).map(s -> !"BERJALAN".equals(s.status())).orElse(true);
        String berkas = !berkasBerakhir ? null : p.kategori().kodeSop()
                .filter(sop -> pembuka.berlaku(sop, p.desaKode()))
                .map(sop -> pembuka.bukaOtomatis(sop, p.desaKode(),
                        p.anonim() ? null : p.namaPelapor(), p.anonim() ? null : kontak(p),
                        p.uraian(), p.kode(), LANGKAH_OTOMATIS))
                .orElse(null);
        if (berkas != null) {
            repo.aturBerkas(p.id(), berkas);
        }
        repo.tambahCatatan(p.id(), "Dibuka kembali oleh pelapor: " + e.alasan(), false, "pelapor", jam.instant());
        penerus.teruskan(p, berkas, ":buka" + putaran);
    }

    private static String kontak(Pengaduan p) {
        return p.telepon() != null ? p.telepon() : p.email();
    }
}
