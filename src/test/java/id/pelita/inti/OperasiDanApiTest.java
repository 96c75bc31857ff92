package id.pelita.inti;

import id.pelita.PelitaTest;
import id.pelita.uji.KlienWeb;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Health, metrics and the OpenAPI document, as operators and API clients reach them. */
@PelitaTest
class OperasiDanApiTest {

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService pengguna;

    @Test
    void healthIsPublicAndUp() {
        var r = new KlienWeb(port).getJson("/actuator/health", null);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"status\":\"UP\"");
        assertThat(new KlienWeb(port).getJson("/actuator/health/readiness", null).statusCode()).isEqualTo(200);
    }

    @Test
    void prometheusMetricsNeedAnAdministrator() throws Exception {
        assertThat(new KlienWeb(port).getJson("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        mvc.perform(get("/actuator/prometheus").with(user(pengguna.loadUserByUsername("camat.reteh"))))
                .andExpect(status().isForbidden());
        String metrik = mvc.perform(get("/actuator/prometheus").with(user(pengguna.loadUserByUsername("admin"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(metrik).contains("jvm_memory_used_bytes").contains("http_server_requests");
    }

    @Test
    void openApiDocumentDescribesThePelitaApi() throws Exception {
        mvc.perform(get("/v3/api-docs").with(user(pengguna.loadUserByUsername("staf.reteh"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/pengguna']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/saya']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/audit']").exists());
        mvc.perform(get("/swagger-ui/index.html").with(user(pengguna.loadUserByUsername("staf.reteh"))))
                .andExpect(status().isOk());
    }

    @Test
    void problemDocumentsForUnknownApiPathsAndBadJson() throws Exception {
        var admin = user(pengguna.loadUserByUsername("admin"));
        mvc.perform(get("/api/v1/tidak-ada").with(admin).accept("application/json"))
                .andExpect(status().isNotFound());
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/api/v1/pengguna")
                        .with(admin).with(org.springframework.security.test.web.servlet.request
                                .SecurityMockMvcRequestPostProcessors.csrf())
                        .contentType("application/json").content("{rusak"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.kode").value("permintaan-tidak-sah"));
    }
}
