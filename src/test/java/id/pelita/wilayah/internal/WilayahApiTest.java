package id.pelita.wilayah.internal;

import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@UjiIntegrasi
class WilayahApiTest {

    private static final String DESA = "14.04.01.2004"; // Sungaiterap, Kec. Reteh

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService pengguna;

    @BeforeEach
    void kosongkanRt() {
        jdbc.sql("delete from wilayah_rt where desa_kode = ?").param(DESA).update();
    }

    @Test
    void satuWilayah() throws Exception {
        mvc.perform(get("/api/v1/wilayah/14.04.01").with(user(pengguna.loadUserByUsername("operator.sungaiterap"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.kode").value("14.04.01"))
                .andExpect(jsonPath("$.indukKode").value("14.04"))
                .andExpect(jsonPath("$.tingkat").value("KECAMATAN"))
                .andExpect(jsonPath("$.nama").value("Reteh"));
    }

    @Test
    void tanpaMasukDitolak() throws Exception {
        mvc.perform(get("/api/v1/wilayah/14.04.01")).andExpect(status().isUnauthorized());
    }

    @Test
    void kodeTidakDikenal404Problem() throws Exception {
        masalah(mvc.perform(get("/api/v1/wilayah/99.99").with(user(pengguna.loadUserByUsername("operator.sungaiterap")))), 404);
        masalah(mvc.perform(get("/api/v1/wilayah/99.99/anak").with(user(pengguna.loadUserByUsername("operator.sungaiterap")))), 404);
    }

    @Test
    void kodeTidakSah400Problem() throws Exception {
        masalah(mvc.perform(get("/api/v1/wilayah/14.4").with(user(pengguna.loadUserByUsername("operator.sungaiterap")))), 400);
        masalah(mvc.perform(get("/api/v1/wilayah/abc/anak").with(user(pengguna.loadUserByUsername("operator.sungaiterap")))), 400);
    }

    @Test
    void anakDanLayanan() throws Exception {
        mvc.perform(get("/api/v1/wilayah/14.04.01/anak").with(user(pengguna.loadUserByUsername("operator.sungaiterap"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].nama", hasItem("Sungaiterap")))
                .andExpect(jsonPath("$[*].nama", hasItem("Sungaimahang")));
        mvc.perform(get("/api/v1/wilayah/14.04/anak").with(user(pengguna.loadUserByUsername("operator.sungaiterap"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].kode", hasItem("14.04.18")));
        mvc.perform(get("/api/v1/wilayah/layanan").with(user(pengguna.loadUserByUsername("operator.sungaiterap"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(5)))
                .andExpect(jsonPath("$[0].kecamatan.nama").value("Mandah"))
                .andExpect(jsonPath("$[1].kecamatan.kode").value("14.04.01"))
                .andExpect(jsonPath("$[1].desa[*].nama", hasItem("Sungaiterap")));
    }

    @Test
    void buatRtLaluDuplikat409() throws Exception {
        mvc.perform(post("/api/v1/wilayah/" + DESA + "/rt").with(user(pengguna.loadUserByUsername("operator.sungaiterap"))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"rw\":\"2\",\"rt\":\"13\",\"namaKetua\":\" Budi \"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/wilayah/" + DESA + "/rt"))
                .andExpect(jsonPath("$.desaKode").value(DESA))
                .andExpect(jsonPath("$.rw").value("002"))
                .andExpect(jsonPath("$.rt").value("013"))
                .andExpect(jsonPath("$.namaKetua").value("Budi"))
                .andExpect(jsonPath("$.dibuatOleh").value("operator.sungaiterap"));

        // "02"/"013" is the same RT once normalised.
        masalah(mvc.perform(post("/api/v1/wilayah/" + DESA + "/rt").with(user(pengguna.loadUserByUsername("camat.reteh"))).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"rw\":\"02\",\"rt\":\"013\"}")), 409);

        mvc.perform(get("/api/v1/wilayah/" + DESA + "/rt").with(user(pengguna.loadUserByUsername("operator.sungaiterap"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].rt").value("013"));
    }

    @Test
    void isianSalah400DenganGalatPerField() throws Exception {
        masalah(mvc.perform(post("/api/v1/wilayah/" + DESA + "/rt").with(user(pengguna.loadUserByUsername("operator.sungaiterap"))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"rw\":\"1234\",\"rt\":\"000\"}")), 400)
                .andExpect(jsonPath("$.galat[*].field", containsInAnyOrder("rw", "rt")));
        masalah(mvc.perform(post("/api/v1/wilayah/" + DESA + "/rt").with(user(pengguna.loadUserByUsername("operator.sungaiterap"))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"rt\":\"1a\"}")), 400)
                .andExpect(jsonPath("$.galat[*].field", containsInAnyOrder("rw", "rt")));
        mvc.perform(get("/api/v1/wilayah/" + DESA + "/rt").with(user(pengguna.loadUserByUsername("operator.sungaiterap"))))
                .andExpect(jsonPath("$", hasSize(0)));
    }

    @Test
    void rtHanyaUntukDesaLayanan() throws Exception {
        String isian = "{\"rw\":\"1\",\"rt\":\"1\"}";
        var admin = user(pengguna.loadUserByUsername("admin"));
        masalah(mvc.perform(post("/api/v1/wilayah/14.04.01/rt").with(admin).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(isian)), 400);
        // Outside the served kecamatan or unknown: no region check passes, so the answer is 403.
        masalah(mvc.perform(post("/api/v1/wilayah/11.01.01.2001/rt").with(admin).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content(isian)), 403);
        masalah(mvc.perform(get("/api/v1/wilayah/14.04.01.9999/rt").with(admin)), 403);
        // The operator of Sungaiterap cannot add an RT to the neighbouring village.
        masalah(mvc.perform(post("/api/v1/wilayah/14.04.01.2020/rt").with(user(pengguna.loadUserByUsername("operator.sungaiterap")))
                .with(csrf()).contentType(MediaType.APPLICATION_JSON).content(isian)), 403);
    }

    @Test
    void tanpaCsrfDitolak() throws Exception {
        mvc.perform(post("/api/v1/wilayah/" + DESA + "/rt").with(user(pengguna.loadUserByUsername("operator.sungaiterap")))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"rw\":\"1\",\"rt\":\"1\"}"))
                .andExpect(status().isForbidden());
    }

    @Test
    void didokumentasikanDiOpenApi() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user(pengguna.loadUserByUsername("operator.sungaiterap"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/wilayah/{kode}'].get.summary").value("One region by Kemendagri code"))
                .andExpect(jsonPath("$.paths['/api/v1/wilayah/{kodeDesa}/rt'].post").exists())
                .andExpect(jsonPath("$.tags[*].name", hasItem("Wilayah")));
    }

    private static ResultActions masalah(ResultActions hasil, int status) throws Exception {
        return hasil.andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.title").isNotEmpty());
    }
}
