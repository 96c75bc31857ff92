package id.pelita.kependudukan.internal;

import id.pelita.akun.Akses;
import id.pelita.akun.PenggunaSaatIni;
import id.pelita.audit.AksiAudit;
import id.pelita.audit.AuditLog;
import id.pelita.inti.TidakDitemukan;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Population imports as jobs: an upload is checked at once (size, type), stored encrypted, and analysed in the
 * background; the operator reads the preview and the report, then chooses how to store it (all-or-nothing or
 * the valid rows), which also runs in the background. Progress and counts live in the job row, so a reloaded
 * page (or another server) shows them. The API runs the same steps in the request instead.
 */
@Service
class LayananImpor {

    private static final Logger LOG = LoggerFactory.getLogger(LayananImpor.class);
    static final String JENIS_AUDIT = "penduduk-impor";

    /** The answer of a finished import (API) or of a preview (dry run). */
    record Laporan(long id, Impor.Status status, String format, int jumlahBaris, long barisSah, long barisGalat,
                   long barisPeringatan, long baru, long diubah, long tidakBerubah, long keluargaBaru,
                   List<RepositoriImpor.Catatan> catatan) {
    }

    private final MesinImpor mesin;
    private final RepositoriImpor repo;
    private final LayananKependudukan layanan;
    private final SandiPdp sandi;
    private final Akses akses;
    private final AuditLog audit;
    private final MessageSource pesan;
    private final Clock jam;
    private final ExecutorService pelaksana = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "impor-penduduk");
        t.setDaemon(true);
        return t;
    });

    LayananImpor(MesinImpor mesin, RepositoriImpor repo, LayananKependudukan layanan, SandiPdp sandi, Akses akses,
                 AuditLog audit, MessageSource pesan, Clock jam) {
        this.mesin = mesin;
        this.repo = repo;
        this.layanan = layanan;
        this.sandi = sandi;
        this.akses = akses;
        this.audit = audit;
        this.pesan = pesan;
        this.jam = jam;
    }

    @EventListener(ApplicationReadyEvent.class)
    void putuskanSisa() {
        int n = repo.putuskanYangBerjalan("Server berhenti sebelum impor selesai; unggah ulang berkasnya.", kini());
        if (n > 0) {
            LOG.warn("{} impor penduduk terputus karena server berhenti", n);
        }
    }

    @PreDestroy
    void berhenti() {
        pelaksana.shutdownNow();
    }

    /** Checks the upload (scope, size, type) now, then analyses it in the background. */
    long mulai(String desa, String namaBerkas, byte[] isi, Locale bahasa) {
        PenggunaSaatIni p = pastikanBoleh(desa);
        periksaAwal(isi);
        long id = repo.buat(desa, namaBerkas(namaBerkas), BerkasImpor.jenis(isi).name(), sandi.sandikanBerkas(isi),
                p.username(), kini());
        audit.catat(AksiAudit.IMPOR, JENIS_AUDIT, String.valueOf(id), desa,
                "berkas diunggah (" + BerkasImpor.jenis(isi) + ", " + isi.length / 1024 + " KB)");
        jalankan(() -> analisis(id, desa, isi, bahasa, false));
        return id;
    }

    /** The operator's decision: store now, in the background. False when the job is not waiting for it. */
    boolean simpan(long id, MesinImpor.Mode mode, Locale bahasa) {
        Impor i = lihat(id);
        pastikanBoleh(i.desaKode());
        if (!repo.mulaiSimpan(id, mode.name())) {
            return false;
        }
        byte[] isi = sandi.bukaBerkas(repo.berkas(id).orElseThrow(() -> new TidakDitemukan("Berkas impor " + id)));
        jalankan(() -> simpanSekarang(id, i.desaKode(), isi, mode, bahasa));
        return true;
    }

    void batal(long id) {
        Impor i = lihat(id);
        pastikanBoleh(i.desaKode());
        if (i.status() == Impor.Status.SIAP) {
            repo.akhiri(id, Impor.Status.DIBATALKAN, null, kini());
            audit.catat(AksiAudit.IMPOR, JENIS_AUDIT, String.valueOf(id), i.desaKode(), "dibatalkan tanpa menyimpan");
        }
    }

    /** The API: analyse (and unless dryRun, store) in this request; the job row records it like a page import. */
    Laporan langsung(String desa, String namaBerkas, byte[] isi, MesinImpor.Mode mode, boolean dryRun, Locale bahasa) {
        PenggunaSaatIni p = pastikanBoleh(desa);
        periksaAwal(isi);
        long id = repo.buat(desa, namaBerkas(namaBerkas), BerkasImpor.jenis(isi).name(), null, p.username(), kini());
        audit.catat(AksiAudit.IMPOR, JENIS_AUDIT, String.valueOf(id), desa,
                "berkas dikirim lewat API (" + BerkasImpor.jenis(isi) + ", " + isi.length / 1024 + " KB)"
                        + (dryRun ? ", uji tanpa menyimpan" : ""));
        MesinImpor.Analisis a = analisis(id, desa, isi, bahasa, true);
        if (dryRun) {
            repo.akhiri(id, Impor.Status.DIBATALKAN, "uji tanpa menyimpan (dryRun)", kini());
            return laporan(id, a, new MesinImpor.Hasil(false, (int) a.hitung(BarisImpor.Aksi.BARU),
                    (int) a.hitung(BarisImpor.Aksi.DIUBAH), (int) a.hitung(BarisImpor.Aksi.TIDAK_BERUBAH),
                    (int) a.keluargaBaru(), 0), Impor.Status.DIBATALKAN);
        }
        repo.mulaiSimpan(id, mode.name());
        MesinImpor.Hasil h = tulis(id, desa, a, mode, bahasa);
        return laporan(id, a, h, h.ditolak() ? Impor.Status.DITOLAK : Impor.Status.SELESAI);
    }

    long batasUkuranMb() {
        return mesin.batas().ukuranMaks().toMegabytes();
    }

    Impor lihat(long id) {
        return repo.cari(id).filter(i -> layanan.bolehImpor(i.desaKode()))
                .orElseThrow(() -> new TidakDitemukan("Impor " + id));
    }

    List<Impor> terbaru() {
        PenggunaSaatIni p = akses.wajibMasuk();
        return repo.terbaru(p.wilayahKode(), 20).stream().filter(i -> layanan.bolehImpor(i.desaKode())).toList();
    }

    List<RepositoriImpor.Catatan> catatan(long id, int batas) {
        lihat(id);
        return repo.catatan(id, batas);
    }

    /** The report as a table (CSV/XLSX), audited. */
    void unduhLaporan(long id, TabelKeluar tabel, Locale bahasa) {
        Impor i = lihat(id);
        tabel.baris(List.of(teks("impor.laporan.baris", bahasa), teks("impor.laporan.kolom", bahasa),
                teks("impor.laporan.tingkat", bahasa), teks("impor.laporan.pesan", bahasa)));
        repo.semuaCatatan(id, c -> tabel.baris(List.of(String.valueOf(c.baris()), c.kolom() == null ? "" : c.kolom(),
                teks("impor.tingkat." + c.tingkat(), bahasa), c.pesan())));
        audit.catat(AksiAudit.EKSPOR, JENIS_AUDIT, String.valueOf(id), i.desaKode(), "laporan impor diunduh");
    }

    /** The first rows as read (no register lookups), for the preview; empty once the file is gone. */
    List<BarisImpor> pratinjau(long id, int jumlah) {
        Impor i = lihat(id);
        return repo.berkas(id).map(sandi::bukaBerkas).map(isi -> mesin.pratinjau(isi, i.desaKode(), jumlah))
                .orElse(List.of());
    }

    // --- background work

    private void jalankan(Runnable kerja) {
        SecurityContext ctx = SecurityContextHolder.createEmptyContext();
        ctx.setAuthentication(SecurityContextHolder.getContext().getAuthentication());
        pelaksana.execute(new DelegatingSecurityContextRunnable(kerja, ctx));
    }

    /** Reads and checks; stores the report and the counts (status SIAP), or ends the job (GAGAL). */
    private MesinImpor.Analisis analisis(long id, String desa, byte[] isi, Locale bahasa, boolean lempar) {
        try {
            MesinImpor.Analisis a = mesin.analisis(isi, desa, kemajuan(id));
            repo.gantiCatatan(id, kata(a.catatan(), bahasa));
            repo.hasilAnalisis(id, a.format().name(), a);
            return a;
        } catch (BerkasDitolak e) {
            String t = pesan.getMessage(e.kunciPesan(), e.nilai(), e.kunciPesan(), bahasa);
            repo.gantiCatatan(id, List.of(new RepositoriImpor.Catatan(0, null, CatatanImpor.Tingkat.GALAT.name(), t)));
            repo.akhiri(id, Impor.Status.GAGAL, t, kini());
            if (lempar) {
                throw e;
            }
            return null;
        } catch (RuntimeException e) {
            LOG.error("Impor {} gagal dianalisis", id, e);
            if (lempar) {
                throw e;
            }
            repo.akhiri(id, Impor.Status.GAGAL, teks("impor.gagal", bahasa), kini());
            return null;
        }
    }

    private void simpanSekarang(long id, String desa, byte[] isi, MesinImpor.Mode mode, Locale bahasa) {
        try {
            // Checked again: the register may have changed since the preview.
            MesinImpor.Analisis a = mesin.analisis(isi, desa, MesinImpor.Kemajuan.DIAM);
            tulis(id, desa, a, mode, bahasa);
        } catch (BerkasDitolak e) {
            repo.akhiri(id, Impor.Status.GAGAL, pesan.getMessage(e.kunciPesan(), e.nilai(), e.kunciPesan(), bahasa), kini());
        } catch (RuntimeException e) {
            LOG.error("Impor {} gagal disimpan", id, e);
            repo.akhiri(id, Impor.Status.GAGAL, teks("impor.gagal", bahasa), kini());
        }
    }

    private MesinImpor.Hasil tulis(long id, String desa, MesinImpor.Analisis a, MesinImpor.Mode mode, Locale bahasa) {
        MesinImpor.Hasil h = mesin.simpan(a, desa, mode, kemajuan(id));
        List<RepositoriImpor.Catatan> catatan = new ArrayList<>(kata(a.catatan(), bahasa));
        if (h.ditolak()) {
            catatan.add(0, new RepositoriImpor.Catatan(0, null, CatatanImpor.Tingkat.GALAT.name(),
                    teks("impor.ditolak.semua", bahasa)));
        }
        repo.gantiCatatan(id, catatan);
        Impor.Status status = h.ditolak() ? Impor.Status.DITOLAK : Impor.Status.SELESAI;
        repo.selesai(id, status, a, h, kini());
        audit.catat(AksiAudit.IMPOR, JENIS_AUDIT, String.valueOf(id), desa, (h.ditolak()
                ? "tidak ada yang disimpan (mode " + mode + ", " + a.galat() + " baris galat)"
                : "disimpan (mode " + mode + "): baru " + h.baru() + ", diubah " + h.diubah() + ", tidak berubah "
                + h.tidakBerubah() + ", keluarga baru " + h.keluargaBaru() + ", ditolak " + (a.galat() + h.gagal())));
        return h;
    }

    private MesinImpor.Kemajuan kemajuan(long id) {
        long[] terakhir = {0};
        return (diproses, total) -> {
            long t = System.nanoTime();
            if (t - terakhir[0] > 300_000_000L || (total > 0 && diproses >= total)) {
                terakhir[0] = t;
                repo.kemajuan(id, diproses, total);
            }
        };
    }

    private Laporan laporan(long id, MesinImpor.Analisis a, MesinImpor.Hasil h, Impor.Status status) {
        return new Laporan(id, status, a.format().name(), a.baris().size(), a.sah(), a.galat(), a.peringatan(),
                h.baru(), h.diubah(), h.tidakBerubah(), h.keluargaBaru(), repo.catatan(id, 10_000));
    }

    private List<RepositoriImpor.Catatan> kata(List<CatatanImpor> catatan, Locale bahasa) {
        return catatan.stream().map(c -> new RepositoriImpor.Catatan(c.baris(), c.kolom(), c.tingkat().name(),
                pesan.getMessage(c.kunci(), c.nilai(), c.kunci(), bahasa))).toList();
    }

    private String teks(String kunci, Locale bahasa) {
        return pesan.getMessage(kunci, null, kunci, bahasa);
    }

    private PenggunaSaatIni pastikanBoleh(String desa) {
        PenggunaSaatIni p = akses.wajibMasuk();
        if (!layanan.bolehImpor(desa)) {
            throw new AccessDeniedException("Tidak boleh mengimpor data ke desa ini");
        }
        return p;
    }

    private void periksaAwal(byte[] isi) {
        if (isi.length > mesin.batas().ukuranMaks().toBytes()) {
            throw new BerkasDitolak("impor.berkas.besar", mesin.batas().ukuranMaks().toMegabytes());
        }
        BerkasImpor.jenis(isi);
    }

    private static String namaBerkas(String nama) {
        String n = nama == null || nama.isBlank() ? "berkas" : nama.replaceAll("[\\\\/\\p{Cntrl}]", "_").strip();
        return n.length() > 200 ? n.substring(0, 200) : n;
    }

    private OffsetDateTime kini() {
        return OffsetDateTime.now(jam).truncatedTo(ChronoUnit.MICROS);
    }
}
