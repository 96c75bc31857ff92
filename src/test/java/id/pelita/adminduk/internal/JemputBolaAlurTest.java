package id.pelita.adminduk.internal;

import id.pelita.PelitaTest;
import id.pelita.akun.Akses;
import id.pelita.inti.GalatValidasi;
import id.pelita.inti.TidakDitemukan;
import id.pelita.kalender.KalenderKerja;
import id.pelita.kependudukan.DaftarPenduduk;
import id.pelita.layanan.PembukaBerkas;
import id.pelita.layanan.PengerjaLangkah;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Jemput bola e-KTP in Kec. Dolopo: the vulnerable list from the register, a batch through every role and all
 * 12 steps (a resident left out by the meeting, a revisit, a refusal, a rejected DTKS proposal), the e-KTP
 * state written back to the register, working-day deadlines, and region scope. Fixtures are residents of Desa
 * Doho (35.19.02.2010) keyed by its demo operator, with random NIKs; the Desa Bader demo residents are only read.
 */
@PelitaTest
class JemputBolaAlurTest {

    static final String KEC = "35.19.02";
    static final String DOHO = "35.19.02.2010";
    static final String BADER = "35.19.02.2006";
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Autowired
    LayananJemputBola layanan;
    @Autowired
    RepositoriJemputBola repo;
    @Autowired
    DaftarPenduduk daftar;
    @Autowired
    PengerjaLangkah pengerja;
    @Autowired
    PembukaBerkas pembuka;
    @Autowired
    KalenderKerja kalender;
    @Autowired
    UserDetailsService pengguna;
    @Autowired
    Akses akses;
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    final String sfx = String.valueOf(ThreadLocalRandom.current().nextInt(100_000, 999_999));
    final LocalDate hariIni = LocalDate.now(WIB);

    @AfterEach
    void keluar() {
        SecurityContextHolder.clearContext();
    }

    record Orang(long id, String nama) {
    }

