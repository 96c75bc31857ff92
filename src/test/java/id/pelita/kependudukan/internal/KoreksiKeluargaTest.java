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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/** Correcting a family card (KK number, address, RT/RW) by page (htmx) and API: region, duplicates, audit. */
@PelitaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KoreksiKeluargaTest {

    static final String TERAP = "operator.sungaiterap";
    static final String MAHANG = "operator.sungaimahang";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService pengguna;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SandiPdp sandi;

    long keluargaTerap;
    long keluargaMahang;
    String kkMahang;

    @BeforeAll
    void siapkan() throws Exception {
        LocalDate lahir = LocalDate.of(1982, 6, 7);
        keluargaTerap = buatKeluarga(TERAP, DataUji.kk(), DataUji.nik("140401", lahir, JenisKelamin.L), "KOREKSI TERAP");
        kkMahang = DataUji.kk();
        keluargaMahang = buatKeluarga(MAHANG, kkMahang, DataUji.nik("140401", lahir, JenisKelamin.L), "KOREKSI MAHANG");
    }

    @Test
    void operatorCorrectsKkAddressAndRtRwThroughTheApi() throws Exception {
        String baru = DataUji.kk();
        MvcResult r = mvc.perform(sebagai(TERAP, put("/api/v1/penduduk/keluarga/" + keluargaTerap).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"noKk\":\"" + baru + "\",\"alamat\":\"Jl. Koreksi No. 9\",\"rt\":\"4\",\"rw\":\"12\"}"))).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        assertThat(r.getResponse().getContentAsString()).contains("\"noKk\":\"" + baru + "\"").contains("\"rt\":\"004\"")
                .contains("\"rw\":\"012\"").contains("Jl. Koreksi No. 9");
        // Stored encrypted and found by the new hash; the old number is free again.
        assertThat(jdbc.sql("select count(*) from keluarga where id = ? and no_kk_hash = ? and no_kk_sandi <> ?")
                .params(keluargaTerap, sandi.hash(baru), baru).query(Long.class).single()).isEqualTo(1);
        // Audited without the number, and listed in the village's submission.
        String jejak = jdbc.sql("select keterangan from audit_log where jenis_data = 'keluarga' and data_id = ? and aksi = 'UBAH' "
                + "order by id desc limit 1").param(String.valueOf(keluargaTerap)).query(String.class).single();
        assertThat(jejak).contains("no. KK").contains("alamat").contains("RT/RW").doesNotContain(baru);
        assertThat(jdbc.sql("select count(*) from pengajuan_perubahan where keluarga_id = ? and jenis = 'KOREKSI_KELUARGA'")
                .param(keluargaTerap).query(Long.class).single()).isEqualTo(1);
        // Staff read it masked.
        assertThat(json("staf.reteh", "/api/v1/penduduk/keluarga/" + keluargaTerap)).contains("\"noKkLengkap\":false")
                .doesNotContain(baru);
    }

    @Test
    void duplicateKkIsRefusedNamingWhereItIs() throws Exception {
        MvcResult r = mvc.perform(sebagai(TERAP, put("/api/v1/penduduk/keluarga/" + keluargaTerap).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"noKk\":\"" + kkMahang + "\",\"alamat\":\"Jl. Uji No. 1\",\"rt\":\"1\",\"rw\":\"2\"}"))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(409);
        assertThat(r.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("nomor-terdaftar").contains("noKk").containsIgnoringCase("Sungaimahang")
                .doesNotContain("KOREKSI MAHANG");
        // Through the page (htmx): the card section comes back with the error next to the field.
        String html = mvc.perform(sebagai(TERAP, post("/penduduk/keluarga/" + keluargaTerap + "/ubah").with(csrf())
                        .header("HX-Request", "true").param("noKk", kkMahang).param("alamat", "Jl. Uji No. 1")
                        .param("rt", "1").param("rw", "2")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"kartu\"").contains("data-test=\"galat-noKk\"").doesNotContain("<html");
        assertThat(jdbc.sql("select no_kk_hash from keluarga where id = ?").param(keluargaTerap).query(String.class).single())
                .isNotEqualTo(sandi.hash(kkMahang));
    }

    @Test
    void pageCorrectionWithHtmxSwapsOnlyTheCard() throws Exception {
        String baru = DataUji.kk();
        String html = mvc.perform(sebagai(TERAP, post("/penduduk/keluarga/" + keluargaTerap + "/ubah").with(csrf())
                        .header("HX-Request", "true").param("noKk", baru).param("alamat", "Lorong Htmx 3")
                        .param("rt", "7").param("rw", "")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("id=\"kartu\"").contains("data-test=\"keluarga-dikoreksi\"").contains("Lorong Htmx 3")
                .contains("RT 007").doesNotContain("<html");
        // Bad RT: refused next to the field.
        html = mvc.perform(sebagai(TERAP, post("/penduduk/keluarga/" + keluargaTerap + "/ubah").with(csrf())
                        .header("HX-Request", "true").param("noKk", baru).param("alamat", "Lorong Htmx 3").param("rt", "abcd")))
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(html).contains("is-invalid");
        assertThat(jdbc.sql("select rt from keluarga where id = ?").param(keluargaTerap).query(String.class).single())
                .isEqualTo("007");
        // Without htmx: back to the family page.
        assertThat(mvc.perform(sebagai(TERAP, post("/penduduk/keluarga/" + keluargaTerap + "/ubah").with(csrf())
                        .param("noKk", baru).param("alamat", "Lorong Htmx 4").param("rt", "7")))
                .andReturn().getResponse().getRedirectedUrl()).isEqualTo("/penduduk/keluarga/" + keluargaTerap);
    }

    @Test
    void anotherVillageOrARoleThatDoesNotWriteCannotCorrect() throws Exception {
        String body = "{\"noKk\":\"" + DataUji.kk() + "\",\"alamat\":\"Susupan\",\"rt\":\"\",\"rw\":\"\"}";
        assertThat(status(TERAP, put("/api/v1/penduduk/keluarga/" + keluargaMahang).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body))).isEqualTo(404);
        assertThat(status(TERAP, post("/penduduk/keluarga/" + keluargaMahang + "/ubah").with(csrf())
                .param("noKk", DataUji.kk()).param("alamat", "Susupan"))).isEqualTo(404);
        assertThat(status(TERAP, get("/api/v1/penduduk/keluarga/" + keluargaMahang))).isEqualTo(404);
        assertThat(status("camat.reteh", put("/api/v1/penduduk/keluarga/" + keluargaMahang).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(body))).isEqualTo(403);
        assertThat(status("camat.trawas", get("/api/v1/penduduk/keluarga/" + keluargaMahang))).isEqualTo(404);
        // Residents of another village cannot be changed through the API either.
        long kepala = jdbc.sql("select kepala_id from keluarga where id = ?").param(keluargaMahang).query(Long.class).single();
        assertThat(status(TERAP, put("/api/v1/penduduk/" + kepala).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"nama\":\"SUSUPAN\"}"))).isIn(400, 404);
        assertThat(status(TERAP, post("/api/v1/penduduk/" + kepala + "/mutasi").with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"jenis\":\"MATI\",\"tanggal\":\"" + LocalDate.now() + "\"}")))
                .isEqualTo(404);
        assertThat(jdbc.sql("select alamat from keluarga where id = ?").param(keluargaMahang).query(String.class).single())
                .isEqualTo("Jl. Uji No. 1");
        assertThat(jdbc.sql("select status from penduduk where id = ?").param(kepala).query(String.class).single())
                .isEqualTo("HIDUP");
        assertThat(json(MAHANG, "/api/v1/penduduk/keluarga/" + keluargaMahang)).contains("\"noKk\":\"" + kkMahang + "\"");
    }

    private long buatKeluarga(String operator, String kk, String nik, String nama) throws Exception {
        var p = new org.springframework.util.LinkedMultiValueMap<String, String>();
        DataUji.keluargaBaru(kk, nik, nama, LocalDate.of(1982, 6, 7)).forEach(p::add);
        MvcResult r = mvc.perform(sebagai(operator, post("/penduduk/keluarga/baru").with(csrf()).params(p))).andReturn();
        String ke = r.getResponse().getRedirectedUrl();
        assertThat(ke).as(r.getResponse().getContentAsString()).startsWith("/penduduk/keluarga/");
        return Long.parseLong(ke.substring(ke.lastIndexOf('/') + 1));
    }

    private MockHttpServletRequestBuilder sebagai(String username, MockHttpServletRequestBuilder req) {
        return req.with(user(pengguna.loadUserByUsername(username)));
    }

    private String json(String username, String path) throws Exception {
        MvcResult r = mvc.perform(sebagai(username, get(path).accept(MediaType.APPLICATION_JSON))).andReturn();
        assertThat(r.getResponse().getStatus()).as(username + " " + path).isEqualTo(200);
        return r.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private int status(String username, MockHttpServletRequestBuilder req) throws Exception {
        return mvc.perform(sebagai(username, req.accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON))).andReturn()
                .getResponse().getStatus();
    }
}
