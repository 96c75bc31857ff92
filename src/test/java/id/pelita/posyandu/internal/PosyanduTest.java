package id.pelita.posyandu.internal;

import id.pelita.PelitaTest;
import id.pelita.layanan.PembukaBerkas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The posyandu session end to end through the pages, as the cadre's phone posts them (htmx): each child saved
 * on its own and a re-post updating it, plausibility refusals with reasons, the PUL KOMPAS referral opened once
 * per child while its case is open, the session report to the camat, and region scope (a cadre of another
 * village sees and records nothing). Fixtures: a posyandu of its own in Sungai Terap with its own children.
 */
@PelitaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PosyanduTest {

    static final String TERAP = "14.04.01.2004";
    static final String MAHANG = "14.04.01.2020";
    static final String KADER = "kader.sungaiterap";
    static final String KADER_LAIN = "kader.uji.mahang";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService pengguna;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RepositoriPosyandu repo;
    @Autowired
    PembukaBerkas pembuka;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    Clock jam;

    long posyandu;
    LocalDate hariIni;
    long sesiLalu;
    long sesiKini;

    @BeforeAll
    void siapkan() throws Exception {
        hariIni = LocalDate.now(jam);
        if (jdbc.sql("select count(*) from pengguna where username = ?").param(KADER_LAIN).query(Long.class).single() == 0) {
            jdbc.sql("insert into pengguna (username, nama, sandi_hash, wilayah_kode, aktif, gagal_login, dibuat_pada, versi) "
                    + "values (?, 'Kader Uji Mahang', ?, ?, true, 0, ?, 0)")
                    .params(KADER_LAIN, encoder.encode("kader-uji-mahang-1"), MAHANG, OffsetDateTime.now()).update();
            long id = jdbc.sql("select id from pengguna where username = ?").param(KADER_LAIN).query(Long.class).single();
            jdbc.sql("insert into pengguna_peran (pengguna_id, peran) values (?, 'KADER_POSYANDU')").param(id).update();
        }
        posyandu = repo.simpanPosyandu(TERAP, "Posyandu Uji " + UUID.randomUUID().toString().substring(0, 8), null, null,
                null, "uji", OffsetDateTime.now());
        sesiLalu = bukaSesi(hariIni.minusDays(30));
        sesiKini = bukaSesi(hariIni);
    }

    private long bukaSesi(LocalDate tanggal) throws Exception {
        MvcResult r = mvc.perform(post("/posyandu/" + posyandu + "/sesi").param("tanggal", tanggal.toString())
                .with(csrf()).with(user(pengguna.loadUserByUsername(KADER)))).andReturn();
        String ke = r.getResponse().getRedirectedUrl();
        assertThat(ke).startsWith("/posyandu/sesi/");
        return Long.parseLong(ke.substring("/posyandu/sesi/".length()));
    }

    private long anak(String nama, String jk, LocalDate lahir) {
        return repo.simpanAnak(TERAP, posyandu, null, null, nama, jk, lahir, null, null, "uji", OffsetDateTime.now());
    }

    private MvcResult ukur(String siapa, long sesi, long anak, Map<String, String> isian) throws Exception {
        MockHttpServletRequestBuilder req = post("/posyandu/sesi/" + sesi + "/anak/" + anak).header("HX-Request", "true")
                .with(csrf()).with(user(pengguna.loadUserByUsername(siapa)));
        isian.forEach(req::param);
        return mvc.perform(req).andReturn();
    }

    private long jumlahUkur(long anak) {
        return jdbc.sql("select count(*) from pengukuran_anak where anak_id = ?").param(anak).query(Long.class).single();
    }

    @Test
    void eachChildIsSavedOnItsOwnAndARePostOfTheSameChildUpdatesIt() throws Exception {
        long satu = anak("UJI SATU", "P", hariIni.minusMonths(10));
        long dua = anak("UJI DUA", "L", hariIni.minusMonths(20));
        MvcResult r1 = ukur(KADER, sesiKini, satu, Map.of("berat", "8,1", "panjang", "70.5", "caraUkur", "TELENTANG"));
        assertThat(r1.getResponse().getStatus()).isEqualTo(200);
        String kartu1 = r1.getResponse().getContentAsString();
        assertThat(kartu1).contains("data-test=\"tersimpan\"").contains("data-test=\"zlen\"").contains("UJI SATU")
                .doesNotContain("UJI DUA");
        // Child 1 is stored before child 2 is even typed: a dropped connection now loses nothing of child 1.
        assertThat(jumlahUkur(satu)).isEqualTo(1);
        assertThat(jumlahUkur(dua)).isZero();
        ukur(KADER, sesiKini, dua, Map.of("berat", "10.9", "panjang", "83", "caraUkur", "TELENTANG"));
        Map<String, Object> b1 = jdbc.sql("select berat_kg, panjang_cm, zlen, zwei, kategori_tbu, kenaikan, umur_bulan "
                + "from pengukuran_anak where anak_id = ?").param(satu).query().singleRow();
        assertThat((BigDecimal) b1.get("berat_kg")).isEqualByComparingTo("8.1");
        assertThat((BigDecimal) b1.get("panjang_cm")).isEqualByComparingTo("70.5");
        assertThat(b1.get("zlen")).isNotNull();
        assertThat(b1.get("zwei")).isNotNull();
        assertThat(b1.get("kategori_tbu")).isNotNull();
        assertThat(b1.get("kenaikan")).isEqualTo("B");
        assertThat(b1.get("umur_bulan")).isEqualTo(10);
        assertThat(kartu1).contains("data-zlen=\"" + b1.get("zlen") + "\"");
        // The same child posted again in the same session: one row, the new value, the other child untouched.
        String kartuUlang = ukur(KADER, sesiKini, satu, Map.of("berat", "8.3", "panjang", "70.5", "caraUkur", "TELENTANG"))
                .getResponse().getContentAsString();
        assertThat(kartuUlang).contains("Pengukuran diperbarui");
        assertThat(jumlahUkur(satu)).isEqualTo(1);
        assertThat(jdbc.sql("select berat_kg from pengukuran_anak where anak_id = ?").param(satu).query(BigDecimal.class)
                .single()).isEqualByComparingTo("8.3");
        assertThat(jdbc.sql("select berat_kg from pengukuran_anak where anak_id = ?").param(dua).query(BigDecimal.class)
                .single()).isEqualByComparingTo("10.9");
        assertThat(repo.hadir(sesiKini)).contains(satu, dua);
        // The child's page draws the WHO growth charts with the measurement.
        String halaman = mvc.perform(get("/posyandu/anak/" + satu).with(user(pengguna.loadUserByUsername(KADER))))
                .andReturn().getResponse().getContentAsString();
        assertThat(halaman).contains("data-test=\"grafik-BB_U\"").contains("data-test=\"grafik-TB_U\"").contains("<svg");
    }

    @Test
    void implausibleValuesAreRefusedWithAReasonAndNothingIsStored() throws Exception {
        long anak = anak("UJI KEWAJARAN", "L", hariIni.minusMonths(15));
        assertThat(ukur(KADER, sesiKini, anak, Map.of("berat", "95", "caraUkur", "TELENTANG")).getResponse()
                .getContentAsString()).contains("data-test=\"ditolak\"").contains("Berat 95 kg di luar rentang wajar");
        assertThat(ukur(KADER, sesiKini, anak, Map.of("berat", "9,x")).getResponse().getContentAsString())
                .contains("bukan angka");
        assertThat(ukur(KADER, sesiKini, anak, Map.of("panjang", "76", "caraUkur", "")).getResponse()
                .getContentAsString()).contains("Pilih cara ukur");
        assertThat(ukur(KADER, sesiKini, anak, Map.of("panjang", "7.6", "caraUkur", "TELENTANG")).getResponse()
                .getContentAsString()).contains("Panjang/tinggi 7,6 cm di luar rentang wajar");
        assertThat(ukur(KADER, sesiKini, anak, Map.of()).getResponse().getContentAsString())
                .contains("Isi paling sedikit berat atau panjang");
        assertThat(jumlahUkur(anak)).isZero();
        // A warning (weight jumped 4 kg in a month) needs the cadre's confirmation; with it the value is stored.
        ukur(KADER, sesiLalu, anak, Map.of("berat", "9.5", "panjang", "76", "caraUkur", "TELENTANG"));
        String kartu = ukur(KADER, sesiKini, anak, Map.of("berat", "13.5", "panjang", "77", "caraUkur", "TELENTANG"))
                .getResponse().getContentAsString();
        assertThat(kartu).contains("Berat berubah dari 9,5 kg menjadi 13,5 kg").contains("data-test=\"yakin\"");
        assertThat(jumlahUkur(anak)).isEqualTo(1);
        ukur(KADER, sesiKini, anak, Map.of("berat", "13.5", "panjang", "77", "caraUkur", "TELENTANG", "yakin", "true"));
        assertThat(jumlahUkur(anak)).isEqualTo(2);
    }

    @Test
    void aStuntedChildOpensExactlyOnePulKompasCaseWhileItIsOpen() throws Exception {
        long anak = anak("UJI PENDEK", "L", hariIni.minusMonths(24).minusDays(40));
        long awal = jdbc.sql("select count(*) from notifikasi_keluar where kunci_unik like 'posyandu:rujukan:%'")
                .query(Long.class).single();
        String kartu = ukur(KADER, sesiLalu, anak, Map.of("berat", "10", "panjang", "79", "caraUkur", "BERDIRI"))
                .getResponse().getContentAsString();
        assertThat(kartu).contains("data-test=\"rujukan\"").contains("Pendek");
        var rujukan = repo.rujukan(anak);
        assertThat(rujukan).hasSize(1);
        assertThat(rujukan.get(0).alasan()).contains("PENDEK");
        var status = pembuka.status(rujukan.get(0).nomorBerkas()).orElseThrow();
        assertThat(status.sopKode()).isEqualTo("PUL-KOMPAS");
        assertThat(status.status()).isEqualTo("BERJALAN");
        assertThat(status.langkah().stream().filter(l -> l.selesai() != null).map(l -> l.no()))
                .as("steps 1-2 done by the system").contains(1, 2);
        assertThat(jdbc.sql("select count(*) from notifikasi_keluar where kunci_unik like 'posyandu:rujukan:%'")
                .query(Long.class).single()).as("camat and TP-PKK told").isGreaterThan(awal);
        // Saved again, and stunted again next month: the case is still open, so no second case.
        ukur(KADER, sesiLalu, anak, Map.of("berat", "10", "panjang", "79.2", "caraUkur", "BERDIRI"));
        String kartu2 = ukur(KADER, sesiKini, anak, Map.of("berat", "10.3", "panjang", "79.6", "caraUkur", "BERDIRI"))
                .getResponse().getContentAsString();
        assertThat(kartu2).doesNotContain("data-test=\"rujukan\"");
        assertThat(repo.rujukan(anak)).hasSize(1);
        assertThat(jdbc.sql("select count(*) from rujukan_stunting where anak_id = ?").param(anak).query(Long.class)
                .single()).isEqualTo(1);
    }

    @Test
    void aCadreOfAnotherVillageCanNeitherSeeNorRecord() throws Exception {
        long anak = anak("UJI CAKUPAN", "P", hariIni.minusMonths(6));
        var lain = user(pengguna.loadUserByUsername(KADER_LAIN));
        assertThat(mvc.perform(get("/posyandu/sesi/" + sesiKini).with(lain)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/posyandu/anak/" + anak).with(lain)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/posyandu/" + posyandu).with(lain)).andReturn().getResponse().getStatus())
                .isEqualTo(404);
        assertThat(ukur(KADER_LAIN, sesiKini, anak, Map.of("berat", "7", "panjang", "64", "caraUkur", "TELENTANG"))
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(jumlahUkur(anak)).isZero();
        assertThat(mvc.perform(get("/posyandu/kia").with(lain)).andReturn().getResponse().getContentAsString())
                .doesNotContain("UJI CAKUPAN");
        // The village's own cadre sees the child, and the read is audited.
        var kader = user(pengguna.loadUserByUsername(KADER));
        assertThat(mvc.perform(get("/posyandu/anak/" + anak).with(kader)).andReturn().getResponse()
                .getContentAsString()).contains("UJI CAKUPAN");
        assertThat(jdbc.sql("select count(*) from audit_log where jenis_data = 'anak_kia' and data_id = ? "
                + "and aksi = 'BACA' and pelaku = ?").params(String.valueOf(anak), KADER).query(Long.class).single())
                .isEqualTo(1);
        // The camat of Reteh reads it (his kecamatan) but may not record.
        var camat = user(pengguna.loadUserByUsername("camat.reteh"));
        assertThat(mvc.perform(get("/posyandu/anak/" + anak).with(camat)).andReturn().getResponse().getStatus())
                .isEqualTo(200);
        assertThat(ukur("camat.reteh", sesiKini, anak, Map.of("berat", "7")).getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void closingTheSessionSendsItsReportToTheCamat() throws Exception {
        long posyanduTutup = repo.simpanPosyandu(TERAP, "Posyandu Tutup " + UUID.randomUUID().toString().substring(0, 8),
                null, null, null, "uji", OffsetDateTime.now());
        long sesi = repo.bukaSesi(posyanduTutup, null, hariIni.minusDays(2), KADER, OffsetDateTime.now());
        long anak = repo.simpanAnak(TERAP, posyanduTutup, null, null, "UJI LAPOR", "P", hariIni.minusMonths(12), null,
                null, "uji", OffsetDateTime.now());
        ukur(KADER, sesi, anak, Map.of("berat", "8.9", "panjang", "74", "caraUkur", "TELENTANG"));
        mvc.perform(post("/posyandu/sesi/" + sesi + "/tutup").param("catatan", "Penyuluhan telur")
                .with(csrf()).with(user(pengguna.loadUserByUsername(KADER)))).andReturn();
        assertThat(repo.sesi(sesi).orElseThrow().status()).isEqualTo("SELESAI");
        Map<String, Object> n = jdbc.sql("select tujuan, isi from notifikasi_keluar where kunci_unik = ?")
                .param("posyandu:sesi:" + sesi + ":camat.reteh").query().singleRow();
        assertThat(n.get("isi").toString()).contains("ditimbang 1").contains("/posyandu/sesi/" + sesi + "/laporan");
        String laporan = mvc.perform(get("/posyandu/sesi/" + sesi + "/laporan")
                .with(user(pengguna.loadUserByUsername("camat.reteh")))).andReturn().getResponse().getContentAsString();
        assertThat(laporan).contains("data-test=\"ditimbang\">1<");
        // Closed: no more changes.
        assertThat(ukur(KADER, sesi, anak, Map.of("berat", "9")).getResponse().getContentAsString())
                .contains("Sesi sudah ditutup");
    }

    @Test
    void thePublicSchedulePageNeedsNoLogin() throws Exception {
        String html = mvc.perform(get("/jadwal-posyandu/" + TERAP)).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Posyandu Melati").contains("JADWAL");
        assertThat(mvc.perform(get("/api/v1/posyandu/jadwal/" + TERAP)).andReturn().getResponse().getContentAsString())
                .contains("Posyandu Melati");
    }
}