    @Test
    void daftarRentanDariRegister() throws Exception {
        long kid = keluarga("UJI LANSIA " + sfx, hariIni.minusYears(70), 2, null, 2);
        Orang lansia = orangNik(kid, "UJI LANSIA " + sfx);
        Orang odgj = anggota(kid, "UJI ODGJ " + sfx, hariIni.minusYears(30), 1, "MENTAL", 2);
        Orang cacat = anggota(kid, "UJI DISABILITAS " + sfx, hariIni.minusYears(40), 1, "FISIK", 2);
        Orang kawinMuda = anggota(kid, "UJI KAWIN MUDA " + sfx, hariIni.minusYears(16), 2, "SENSORIK", 2);
        Orang sudahRekam = anggota(kid, "UJI SUDAH REKAM " + sfx, hariIni.minusYears(75), 2, null, 3);
        Orang anak = anggota(kid, "UJI ANAK " + sfx, hariIni.minusYears(15), 1, "SENSORIK", 2);
        Orang biasa = anggota(kid, "UJI BIASA " + sfx, hariIni.minusYears(30), 2, null, 2);
        Orang mati = anggota(kid, "UJI MATI " + sfx, hariIni.minusYears(80), 4, null, 2);
        Orang pindah = anggota(kid, "UJI PINDAH " + sfx, hariIni.minusYears(65), 2, null, 2);
        mutasi(mati.id(), "MATI");
        mutasi(pindah.id(), "PINDAH_KELUAR");

        sebagai("staf.dolopo");
        Angkatan a = layanan.buat("Uji calon " + sfx);
        var calon = layanan.calon(a, DOHO);
        List<Long> ids = calon.stream().map(c -> c.penduduk().id()).toList();
        assertThat(ids).contains(lansia.id(), odgj.id(), cacat.id(), kawinMuda.id())
                .doesNotContain(sudahRekam.id(), anak.id(), biasa.id(), mati.id(), pindah.id());
        assertThat(calon).allMatch(c -> c.penduduk().desaKode().equals(DOHO));
        assertThat(kategori(calon, lansia)).isEqualTo("LANSIA");
        assertThat(kategori(calon, odgj)).isEqualTo("ODGJ");
        assertThat(kategori(calon, cacat)).isEqualTo("DISABILITAS");

        // The Desa Bader demo residents: four targets; the recorded wife and the 14-year-old are not.
        List<String> bader = layanan.calon(a, BADER).stream().map(c -> c.penduduk().nama()).toList();
        assertThat(bader).contains("CONTOH SUPARMI", "CONTOH KARTO", "CONTOH BAGUS", "CONTOH WIDODO")
                .doesNotContain("CONTOH SAMINEM", "CONTOH PUTRI");

        // A resident who is not a target cannot be proposed by posting their id either.
        sebagai("operator.doho");
        assertThatThrownBy(() -> layanan.usulkan(a, DOHO, sudahRekam.id(), "Dusun Uji", "1", "1"))
                .isInstanceOf(GalatValidasi.class);
        assertThatThrownBy(() -> layanan.usulkan(a, DOHO, mati.id(), "Dusun Uji", "1", "1"))
                .isInstanceOf(GalatValidasi.class);
        // Reading the list is audited.
        assertThat(jdbc.sql("select count(*) from audit_log where jenis_data = 'jemput-bola' and data_id = ? and aksi = 'BACA'")
                .param(String.valueOf(a.id())).query(Long.class).single()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void alurLengkapSemuaPeran() throws Exception {
        long kid = keluarga("UJI ALUR LANSIA " + sfx, hariIni.minusYears(72), 2, null, 2);
        Orang lansia = orangNik(kid, "UJI ALUR LANSIA " + sfx);
        Orang odgj = anggota(kid, "UJI ALUR ODGJ " + sfx, hariIni.minusYears(33), 1, "MENTAL", 2);
        Orang cacat = anggota(kid, "UJI ALUR CACAT " + sfx, hariIni.minusYears(45), 2, "FISIK", 2);
        Orang menolak = anggota(kid, "UJI ALUR MENOLAK " + sfx, hariIni.minusYears(66), 4, null, 2);

        sebagai("staf.dolopo");
        Angkatan a0 = layanan.buat("Uji alur " + sfx);
        assertThat(a0.usulan()).isTrue();

        // Step 1: the village operator proposes, from the page; another village's operator cannot.
        long wLansia = usul("operator.doho", a0, lansia, "Dusun Krajan", "2", "1");
        long wOdgj = usul("operator.doho", a0, odgj, "Dusun Krajan", "1", "1");
        long wCacat = usul("operator.doho", a0, cacat, "Dusun Wetan", "3", "2");
        long wMenolak = usul("operator.doho", a0, menolak, "Dusun Wetan", "1", "2");
        assertThat(status("operator.bader", post("/adminduk/jemput-bola/" + a0.id() + "/usulan/" + DOHO).with(csrf())
                .param("pendudukId", String.valueOf(lansia.id())).param("alamat", "x"))).isEqualTo(403);
        assertThat(status("operator.bader", get("/adminduk/jemput-bola/" + a0.id() + "/calon/" + DOHO))).isEqualTo(403);
        assertThat(halaman("operator.doho", "/adminduk/jemput-bola/" + a0.id() + "/calon/" + DOHO))
                .contains("UJI ALUR LANSIA " + sfx);
        // Only once per running batch.
        sebagai("operator.doho");
        assertThatThrownBy(() -> layanan.usulkan(a0, DOHO, lansia.id(), "x", null, null)).isInstanceOf(GalatValidasi.class);

        // Step 2: only the staff compile; the case starts with step 1 done by the villages.
        sebagai("kasi.dolopo");
        assertThatThrownBy(() -> layanan.susun(a0, null)).isInstanceOf(AccessDeniedException.class);
        assertThat(status("staf.dolopo", post("/adminduk/jemput-bola/" + a0.id() + "/susun").with(csrf()))).isEqualTo(302);
        Angkatan a = repo.cari(a0.id()).orElseThrow();
        assertThat(a.status()).isEqualTo(Angkatan.BERJALAN);
        assertThat(a.berkasNomor()).isNotNull();
        assertThat(a.langkah()).isEqualTo(2);
        assertThat(layanan.menunggu(a)).contains(3);
        assertThat(halaman("camat.dolopo", "/adminduk/jemput-bola/" + a.id())).contains("UJI ALUR ODGJ " + sfx)
                .contains("data-test=\"form-langkah\"");

        // Step 3: the camat's meeting leaves one resident out (with a reason) and fixes the data.
        sebagai("kasi.dolopo");
        assertThatThrownBy(() -> layanan.selesaikanLangkah(a, 3, hariIni, null)).isInstanceOf(AccessDeniedException.class);
        sebagai("camat.dolopo");
        assertThatThrownBy(() -> layanan.aksi(a, wCacat, LayananJemputBola.Aksi.KELUARKAN, isian(null)))
                .isInstanceOf(GalatValidasi.class);
        layanan.aksi(a, wCacat, LayananJemputBola.Aksi.KELUARKAN, isian("Sudah direkam di Dispendukcapil bulan lalu"));
        assertThatThrownBy(() -> layanan.selesaikanLangkah(a, 3, null, null)).isInstanceOf(GalatValidasi.class);
        layanan.selesaikanLangkah(a, 3, hariIni, "Rapat di pendopo kecamatan");

        // Step 4: the kasi schedules visits: a route per village per day.
        sebagai("kasi.dolopo");
        assertThatThrownBy(() -> layanan.selesaikanLangkah(a, 4, null, null)).isInstanceOf(GalatValidasi.class);
        jadwal(a, wLansia, 2);
        jadwal(a, wOdgj, 1);
        jadwal(a, wMenolak, 3);
        assertThatThrownBy(() -> layanan.aksi(a, wCacat, LayananJemputBola.Aksi.JADWAL,
                new LayananJemputBola.Isian(null, hariIni, "Tim", 4, null, null, null))).isInstanceOf(GalatValidasi.class);
        layanan.selesaikanLangkah(a, 4, null, null);
        Angkatan rekam = repo.cari(a.id()).orElseThrow();
        assertThat(rekam.rekamMulai()).isNotNull();
        // The case's own deadline for step 5 is the same 10 working days as the batch's.
        Instant tenggatKasus = pengerja.menunggu(a.berkasNomor()).orElseThrow().tenggat();
        assertThat(Duration.between(tenggatKasus, layanan.tenggatRekam(rekam)).abs()).isLessThan(Duration.ofMinutes(1));
        String rute = halaman("kasi.dolopo", "/adminduk/jemput-bola/" + a.id() + "/rute");
        assertThat(rute.indexOf("UJI ALUR ODGJ " + sfx)).isLessThan(rute.indexOf("UJI ALUR LANSIA " + sfx));
        assertThat(rute.indexOf("UJI ALUR LANSIA " + sfx)).isLessThan(rute.indexOf("UJI ALUR MENOLAK " + sfx));
        assertThat(rute).doesNotContain("UJI ALUR CACAT " + sfx);

        // Step 5: home visits by the staff; recorded → register "Sudah Rekam"; a revisit; a refusal.
        assertThat(halaman("staf.dolopo", "/adminduk/jemput-bola/" + a.id())).contains("name=\"hasil\"");
        sebagai("staf.dolopo");
        hasil(a, wLansia, StatusWarga.DIREKAM, null);
        assertThat(daftar.cari(lansia.id()).orElseThrow().statusKtp()).isEqualTo(DaftarPenduduk.KTP_SUDAH_REKAM);
        hasil(a, wOdgj, StatusWarga.TIDAK_DI_RUMAH, "Sedang berobat");
        assertThat(daftar.cari(odgj.id()).orElseThrow().statusKtp()).isEqualTo(DaftarPenduduk.KTP_BELUM_REKAM);
        layanan.aksi(a, wOdgj, LayananJemputBola.Aksi.JADWAL,
                new LayananJemputBola.Isian(null, hariIni.plusDays(1), "Tim A", 1, null, null, null));
        assertThatThrownBy(() -> hasil(a, wMenolak, StatusWarga.MENOLAK, null)).isInstanceOf(GalatValidasi.class);
        hasil(a, wMenolak, StatusWarga.MENOLAK, "Keluarga belum bersedia");
        assertThatThrownBy(() -> layanan.selesaikanLangkah(a, 5, null, null)).isInstanceOf(GalatValidasi.class);
        hasil(a, wOdgj, StatusWarga.DIREKAM, null);
        assertThat(daftar.cari(odgj.id()).orElseThrow().statusKtp()).isEqualTo(DaftarPenduduk.KTP_SUDAH_REKAM);
        assertThat(daftar.cari(menolak.id()).orElseThrow().statusKtp()).isEqualTo(DaftarPenduduk.KTP_BELUM_REKAM);
        layanan.selesaikanLangkah(a, 5, null, null);

        // Steps 6–8: printing, to the kecamatan, to the village (staff for Dispendukcapil).
        for (var langkah : List.of(new Object[] {6, LayananJemputBola.Aksi.CETAK}, new Object[] {7, LayananJemputBola.Aksi.KECAMATAN},
                new Object[] {8, LayananJemputBola.Aksi.DESA})) {
            int no = (Integer) langkah[0];
            assertThat(layanan.menunggu(a)).contains(no);
            assertThatThrownBy(() -> layanan.selesaikanLangkah(a, no, null, null)).isInstanceOf(GalatValidasi.class);
            layanan.aksi(a, wLansia, (LayananJemputBola.Aksi) langkah[1], isian(null));
            layanan.aksi(a, wOdgj, (LayananJemputBola.Aksi) langkah[1], isian(null));
            layanan.selesaikanLangkah(a, no, null, null);
        }
        assertThat(repo.cariWarga(a.id(), wLansia).orElseThrow().status()).isEqualTo(StatusWarga.DI_DESA);

        // Handover to the resident by the village: a photo checked by its bytes, or the recipient and date.
        assertThat(statusBerkas("operator.doho", multipart("/adminduk/jemput-bola/" + a.id() + "/warga/" + wLansia + "/serah")
                .file(new MockMultipartFile("foto", "bukti.jpg", "image/jpeg", "bukan gambar".getBytes())).with(csrf())))
                .isEqualTo(302);
        assertThat(repo.cariWarga(a.id(), wLansia).orElseThrow().status()).isEqualTo(StatusWarga.DI_DESA);
        assertThat(statusBerkas("operator.doho", multipart("/adminduk/jemput-bola/" + a.id() + "/warga/" + wLansia + "/serah")
                .file(new MockMultipartFile("foto", "bukti.png", "image/png", PNG)).with(csrf()))).isEqualTo(302);
        assertThat(repo.cariWarga(a.id(), wLansia).orElseThrow().status()).isEqualTo(StatusWarga.DISERAHKAN);
        assertThat(daftar.cari(lansia.id()).orElseThrow().statusKtp()).isEqualTo(DaftarPenduduk.KTP_KARTU_TERBIT);
        MvcResult foto = mvc.perform(sebagaiReq("camat.dolopo", get("/adminduk/jemput-bola/" + a.id() + "/warga/" + wLansia + "/bukti")))
                .andReturn();
        assertThat(foto.getResponse().getContentType()).isEqualTo("image/png");
        assertThat(foto.getResponse().getContentAsByteArray()).isEqualTo(PNG);
        sebagai("operator.bader");
        assertThatThrownBy(() -> layanan.serahkan(a, wOdgj, "Ibu", hariIni, null)).isInstanceOf(TidakDitemukan.class);
        sebagai("operator.doho");
        assertThatThrownBy(() -> layanan.serahkan(a, wOdgj, "Ibu", hariIni.plusDays(3), null)).isInstanceOf(GalatValidasi.class);
        layanan.serahkan(a, wOdgj, "SITI (ibu kandung)", hariIni, null);
        assertThat(daftar.cari(odgj.id()).orElseThrow().statusKtp()).isEqualTo(DaftarPenduduk.KTP_KARTU_TERBIT);

        // Step 9: aid already received (kasi, with Dinsos and the villages).
        sebagai("kasi.dolopo");
        assertThat(layanan.menunggu(a)).contains(9);
        layanan.aksi(a, wLansia, LayananJemputBola.Aksi.BANTUAN, program(ProgramBantuan.PBI_JK));
        layanan.aksi(a, wOdgj, LayananJemputBola.Aksi.BANTUAN, program());
        assertThat(halaman("kasi.dolopo", "/adminduk/jemput-bola/" + a.id())).contains("name=\"program\"");
        sebagai("kasi.dolopo");
        layanan.selesaikanLangkah(a, 9, null, null);
        // Step 10: DTKS proposals for what is missing (a programme already received is dropped).
        assertThatThrownBy(() -> layanan.aksi(a, wLansia, LayananJemputBola.Aksi.USUL_DTKS, program(ProgramBantuan.PBI_JK)))
                .isInstanceOf(GalatValidasi.class);
        layanan.aksi(a, wLansia, LayananJemputBola.Aksi.USUL_DTKS, program(ProgramBantuan.PKH, ProgramBantuan.PBI_JK));
        layanan.aksi(a, wOdgj, LayananJemputBola.Aksi.USUL_DTKS, program(ProgramBantuan.PKH, ProgramBantuan.BPNT));
        assertThat(repo.cariWarga(a.id(), wLansia).orElseThrow().usulanProgram()).isEqualTo("PKH");
        layanan.selesaikanLangkah(a, 10, null, null);

        // Step 11: the camat evaluates; a rejection needs its reason.
        sebagai("camat.dolopo");
        layanan.aksi(a, wLansia, LayananJemputBola.Aksi.EVALUASI, new LayananJemputBola.Isian(null, null, null, null, null, null, true));
        assertThatThrownBy(() -> layanan.selesaikanLangkah(a, 11, null, null)).isInstanceOf(GalatValidasi.class);
        assertThatThrownBy(() -> layanan.aksi(a, wOdgj, LayananJemputBola.Aksi.EVALUASI,
                new LayananJemputBola.Isian(" ", null, null, null, null, null, false))).isInstanceOf(GalatValidasi.class);
        layanan.aksi(a, wOdgj, LayananJemputBola.Aksi.EVALUASI,
                new LayananJemputBola.Isian("Desil kesejahteraan di atas batas", null, null, null, null, null, false));
        assertThat(halaman("camat.dolopo", "/adminduk/jemput-bola/" + a.id())).contains("Desil kesejahteraan di atas batas");
        sebagai("camat.dolopo");
        layanan.selesaikanLangkah(a, 11, null, null);
        assertThat(repo.cariWarga(a.id(), wOdgj).orElseThrow().usulanStatus()).isEqualTo(Warga.USUL_DITOLAK);

        // Step 12: the village facilitates the accepted recipient; the last one closes the case.
        assertThat(layanan.menunggu(a)).contains(12);
        sebagai("operator.doho");
        assertThatThrownBy(() -> layanan.aksi(a, wOdgj, LayananJemputBola.Aksi.FASILITASI, isian(null)))
                .isInstanceOf(GalatValidasi.class);
        assertThat(halaman("operator.doho", "/adminduk/jemput-bola/" + a.id())).contains("FASILITASI");
        sebagai("operator.doho");
        layanan.aksi(a, wLansia, LayananJemputBola.Aksi.FASILITASI, isian(null));
        Angkatan akhir = repo.cari(a.id()).orElseThrow();
        assertThat(akhir.status()).isEqualTo(Angkatan.SELESAI);
        assertThat(pembuka.status(a.berkasNomor()).orElseThrow().selesai()).isTrue();
        var langkah = pembuka.status(a.berkasNomor()).orElseThrow().langkah();
        assertThat(langkah).extracting(l -> l.no()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(langkah.get(2).oleh()).isEqualTo("camat.dolopo");
        assertThat(langkah.get(3).oleh()).isEqualTo("kasi.dolopo");
        assertThat(langkah.get(4).oleh()).isEqualTo("staf.dolopo");
        // Every change to a resident is in the audit trail.
        assertThat(jdbc.sql("select count(*) from audit_log where jenis_data = 'jemput-bola-warga' and data_id = ?")
                .param(String.valueOf(wLansia)).query(Long.class).single()).isGreaterThanOrEqualTo(10);
        // The API shows the final state.
        String api = mvc.perform(sebagaiReq("kasi.dolopo", get("/api/v1/adminduk/jemput-bola/" + a.id())
                .accept(MediaType.APPLICATION_JSON))).andReturn().getResponse().getContentAsString();
        assertThat(api).contains("\"status\":\"DISERAHKAN\"").contains("\"usulanStatus\":\"DITOLAK\"")
                .contains("\"nikSamar\":\"3519**********");
    }

    @Test
    void tanpaUsulanDiterimaLangkahTerakhirSelesaiOlehSistem() throws Exception {
        long kid = keluarga("UJI TOLAK " + sfx, hariIni.minusYears(81), 4, null, 2);
        Orang o = orangNik(kid, "UJI TOLAK " + sfx);
        sebagai("staf.dolopo");
        Angkatan a0 = layanan.buat("Uji tanpa penerima " + sfx);
        long w = usul("operator.doho", a0, o, "Dusun Kulon", "4", "3");
        sebagai("staf.dolopo");
        layanan.susun(a0, null);
        Angkatan a = repo.cari(a0.id()).orElseThrow();
        sebagai("camat.dolopo");
        layanan.selesaikanLangkah(a, 3, hariIni, null);
        sebagai("kasi.dolopo");
        jadwal(a, w, 1);
        layanan.selesaikanLangkah(a, 4, null, null);
        sebagai("staf.dolopo");
        hasil(a, w, StatusWarga.TIDAK_LAYAK, "Sakit berat, sidik jari tidak terbaca");
        for (int no = 5; no <= 8; no++) {
            layanan.selesaikanLangkah(a, no, null, null);
        }
        assertThat(daftar.cari(o.id()).orElseThrow().statusKtp()).isEqualTo(DaftarPenduduk.KTP_BELUM_REKAM);
        sebagai("kasi.dolopo");
        layanan.aksi(a, w, LayananJemputBola.Aksi.BANTUAN, program(ProgramBantuan.PKH));
        layanan.selesaikanLangkah(a, 9, null, null);
        layanan.aksi(a, w, LayananJemputBola.Aksi.USUL_DTKS, program(ProgramBantuan.PBI_JK));
        layanan.selesaikanLangkah(a, 10, null, null);
        sebagai("camat.dolopo");
        layanan.aksi(a, w, LayananJemputBola.Aksi.EVALUASI,
                new LayananJemputBola.Isian("Sudah terdaftar PBI daerah", null, null, null, null, null, false));
        layanan.selesaikanLangkah(a, 11, null, null);
        assertThat(repo.cari(a.id()).orElseThrow().status()).isEqualTo(Angkatan.SELESAI);
        var terakhir = pembuka.status(a.berkasNomor()).orElseThrow().langkah().get(11);
        assertThat(terakhir.no()).isEqualTo(12);
        assertThat(terakhir.output()).isEqualTo("Tidak ada penerima bantuan baru");
    }

    @Test
    void cakupanWilayah() throws Exception {
        long kid = keluarga("UJI CAKUPAN " + sfx, hariIni.minusYears(68), 2, null, 2);
        Orang o = orangNik(kid, "UJI CAKUPAN " + sfx);
        sebagai("staf.dolopo");
        Angkatan a = layanan.buat("Uji cakupan " + sfx);
        usul("operator.doho", a, o, "Dusun Cakupan", "1", "1");
        String path = "/adminduk/jemput-bola/" + a.id();
        // Another kecamatan's office does not know the batch exists.
        assertThat(status("camat.reteh", get(path))).isEqualTo(404);
        assertThat(status("staf.reteh", get("/api/v1/adminduk/jemput-bola/" + a.id()).accept(MediaType.APPLICATION_JSON)))
                .isEqualTo(404);
        assertThat(halaman("camat.reteh", "/adminduk/jemput-bola")).doesNotContain("Uji cakupan " + sfx);
        // Another Dolopo village sees the batch but none of Doho's residents.
        assertThat(halaman("operator.bader", path)).contains("Uji cakupan " + sfx).doesNotContain("UJI CAKUPAN " + sfx);
        assertThat(halaman("operator.doho", path)).contains("UJI CAKUPAN " + sfx);
        assertThat(halaman("camat.dolopo", path)).contains("UJI CAKUPAN " + sfx);
        // Operators neither compile nor complete kecamatan steps; the role rules refuse them.
        assertThat(status("operator.doho", post(path + "/susun").with(csrf()))).isEqualTo(403);
        assertThat(status("operator.doho", post(path + "/langkah/3").with(csrf()))).isEqualTo(403);
        assertThat(status("staf.dolopo", post("/adminduk/jemput-bola/" + a.id() + "/usulan/" + "35.16.04.2001").with(csrf())
                .param("pendudukId", "1").param("alamat", "x"))).isEqualTo(403);
        // Staff of another kecamatan cannot create a Dolopo batch (the SOP does not apply in Reteh).
        sebagai("staf.reteh");
        assertThatThrownBy(() -> layanan.buat("Salah")).isInstanceOf(GalatValidasi.class);
    }

    @Test
    void tenggatDalamHariKerja() {
        sebagai("staf.dolopo");
        Angkatan a0 = layanan.buat("Uji tenggat " + sfx);
        // Home recording starts on Friday 13 March 2026 at 10:00 WIB, before Nyepi and Idulfitri leave
        // (18–24 March): 10 working days run to Monday 6 April (3 April, Good Friday, is a holiday too).
        Instant jumat = LocalDateTime.of(2026, 3, 13, 10, 0).atZone(WIB).toInstant();
        repo.aturRekamMulai(a0.id(), jumat);
        Angkatan a = repo.cari(a0.id()).orElseThrow();
        Instant tenggat = layanan.tenggatRekam(a);
        assertThat(tenggat.atZone(WIB).toLocalDate()).isEqualTo(LocalDate.of(2026, 4, 6));
        assertThat(tenggat).isEqualTo(kalender.tenggat(KEC, jumat, 10, ChronoUnit.DAYS));
        assertThat(tenggat).isAfter(jumat.plus(10, ChronoUnit.DAYS));

        Instant pada = Instant.now();
        long tepat = repo.tambahWarga(a.id(), -1, DOHO, "UJI TEPAT", "3519**********01", "LANSIA", "x", null, null, "uji", pada);
        long telat = repo.tambahWarga(a.id(), -2, DOHO, "UJI TELAT", "3519**********02", "LANSIA", "x", null, null, "uji", pada);
        long belum = repo.tambahWarga(a.id(), -3, DOHO, "UJI BELUM", "3519**********03", "LANSIA", "x", null, null, "uji", pada);
        long cetakTelat = repo.tambahWarga(a.id(), -4, DOHO, "UJI CETAK", "3519**********04", "ODGJ", "x", null, null, "uji", pada);
        for (long w : List.of(tepat, telat, belum, cetakTelat)) {
            repo.jadwalkan(w, LocalDate.of(2026, 3, 16), "Tim", 1);
        }
        repo.hasil(tepat, StatusWarga.DIREKAM, null, LocalDateTime.of(2026, 4, 6, 9, 0).atZone(WIB).toInstant());
        repo.hasil(telat, StatusWarga.DIREKAM, null, LocalDateTime.of(2026, 4, 7, 9, 0).atZone(WIB).toInstant());
        // Recorded Thursday 2 April: 2 working days for printing skip Good Friday and the weekend → Tuesday 7 April.
        Instant kamis = LocalDateTime.of(2026, 4, 2, 10, 0).atZone(WIB).toInstant();
        repo.hasil(cetakTelat, StatusWarga.DIREKAM, null, kamis);
        repo.kartu(cetakTelat, StatusWarga.DICETAK, LocalDateTime.of(2026, 4, 8, 9, 0).atZone(WIB).toInstant());

        Map<String, LayananJemputBola.BarisWarga> baris = new LinkedHashMap<>();
        layanan.warga(a).forEach(b -> baris.put(b.warga().nama(), b));
        assertThat(baris.get("UJI TEPAT").terlambatRekam()).isFalse();
        assertThat(baris.get("UJI TELAT").terlambatRekam()).isTrue();
        assertThat(baris.get("UJI BELUM").terlambatRekam()).isTrue(); // still scheduled, long after the deadline
        assertThat(baris.get("UJI CETAK").tenggatCetak().atZone(WIB).toLocalDate()).isEqualTo(LocalDate.of(2026, 4, 7));
        assertThat(baris.get("UJI CETAK").terlambatCetak()).isTrue();
        assertThat(baris.get("UJI TEPAT").terlambatCetak()).isTrue(); // recorded 6 April, never printed
        assertThat(baris.get("UJI CETAK").terlambatRekam()).isFalse();
    }

    @Test
    void buktiFotoDiperiksaDariIsinya() {
        assertThat(BuktiFoto.jenis(PNG)).isEqualTo("image/png");
        assertThat(BuktiFoto.jenis(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0})).isEqualTo("image/jpeg");
        assertThatThrownBy(() -> BuktiFoto.jenis("<svg onload=alert(1)>".getBytes())).isInstanceOf(GalatValidasi.class);
        assertThatThrownBy(() -> BuktiFoto.jenis(new byte[0])).isInstanceOf(GalatValidasi.class);
        byte[] besar = new byte[BuktiFoto.MAKS_BYTE + 1];
        System.arraycopy(PNG, 0, besar, 0, PNG.length);
        assertThatThrownBy(() -> BuktiFoto.jenis(besar)).isInstanceOf(GalatValidasi.class);
    }

    // --- helpers

    private void jadwal(Angkatan a, long w, int urutan) {
        layanan.aksi(a, w, LayananJemputBola.Aksi.JADWAL,
                new LayananJemputBola.Isian(null, hariIni.plusDays(1), "Tim Perekaman 1", urutan, null, null, null));
    }

    private void hasil(Angkatan a, long w, StatusWarga h, String alasan) {
        layanan.aksi(a, w, LayananJemputBola.Aksi.HASIL, new LayananJemputBola.Isian(alasan, null, null, null, h, null, null));
    }

    private static LayananJemputBola.Isian isian(String alasan) {
        return new LayananJemputBola.Isian(alasan, null, null, null, null, null, null);
    }

    private static LayananJemputBola.Isian program(ProgramBantuan... p) {
        Set<ProgramBantuan> s = EnumSet.noneOf(ProgramBantuan.class);
        s.addAll(List.of(p));
        return new LayananJemputBola.Isian(null, null, null, null, null, s, null);
    }

    private static String kategori(List<LayananJemputBola.Calon> calon, Orang o) {
        return calon.stream().filter(c -> c.penduduk().id() == o.id()).findFirst().orElseThrow().kategori();
    }

    /** Proposes through the page as the operator; returns the batch resident's id. */
    private long usul(String operator, Angkatan a, Orang o, String alamat, String rt, String rw) throws Exception {
        MvcResult r = mvc.perform(sebagaiReq(operator, post("/adminduk/jemput-bola/" + a.id() + "/usulan/" + DOHO).with(csrf())
                .param("pendudukId", String.valueOf(o.id())).param("alamat", alamat).param("rt", rt).param("rw", rw)))
                .andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(302);
        assertThat(r.getFlashMap().get("galatUmum")).as(o.nama()).isNull();
        return repo.warga(a.id()).stream().filter(w -> w.pendudukId() == o.id()).findFirst().orElseThrow().id();
    }

    private long keluarga(String nama, LocalDate lahir, int kawin, String disabilitas, int ktp) throws Exception {
        String nik = nik(lahir, "L");
        Map<String, String> m = new LinkedHashMap<>();
        m.put("noKk", "351902" + String.format("%010d", ThreadLocalRandom.current().nextLong(1, 10_000_000_000L)));
        m.put("alamat", "Dusun Uji");
        m.put("rt", "1");
        m.put("rw", "1");
        isi(m, "kepala.", nik, nama, lahir, "L", 1, kawin, disabilitas, ktp);
        MvcResult r = mvc.perform(sebagaiReq("operator.doho", post("/penduduk/keluarga/baru").with(csrf()).params(params(m))))
                .andReturn();
        String ke = r.getResponse().getRedirectedUrl();
        assertThat(ke).as(r.getResponse().getContentAsString()).startsWith("/penduduk/keluarga/");
        nikTerakhir = nik;
        return Long.parseLong(ke.substring(ke.lastIndexOf('/') + 1));
    }

    private String nikTerakhir;

    private Orang orangNik(long kid, String nama) {
        return new Orang(daftar.cariNik(nikTerakhir).orElseThrow().id(), nama);
    }

    private Orang anggota(long kid, String nama, LocalDate lahir, int kawin, String disabilitas, int ktp) throws Exception {
        String jk = ThreadLocalRandom.current().nextBoolean() ? "L" : "P";
        String nik = nik(lahir, jk);
        Map<String, String> m = new LinkedHashMap<>();
        isi(m, "", nik, nama, lahir, jk, 4, kawin, disabilitas, ktp);
        MvcResult r = mvc.perform(sebagaiReq("operator.doho", post("/penduduk/keluarga/" + kid + "/anggota").with(csrf())
                .params(params(m)))).andReturn();
        String isi = r.getResponse().getContentAsString();
        assertThat(r.getResponse().getStatus()).as(isi).isLessThan(400);
        return new Orang(daftar.cariNik(nik).orElseThrow(() -> new AssertionError(nama + " tidak tersimpan: " + isi)).id(),
                nama);
    }

    private static void isi(Map<String, String> m, String awalan, String nik, String nama, LocalDate lahir, String jk,
                            int shdk, int kawin, String disabilitas, int ktp) {
        m.put(awalan + "nik", nik);
        m.put(awalan + "nama", nama);
        m.put(awalan + "jenisKelamin", jk);
        m.put(awalan + "tempatLahir", "Madiun");
        m.put(awalan + "tanggalLahir", lahir.toString());
        m.put(awalan + "agama", "1");
        m.put(awalan + "pendidikan", "3");
        m.put(awalan + "pekerjaan", "89");
        m.put(awalan + "statusKawin", String.valueOf(kawin));
        m.put(awalan + "shdk", String.valueOf(shdk));
        m.put(awalan + "golonganDarah", "13");
        m.put(awalan + "statusRekamKtp", String.valueOf(ktp));
        m.put(awalan + "kewarganegaraan", "1");
        m.put(awalan + "sebab", "PENDATAAN");
        if (disabilitas != null) {
            m.put(awalan + "disabilitas", disabilitas);
        }
    }

    private static String nik(LocalDate lahir, String jk) {
        int hari = lahir.getDayOfMonth() + ("P".equals(jk) ? 40 : 0);
        return "351902" + String.format("%02d%02d%02d", hari, lahir.getMonthValue(), lahir.getYear() % 100)
                + String.format("%04d", ThreadLocalRandom.current().nextInt(1, 10000));
    }

    private void mutasi(long id, String jenis) throws Exception {
        MvcResult r = mvc.perform(sebagaiReq("operator.doho", post("/penduduk/" + id + "/mutasi").with(csrf())
                .param("jenis", jenis).param("tanggal", hariIni.toString()).param("keterangan", "uji"))).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(302);
    }

    private static org.springframework.util.MultiValueMap<String, String> params(Map<String, String> m) {
        var mv = new org.springframework.util.LinkedMultiValueMap<String, String>();
        m.forEach(mv::add);
        return mv;
    }

    private void sebagai(String username) {
        UserDetails u = pengguna.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
    }

    private MockHttpServletRequestBuilder sebagaiReq(String username, MockHttpServletRequestBuilder req) {
        return req.with(user(pengguna.loadUserByUsername(username)));
    }

    private int status(String username, MockHttpServletRequestBuilder req) throws Exception {
        return mvc.perform(sebagaiReq(username, req)).andReturn().getResponse().getStatus();
    }

    private int statusBerkas(String username,
                             org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder req)
            throws Exception {
        return mvc.perform(req.with(user(pengguna.loadUserByUsername(username)))).andReturn().getResponse().getStatus();
    }

    private String halaman(String username, String path) throws Exception {
        MvcResult r = mvc.perform(sebagaiReq(username, get(path).accept(MediaType.TEXT_HTML))).andReturn();
        assertThat(r.getResponse().getStatus()).as(username + " " + path + " " + r.getResolvedException()).isEqualTo(200);
        return r.getResponse().getContentAsString();
    }
}
