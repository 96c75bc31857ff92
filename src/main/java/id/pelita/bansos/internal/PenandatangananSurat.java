package id.pelita.bansos.internal;

import id.pelita.akun.DirektoriPengguna;
import id.pelita.dokumen.PenandaTangan;
import id.pelita.dokumen.PenerbitDokumen;
import id.pelita.inti.Peran;
import id.pelita.layanan.LangkahSelesai;
import id.pelita.register.Register;
import id.pelita.sop.KatalogSop;
import id.pelita.wilayah.DirektoriWilayah;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * When the camat completes step 5 of a BSPPS request (in any way: the request page or the inbox), in the same
 * transaction: the letter takes its number in the Register Rakor BSPPS (the register the case closes in keeps
 * that number — one entry per case), is rendered with the number and the QR code, and signed electronically.
 * If signing fails, the step is not completed and no number is used.
 */
@Component
class PenandatangananSurat {

    static final String JUDUL = "Surat Undangan Rapat Koordinasi Persiapan Penyaluran BSPPS";

    private final RepositoriRakor repo;
    private final KatalogSop katalog;
    private final Register register;
    private final PenerbitDokumen penerbit;
    private final PenyusunSurat penyusun;
    private final DirektoriPengguna pengguna;
    private final DirektoriWilayah wilayah;
    private final Clock jam;

    PenandatangananSurat(RepositoriRakor repo, KatalogSop katalog, Register register, PenerbitDokumen penerbit,
                         PenyusunSurat penyusun, DirektoriPengguna pengguna, DirektoriWilayah wilayah, Clock jam) {
        this.repo = repo;
        this.katalog = katalog;
        this.register = register;
        this.penerbit = penerbit;
        this.penyusun = penyusun;
        this.pengguna = pengguna;
        this.wilayah = wilayah;
        this.jam = jam;
    }

    @EventListener
    void langkahSelesai(LangkahSelesai e) {
        if (!LayananRakor.SOP.equals(e.sopKode()) || e.langkahNo() != LayananRakor.TANDA_TANGAN) {
            return;
        }
        repo.cariBerkas(e.nomorBerkas()).filter(r -> r.dokumenKode() == null).ifPresent(r -> tandaTangani(r, e.oleh()));
    }

    void tandaTangani(Rakor r, String olehUsername) {
        var sop = katalog.terbaru(LayananRakor.SOP).orElseThrow();
        var reg = sop.register();
        LocalDate tanggal = LocalDate.now(jam);
        String nomor = register.terbitkan(sop.kode(), reg.format(), reg.unit(), tanggal, r.berkasNomor()).nomor();
        String namaKecamatan = wilayah.cari(r.kecamatanKode()).map(w -> "Kecamatan " + w.nama()).orElse("Kecamatan");
        String namaDesa = wilayah.cari(r.desaKode()).map(w -> "Desa " + w.nama()).orElse(r.desaKode());
        String camat = pengguna.aktif(Peran.CAMAT, r.kecamatanKode()).stream()
                .filter(u -> u.username().equals(olehUsername)).map(DirektoriPengguna.PenggunaAktif::nama).findFirst()
                .orElse(sop.disahkanOleh() != null ? sop.disahkanOleh().nama() : olehUsername);
        String jabatan = sop.disahkanOleh() != null && sop.disahkanOleh().jabatan() != null
                ? sop.disahkanOleh().jabatan() : "Camat";
        var kerangka = penerbit.siapkan();
        byte[] pdf = penyusun.pdf(new PenyusunSurat.Isi(r, namaDesa, namaKecamatan, sop, nomor, tanggal, camat, jabatan,
                kerangka));
        var dok = penerbit.terbitkan(kerangka, nomor, JUDUL, r.desaKode(), "RAKOR-" + r.id(),
                new PenandaTangan.Permintaan(camat + ", " + jabatan, "Menyetujui surat rakor BSPPS " + nomor,
                        namaKecamatan), pdf);
        repo.aturSurat(r.id(), nomor, dok.kode());
    }
}
