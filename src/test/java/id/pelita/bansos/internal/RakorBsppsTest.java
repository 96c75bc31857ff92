package id.pelita.bansos.internal;

import id.pelita.PelitaTest;
import id.pelita.akun.PenggunaSaatIni;
import id.pelita.dokumen.PenerbitDokumen;
import id.pelita.inti.GalatValidasi;
import id.pelita.inti.TidakDitemukan;
import id.pelita.layanan.PembukaBerkas;
import id.pelita.register.NomorRegister;
import id.pelita.register.Register;
import id.pelita.uji.PemeriksaPadesMandiri;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The BSPPS request end to end through every role (TKSK, staff, kasi, camat) with a send-back and resubmission,
 * the walk-in path done by staff, the signed letter checked independently, and letters signed in parallel
 * taking register numbers without gaps or repeats.
 */
@PelitaTest
class RakorBsppsTest {

    static final String DESA = "35.16.04.2001"; // Ketapanrame, Kec. Trawas
    static final byte[] PDF = "%PDF-1.4\n% pengantar desa\n".getBytes();
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0};

    @Autowired
    LayananRakor layanan;
    @Autowired
    RepositoriRakor repo;
    @Autowired
    PenerbitDokumen dokumen;
    @Autowired
    PembukaBerkas pembuka;
    @Autowired
    Register register;
    @Autowired
    PenandatangananSurat penandatanganan;
    @Autowired
    UserDetailsService pengguna;
    @Autowired
    ApplicationContext konteks;
    @Autowired
    TransactionTemplate tx;

    @AfterEach
    void bersihkan() {
        SecurityContextHolder.clearContext();
    }

    PenggunaSaatIni sebagai(String username) {
        UserDetails u = pengguna.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
        return konteks.getBean(id.pelita.akun.Akses.class).wajibMasuk();
    }

    static IsianRakor isian(String pemohon) {
        IsianRakor f = new IsianRakor();
        f.setDesaKode(DESA);
        f.setPemohonNama(pemohon);
        f.setPemohonKontak("081234567890");
        f.setPerihal("Rakor persiapan penyaluran BSPPS tahap I");
        f.setTanggalRakor(LocalDate.now().plusDays(7));
        f.setTempat("Pendopo Kecamatan Trawas");
        return f;
    }

    static MockMultipartFile berkas(String nama, byte[] isi) {
        return new MockMultipartFile("pengantar", nama, "application/octet-stream", isi);
    }

    int menunggu(Rakor r) {
        return layanan.menunggu(r).map(m -> m.no()).orElse(0);
    }

    @Test
    void tkskFilingThroughEveryRoleWithASendBackToTheSignedLetter() {
        var tksk = sebagai("tksk.trawas");
        // uploads are checked by their bytes, not their names
        assertThatThrownBy(() -> layanan.ajukan(isian(null), berkas("pengantar.pdf", "bukan pdf".getBytes()), List.of(), tksk))
                .isInstanceOf(GalatValidasi.class)
                .satisfies(e -> assertThat(((GalatValidasi) e).galat()).containsEntry("pengantar", "bansos.berkas.jenis"));
        assertThatThrownBy(() -> layanan.ajukan(isian(null), null, List.of(), tksk))
                .isInstanceOf(GalatValidasi.class)
                .satisfies(e -> assertThat(((GalatValidasi) e).galat()).containsEntry("pengantar", "bansos.rakor.pengantar.wajib"));

        Rakor r = layanan.ajukan(isian(null), berkas("pengantar.pdf", PDF), List.of(berkas("foto.png", PNG)), tksk);
        assertThat(r.pemohonUsername()).isEqualTo("tksk.trawas");
        assertThat(r.pemohonNama()).isEqualTo("TKSK Kecamatan Trawas");
        assertThat(menunggu(r)).as("filing is step 1; staff check next").isEqualTo(2);
        assertThat(layanan.lampiran(r)).extracting(Rakor.Lampiran::jenis, Rakor.Lampiran::tipe)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PENGANTAR", "application/pdf"),
                        org.assertj.core.groups.Tuple.tuple("BERKAS", "image/png"));
        // the TKSK may not do the staff's check; another kecamatan's staff cannot even see it
        assertThatThrownBy(() -> layanan.kerjakan(r.id(), 2, true, null, sebagai("tksk.trawas")))
                .isInstanceOf(TidakDitemukan.class);
        assertThatThrownBy(() -> layanan.lihat(r.id(), sebagai("staf.reteh"))).isInstanceOf(TidakDitemukan.class);

        // staff: incomplete → back to the applicant, with a reason
        var staf = sebagai("staf.trawas");
        assertThatThrownBy(() -> layanan.kerjakan(r.id(), 2, false, null, staf)).isInstanceOf(GalatValidasi.class);
        layanan.kerjakan(r.id(), 2, false, "Pengantar belum ditandatangani kepala desa", sebagai("staf.trawas"));
        assertThat(menunggu(r)).isEqualTo(1);
        assertThat(layanan.alasanDikembalikan(r)).contains("Pengantar belum ditandatangani kepala desa");

        // the TKSK completes the files and hands them in again
        layanan.lengkapi(r.id(), berkas("pengantar-ttd.pdf", PDF), List.of(), "Sudah ditandatangani", sebagai("tksk.trawas"));
        assertThat(menunggu(r)).isEqualTo(2);
        assertThat(layanan.alasanDikembalikan(r)).isEmpty();
        layanan.kerjakan(r.id(), 2, true, null, sebagai("staf.trawas"));
        layanan.kerjakan(r.id(), 3, true, null, sebagai("staf.trawas"));

        // step 4 is the kasi's
        assertThatThrownBy(() -> layanan.kerjakan(r.id(), 4, true, null, sebagai("staf.trawas"))).isInstanceOf(TidakDitemukan.class);
        layanan.kerjakan(r.id(), 4, true, null, sebagai("kasi.trawas"));
        assertThat(repo.cari(r.id()).orElseThrow().nomorSurat()).isNull();

        // step 5: the camat signs — the letter is numbered and signed in the same step
        assertThatThrownBy(() -> layanan.kerjakan(r.id(), 5, true, null, sebagai("camat.reteh"))).isInstanceOf(TidakDitemukan.class);
        layanan.kerjakan(r.id(), 5, true, null, sebagai("camat.trawas"));
        Rakor ditandatangani = repo.cari(r.id()).orElseThrow();
        assertThat(ditandatangani.nomorSurat()).matches("\\d{3}/KEMAS/[IVX]+/\\d{4}");
        var dok = dokumen.cari(ditandatangani.dokumenKode()).orElseThrow();
        assertThat(dok.nomor()).isEqualTo(ditandatangani.nomorSurat());
        assertThat(dok.penandaTangan()).contains("Camat Trawas");
        byte[] pdf = dokumen.pdf(dok.kode()).orElseThrow();
        var cek = PemeriksaPadesMandiri.periksa(pdf);
        assertThat(cek.sah()).as(String.valueOf(cek.galat())).isTrue();
        assertThat(cek.subFilter()).isEqualTo("ETSI.CAdES.detached");
        assertThat(teks(pdf)).contains(ditandatangani.nomorSurat()).contains(dok.kode());
        byte[] ubah = pdf.clone();
        ubah[ubah.length / 3] ^= 0x20;
        assertThat(PemeriksaPadesMandiri.periksa(ubah).sah()).isFalse();

        // step 6 staff register, step 7 the TKSK collects it; the case closes with the letter's number
        assertThatThrownBy(() -> layanan.terima(r.id(), sebagai("tksk.trawas"))).isInstanceOf(GalatValidasi.class);
        layanan.kerjakan(r.id(), 6, true, null, sebagai("staf.trawas"));
        layanan.terima(r.id(), sebagai("tksk.trawas"));
        var status = pembuka.status(r.berkasNomor()).orElseThrow();
        assertThat(status.status()).isEqualTo("SELESAI");
        assertThat(status.langkah()).extracting(l -> l.no()).containsExactly(1, 2, 1, 2, 3, 4, 5, 6, 7);
        int tahun = LocalDate.now().getYear();
        assertThat(register.daftar("BSPPS-RAKOR", tahun)).filteredOn(n -> r.berkasNomor().equals(n.referensi()))
                .extracting(NomorRegister::nomor).containsExactly(ditandatangani.nomorSurat());
    }

    @Test
    void walkInRecordedAndHandedOverByStaff() {
        var staf = sebagai("staf.trawas");
        assertThatThrownBy(() -> layanan.ajukan(isian(" "), berkas("p.pdf", PDF), List.of(), staf))
                .isInstanceOf(GalatValidasi.class)
                .satisfies(e -> assertThat(((GalatValidasi) e).galat()).containsKey("pemohonNama"));
        Rakor r = layanan.ajukan(isian("Bu Sri (Korcam Trawas)"), berkas("p.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0}),
                List.of(), staf);
        assertThat(r.walkIn()).isTrue();
        assertThat(r.pemohonNama()).isEqualTo("Bu Sri (Korcam Trawas)");
        // the TKSK did not file it and does not see it
        assertThatThrownBy(() -> layanan.lihat(r.id(), sebagai("tksk.trawas"))).isInstanceOf(TidakDitemukan.class);
        layanan.kerjakan(r.id(), 2, true, null, sebagai("staf.trawas"));
        layanan.kerjakan(r.id(), 3, true, null, sebagai("staf.trawas"));
        layanan.kerjakan(r.id(), 4, true, null, sebagai("kasi.trawas"));
        layanan.kerjakan(r.id(), 5, true, null, sebagai("camat.trawas"));
        layanan.kerjakan(r.id(), 6, true, null, sebagai("staf.trawas"));
        layanan.kerjakan(r.id(), 7, true, null, sebagai("staf.trawas"));
        assertThat(pembuka.status(r.berkasNomor()).orElseThrow().status()).isEqualTo("SELESAI");
        assertThat(repo.cari(r.id()).orElseThrow().nomorSurat()).isNotNull();
    }

    /** 4 threads sign 3 letters each at once: 12 consecutive register numbers, none twice, none skipped. */
    @Test
    void lettersSignedInParallelTakeRegisterNumbersWithoutGapsOrRepeats() throws Exception {
        var staf = sebagai("staf.trawas");
        List<Rakor> surat = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            surat.add(layanan.ajukan(isian("Pemohon paralel " + i), berkas("p.pdf", PDF), List.of(), staf));
        }
        SecurityContextHolder.clearContext();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch mulai = new CountDownLatch(1);
        List<Future<?>> hasil = new ArrayList<>();
        try {
            for (int u = 0; u < 4; u++) {
                List<Rakor> bagian = surat.subList(u * 3, u * 3 + 3);
                hasil.add(pool.submit(() -> {
                    mulai.await();
                    for (Rakor r : bagian) {
                        tx.executeWithoutResult(s -> penandatanganan.tandaTangani(r, "camat.trawas"));
                    }
                    return null;
                }));
            }
            mulai.countDown();
            for (Future<?> f : hasil) {
                f.get(180, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        var nomor = surat.stream().map(r -> repo.cari(r.id()).orElseThrow().nomorSurat()).toList();
        assertThat(nomor).doesNotContainNull().doesNotHaveDuplicates();
        var urut = register.daftar("BSPPS-RAKOR", LocalDate.now().getYear()).stream()
                .filter(n -> nomor.contains(n.nomor())).map(NomorRegister::urut).sorted().toList();
        assertThat(urut).hasSize(12);
        assertThat(urut.get(11) - urut.get(0)).as("consecutive").isEqualTo(11);
    }

    static String teks(byte[] pdf) {
        try (var d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(d);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
