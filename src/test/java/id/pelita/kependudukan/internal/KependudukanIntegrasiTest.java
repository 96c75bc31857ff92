package id.pelita.kependudukan.internal;

import id.pelita.PelitaTest;
import id.pelita.kependudukan.JenisKelamin;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Population data end to end: encryption at rest, lookup by hash, masking per role, region scope on every page
 * and API call, duplicate NIK, NIK warnings, events (mutasi), and audit rows for reads.
 */
@PelitaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KependudukanIntegrasiTest {

    static final String TERAP = "14.04.01.2004";
    static final String MAHANG = "14.04.01.2020";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService pengguna;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SandiPdp sandi;

    /** A family in Sungai Terap and one in Sungai Mahang, each created by its own operator through the page. */
    long keluargaTerap;
    long kepalaTerap;
    String nikTerap;
    long keluargaMahang;
    long kepalaMahang;
    String nikMahang;

    @BeforeAll
    void siapkan() throws Exception {
        LocalDate lahir = LocalDate.of(1985, 5, 17);
        nikTerap = DataUji.nik("140401", lahir, JenisKelamin.L);
        keluargaTerap = buatKeluarga("operator.sungaiterap", DataUji.keluargaBaru(DataUji.kk(), nikTerap, "UJI TERAP KEPALA", lahir));
        kepalaTerap = idPenduduk(nikTerap);
        nikMahang = DataUji.nik("140401", lahir, JenisKelamin.L);
        keluargaMahang = buatKeluarga("operator.sungaimahang", DataUji.keluargaBaru(DataUji.kk(), nikMahang, "UJI MAHANG KEPALA", lahir));
        kepalaMahang = idPenduduk(nikMahang);
    }

    @Test
    void databaseHoldsNoPlainNikOrKkAndFindsThemByHash() {
        String noKk = jdbc.sql("select no_kk_sandi from keluarga where id = ?").param(keluargaTerap).query(String.class).single();
        assertThat(sandi.buka(noKk)).hasSize(16);
        // No column of either table holds the plain number.
        assertThat(jdbc.sql("select count(*) from penduduk where nik_sandi like ? or nik_hash like ? or nama like ?")
                .params("%" + nikTerap + "%", "%" + nikTerap + "%", "%" + nikTerap + "%").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from keluarga where no_kk_sandi like ? or no_kk_hash like ?")
                .params("%" + sandi.buka(noKk) + "%", "%" + sandi.buka(noKk) + "%").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select nik_sandi from penduduk where id = ?").param(kepalaTerap).query(String.class).single())
                .startsWith("v1:");
        assertThat(jdbc.sql("select count(*) from audit_log where keterangan like ?").param("%" + nikTerap + "%")
                .query(Long.class).single()).as("nor does the audit trail").isZero();
    }

    @Test
    void operatorFindsAResidentByExactNikAndByName() throws Exception {
        String html = halaman("operator.sungaiterap", "/penduduk?q=" + nikTerap);
        assertThat(html).contains("UJI TERAP KEPALA").contains("1404**********" + nikTerap.substring(14));
        assertThat(halaman("operator.sungaiterap", "/penduduk?q=terap kepala")).contains("UJI TERAP KEPALA");
        // An htmx search returns only the results fragment.
        String fragmen = mvc.perform(sebagai("operator.sungaiterap", get("/penduduk").param("q", "uji terap")
                .header("HX-Request", "true"))).andReturn().getResponse().getContentAsString();
        assertThat(fragmen).contains("UJI TERAP KEPALA").doesNotContain("<html").doesNotContain("navbar");
    }

    @Test
    void fullNumbersOnlyForTheVillageOperatorCamatSekcamAndAdmin() throws Exception {
        for (String u : new String[]{"operator.sungaiterap", "camat.reteh", "sekcam.reteh", "admin"}) {
            assertThat(halaman(u, "/penduduk/" + kepalaTerap)).as(u).contains(nikTerap);
        }
        for (String u : new String[]{"kasi.reteh", "staf.reteh", "tim.inhil"}) {
            assertThat(halaman(u, "/penduduk/" + kepalaTerap)).as(u).doesNotContain(nikTerap)
                    .contains("1404**********" + nikTerap.substring(14));
            assertThat(halaman(u, "/penduduk/keluarga/" + keluargaTerap)).as(u).doesNotContain(nikTerap);
        }
        // The list masks for everybody; the API says whether the number is full.
        assertThat(halaman("camat.reteh", "/penduduk?q=uji terap")).doesNotContain(nikTerap);
        assertThat(json("camat.reteh", "/api/v1/penduduk/" + kepalaTerap)).contains("\"nik\":\"" + nikTerap + "\"")
                .contains("\"nikLengkap\":true");
        assertThat(json("kasi.reteh", "/api/v1/penduduk/" + kepalaTerap)).doesNotContain(nikTerap).contains("\"nikLengkap\":false");
    }

    @Test
    void everyReadOfAResidentIsAudited() throws Exception {
        long sebelum = auditBaca(kepalaTerap);
        halaman("kasi.reteh", "/penduduk/" + kepalaTerap);
        json("camat.reteh", "/api/v1/penduduk/" + kepalaTerap);
        assertThat(auditBaca(kepalaTerap)).isEqualTo(sebelum + 2);
        assertThat(jdbc.sql("select keterangan from audit_log where jenis_data = 'penduduk' and data_id = ? and pelaku = 'camat.reteh' "
                        + "order by id desc limit 1").param(String.valueOf(kepalaTerap)).query(String.class).single())
                .isEqualTo("NIK lengkap ditampilkan");
        long daftar = jdbc.sql("select count(*) from audit_log where jenis_data = 'penduduk-daftar'").query(Long.class).single();
        halaman("operator.sungaiterap", "/penduduk?q=" + nikTerap);
        assertThat(jdbc.sql("select keterangan from audit_log where jenis_data = 'penduduk-daftar' order by id desc limit 1")
                .query(String.class).single()).startsWith("cari NIK");
        assertThat(jdbc.sql("select count(*) from audit_log where jenis_data = 'penduduk-daftar'").query(Long.class).single())
                .isEqualTo(daftar + 1);
    }

    @Test
    void operatorCannotSeeOrChangeAResidentOfAnotherVillage() throws Exception {
        String op = "operator.sungaiterap";
        assertThat(status(op, get("/penduduk/" + kepalaMahang))).isEqualTo(404);
        assertThat(status(op, get("/penduduk/keluarga/" + keluargaMahang))).isEqualTo(404);
        assertThat(status(op, get("/api/v1/penduduk/" + kepalaMahang).accept(MediaType.APPLICATION_JSON))).isEqualTo(404);
        assertThat(status(op, post("/penduduk/" + kepalaMahang).param("nama", "DIUBAH").with(csrf()))).isEqualTo(404);
        assertThat(status(op, post("/penduduk/" + kepalaMahang + "/mutasi").param("jenis", "MATI")
                .param("tanggal", LocalDate.now().toString()).with(csrf()))).isEqualTo(404);
        assertThat(status(op, post("/penduduk/keluarga/" + keluargaMahang + "/anggota").with(csrf())
                .params(anggota(DataUji.nik("140401", LocalDate.of(2001, 2, 3), JenisKelamin.L), "SUSUPAN")))).isEqualTo(404);
        String api = mvc.perform(sebagai(op, post("/api/v1/penduduk").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content(jsonAnggota(keluargaMahang, DataUji.nik("140401", LocalDate.of(2001, 2, 3), JenisKelamin.L)))))
                .andReturn().getResponse().getContentAsString();
        assertThat(api).contains("tidak-ditemukan");
        assertThat(halaman(op, "/penduduk?q=uji mahang")).doesNotContain("UJI MAHANG");
        assertThat(json(op, "/api/v1/penduduk?q=" + nikMahang)).isEqualTo("[]");
        assertThat(jdbc.sql("select nama from penduduk where id = ?").param(kepalaMahang).query(String.class).single())
                .isEqualTo("UJI MAHANG KEPALA");
        assertThat(jdbc.sql("select status from penduduk where id = ?").param(kepalaMahang).query(String.class).single())
                .isEqualTo("HIDUP");
    }

    @Test
    void kecamatanUsersReadButCannotWrite() throws Exception {
        assertThat(halaman("staf.reteh", "/penduduk?q=uji")).contains("UJI TERAP KEPALA").contains("UJI MAHANG KEPALA");
        assertThat(status("camat.reteh", post("/penduduk/" + kepalaTerap).param("nama", "X").with(csrf()))).isEqualTo(403);
        assertThat(status("camat.reteh", get("/penduduk/keluarga/baru"))).isEqualTo(403);
        assertThat(halaman("camat.reteh", "/penduduk/" + kepalaTerap)).doesNotContain("form-koreksi");
        assertThat(halaman("tim.inhil", "/penduduk?q=uji")).contains("UJI TERAP KEPALA");
    }

    @Test
    void aTrawasUserCannotSeeRetehData() throws Exception {
        assertThat(status("camat.trawas", get("/penduduk/" + kepalaTerap))).isEqualTo(404);
        assertThat(status("camat.trawas", get("/penduduk/keluarga/" + keluargaTerap))).isEqualTo(404);
        assertThat(status("camat.trawas", get("/api/v1/penduduk/" + kepalaTerap).accept(MediaType.APPLICATION_JSON))).isEqualTo(404);
        assertThat(halaman("camat.trawas", "/penduduk?q=uji")).doesNotContain("UJI TERAP").doesNotContain("CONTOH");
        assertThat(json("camat.trawas", "/api/v1/penduduk?q=" + nikTerap)).isEqualTo("[]");
    }

    @Test
    void duplicateNikIsRefusedNamingOnlyTheVillage() throws Exception {
        LocalDate lahir = LocalDate.of(1985, 5, 17);
        String html = mvc.perform(sebagai("operator.sungaimahang", post("/penduduk/keluarga/baru").with(csrf())
                        .params(params(DataUji.keluargaBaru(DataUji.kk(), nikTerap, "ORANG LAIN", lahir)))))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("NIK ini sudah terdaftar di Desa Sungaiterap").doesNotContain("UJI TERAP KEPALA");
        // Through the API: 409 problem naming the village.
        String api = mvc.perform(sebagai("operator.sungaiterap", post("/api/v1/penduduk").with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(jsonAnggota(keluargaTerap, nikMahang))))
                .andReturn().getResponse().getContentAsString();
        assertThat(api).contains("nomor-terdaftar").contains("Sungaimahang").doesNotContain("UJI MAHANG");
    }

    @Test
    void malformedNikIsRejectedNextToTheField() throws Exception {
        var isian = DataUji.keluargaBaru(DataUji.kk(), "14040112ab", "SALAH NIK", LocalDate.of(1990, 1, 1));
        String html = mvc.perform(sebagai("operator.sungaiterap", post("/penduduk/keluarga/baru").with(csrf()).params(params(isian))))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("NIK hanya boleh berisi angka").contains("is-invalid");
        String api = mvc.perform(sebagai("operator.sungaiterap", post("/api/v1/penduduk").with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(jsonAnggota(keluargaTerap, "1404011203800000"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(api).contains("input-tidak-sah").contains("\"field\":\"nik\"").contains("tidak boleh 0000");
    }

    @Test
    void nikDisagreeingWithTheRecordIsSavedWithAWarning() throws Exception {
        LocalDate lahir = LocalDate.of(1992, 8, 9);
        String nik = DataUji.nik("140401", lahir, JenisKelamin.P); // a woman's NIK for a man's record
        var isian = DataUji.keluargaBaru(DataUji.kk(), nik, "UJI PERINGATAN", lahir);
        MvcResult r = mvc.perform(sebagai("operator.sungaiterap", post("/penduduk/keluarga/baru").with(csrf()).params(params(isian))))
                .andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).startsWith("/penduduk/keluarga/");
        @SuppressWarnings("unchecked")
        var peringatan = (java.util.List<String>) r.getFlashMap().get("peringatan");
        assertThat(peringatan).containsExactly("nik.peringatan.JENIS_KELAMIN_BERBEDA");
        String api = mvc.perform(sebagai("operator.sungaiterap", post("/api/v1/penduduk").with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(jsonAnggota(keluargaTerap, DataUji.nik("149901", LocalDate.of(2003, 4, 5), JenisKelamin.L)))))
                .andReturn().getResponse().getContentAsString();
        assertThat(api).contains("kode lama").contains("\"nikLengkap\":true");
    }

    @Test
    void addingAMemberThroughHtmxReturnsTheMembersSection() throws Exception {
        String nik = DataUji.nik("140401", LocalDate.of(2015, 6, 1), JenisKelamin.L);
        String html = mvc.perform(sebagai("operator.sungaiterap", post("/penduduk/keluarga/" + keluargaTerap + "/anggota")
                        .with(csrf()).header("HX-Request", "true").params(anggota(nik, "UJI ANAK HTMX"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("UJI ANAK HTMX").contains("data-test=\"anggota-ditambah\"").doesNotContain("<html");
        long id = idPenduduk(nik);
        assertThat(jdbc.sql("select jenis from mutasi_penduduk where penduduk_id = ?").param(id).query(String.class).single())
                .isEqualTo("PENDATAAN");
    }

    @Test
    void deathChangesStatusAndClosesThePresenceInterval() throws Exception {
        LocalDate lahir = LocalDate.of(1940, 1, 2);
        String nik = DataUji.nik("140401", lahir, JenisKelamin.L);
        mvc.perform(sebagai("operator.sungaiterap", post("/penduduk/keluarga/" + keluargaTerap + "/anggota").with(csrf())
                .params(anggota(nik, "UJI KAKEK", lahir, "7")))).andReturn();
        long id = idPenduduk(nik);
        LocalDate wafat = LocalDate.now().minusDays(3);
        var repo = new RepositoriMutasi(jdbc, null);
        long kemarinSebelum = repo.jumlahHadir(TERAP, wafat.minusDays(1));
        long hariItuSebelum = repo.jumlahHadir(TERAP, wafat);
        MvcResult r = mvc.perform(sebagai("operator.sungaiterap", post("/penduduk/" + id + "/mutasi").with(csrf())
                .param("jenis", "MATI").param("tanggal", wafat.toString()).param("keterangan", "sakit"))).andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/penduduk/" + id);
        assertThat(jdbc.sql("select status from penduduk where id = ?").param(id).query(String.class).single()).isEqualTo("MATI");
        assertThat(jdbc.sql("select selesai from penduduk_hadir where penduduk_id = ?").param(id).query(LocalDate.class).single())
                .isEqualTo(wafat);
        // Figures for past dates: counted the day before death, not on the day.
        assertThat(repo.jumlahHadir(TERAP, wafat.minusDays(1))).isEqualTo(kemarinSebelum);
        assertThat(repo.jumlahHadir(TERAP, wafat)).isEqualTo(hariItuSebelum - 1);
        assertThat(halaman("operator.sungaiterap", "/penduduk/" + id)).contains("Meninggal").doesNotContain("form-mutasi");
        // A second death is refused.
        String lagi = mvc.perform(sebagai("operator.sungaiterap", post("/penduduk/" + id + "/mutasi").with(csrf())
                .param("jenis", "MATI").param("tanggal", wafat.toString()))).andReturn().getResponse().getContentAsString();
        assertThat(lagi).contains("sudah meninggal atau pindah");
    }

    @Test
    void changeOfFamilyMovesTheResidentAndKeepsHistory() throws Exception {
        LocalDate lahir = LocalDate.of(2000, 10, 10);
        String nik = DataUji.nik("140401", lahir, JenisKelamin.L);
        mvc.perform(sebagai("operator.sungaiterap", post("/penduduk/keluarga/" + keluargaTerap + "/anggota").with(csrf())
                .params(anggota(nik, "UJI PINDAH KK", lahir, "4")))).andReturn();
        long id = idPenduduk(nik);
        String nikBaru = DataUji.nik("140401", LocalDate.of(1999, 1, 1), JenisKelamin.L);
        long tujuan = buatKeluarga("operator.sungaiterap", DataUji.keluargaBaru(DataUji.kk(), nikBaru, "UJI KK BARU", LocalDate.of(1999, 1, 1)));
        mvc.perform(sebagai("operator.sungaiterap", post("/penduduk/" + id + "/mutasi").with(csrf())
                .param("jenis", "PINDAH_KK").param("tanggal", LocalDate.now().toString())
                .param("keluargaTujuanId", String.valueOf(tujuan)).param("shdkBaru", "9"))).andReturn();
        assertThat(jdbc.sql("select keluarga_id from penduduk where id = ?").param(id).query(Long.class).single()).isEqualTo(tujuan);
        assertThat(jdbc.sql("select count(*) from penduduk_hadir where penduduk_id = ?").param(id).query(Long.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select status from penduduk where id = ?").param(id).query(String.class).single()).isEqualTo("HIDUP");
    }

    @Test
    void correctionIsSavedAndAudited() throws Exception {
        LocalDate lahir = LocalDate.of(1995, 12, 24);
        String nik = DataUji.nik("140401", lahir, JenisKelamin.L);
        mvc.perform(sebagai("operator.sungaiterap", post("/penduduk/keluarga/" + keluargaTerap + "/anggota").with(csrf())
                .params(anggota(nik, "UJI SALAH TULIS", lahir, "4")))).andReturn();
        long id = idPenduduk(nik);
        var isian = anggota(nik, "UJI BENAR TULIS", lahir, "4");
        isian.set("pekerjaan", "88");
        MvcResult r = mvc.perform(sebagai("operator.sungaiterap", post("/penduduk/" + id).with(csrf()).params(isian))).andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/penduduk/" + id);
        assertThat(jdbc.sql("select nama from penduduk where id = ?").param(id).query(String.class).single()).isEqualTo("UJI BENAR TULIS");
        assertThat(jdbc.sql("select count(*) from audit_log where jenis_data = 'penduduk' and data_id = ? and aksi = 'UBAH'")
                .param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void apiListsWithinScopeAndCreates() throws Exception {
        assertThat(json("operator.sungaiterap", "/api/v1/penduduk?q=contoh")).contains("CONTOH SUDIRMAN")
                .doesNotContain(DataDemoKependudukan.KELUARGA.get(0).anggota().get(0).nik());
        MvcResult r = mvc.perform(sebagai("operator.sungaiterap", post("/api/v1/penduduk").with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(jsonAnggota(keluargaTerap, DataUji.nik("140401", LocalDate.of(2003, 4, 5), JenisKelamin.L))))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(201);
        assertThat(r.getResponse().getHeader("Location")).startsWith("/api/v1/penduduk/");
        assertThat(status("camat.reteh", post("/api/v1/penduduk").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content(jsonAnggota(keluargaTerap, DataUji.nik("140401", LocalDate.of(2003, 4, 5), JenisKelamin.L))))).isEqualTo(403);
        String kosong = mvc.perform(sebagai("operator.sungaiterap", post("/api/v1/penduduk").with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{}"))).andReturn().getResponse().getContentAsString();
        assertThat(kosong).contains("input-tidak-sah").contains("keluargaId");
    }

    // --- helpers

    private long buatKeluarga(String operator, Map<String, String> isian) throws Exception {
        MvcResult r = mvc.perform(sebagai(operator, post("/penduduk/keluarga/baru").with(csrf()).params(params(isian)))).andReturn();
        String ke = r.getResponse().getRedirectedUrl();
        assertThat(ke).as(r.getResponse().getContentAsString()).startsWith("/penduduk/keluarga/");
        return Long.parseLong(ke.substring(ke.lastIndexOf('/') + 1));
    }

    private long idPenduduk(String nik) {
        return jdbc.sql("select id from penduduk where nik_hash = ?").param(sandi.hash(nik)).query(Long.class).single();
    }

    private long auditBaca(long id) {
        return jdbc.sql("select count(*) from audit_log where jenis_data = 'penduduk' and data_id = ? and aksi = 'BACA'")
                .param(String.valueOf(id)).query(Long.class).single();
    }

    private MockHttpServletRequestBuilder sebagai(String username, MockHttpServletRequestBuilder req) {
        return req.with(user(pengguna.loadUserByUsername(username)));
    }

    private String halaman(String username, String path) throws Exception {
        MvcResult r = mvc.perform(sebagai(username, get(path).accept(MediaType.TEXT_HTML))).andReturn();
        assertThat(r.getResponse().getStatus()).as(username + " " + path).isEqualTo(200);
        return r.getResponse().getContentAsString();
    }

    private String json(String username, String path) throws Exception {
        MvcResult r = mvc.perform(sebagai(username, get(path).accept(MediaType.APPLICATION_JSON))).andReturn();
        assertThat(r.getResponse().getStatus()).as(username + " " + path).isEqualTo(200);
        return r.getResponse().getContentAsString();
    }

    private int status(String username, MockHttpServletRequestBuilder req) throws Exception {
        return mvc.perform(sebagai(username, req.accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON))).andReturn()
                .getResponse().getStatus();
    }

    private static org.springframework.util.LinkedMultiValueMap<String, String> params(Map<String, String> m) {
        var hasil = new org.springframework.util.LinkedMultiValueMap<String, String>();
        m.forEach(hasil::add);
        return hasil;
    }

    private static org.springframework.util.LinkedMultiValueMap<String, String> anggota(String nik, String nama) {
        return anggota(nik, nama, LocalDate.of(2001, 2, 3), "4");
    }

    private static org.springframework.util.LinkedMultiValueMap<String, String> anggota(String nik, String nama, LocalDate lahir,
                                                                                         String shdk) {
        var m = new org.springframework.util.LinkedMultiValueMap<String, String>();
        m.add("nik", nik);
        m.add("nama", nama);
        m.add("jenisKelamin", "L");
        m.add("tempatLahir", "Sungai Terap");
        m.add("tanggalLahir", lahir.toString());
        m.add("shdk", shdk);
        m.add("sebab", "PENDATAAN");
        return m;
    }

    private static String jsonAnggota(long keluargaId, String nik) {
        return "{\"keluargaId\":" + keluargaId + ",\"nik\":\"" + nik + "\",\"nama\":\"UJI API\",\"jenisKelamin\":\"L\","
                + "\"tempatLahir\":\"Tembilahan\",\"tanggalLahir\":\"2003-04-05\",\"shdk\":4,\"sebab\":\"PENDATAAN\"}";
    }
}
