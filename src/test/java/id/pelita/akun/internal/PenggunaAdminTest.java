package id.pelita.akun.internal;

import id.pelita.PelitaTest;
import id.pelita.audit.AksiAudit;
import id.pelita.audit.AuditLog;
import id.pelita.audit.EntriAudit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Administrator screens and API: create, validate, scope, deactivate; every change and read audited. */
@PelitaTest
class PenggunaAdminTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    PenggunaDetailService detail;
    @Autowired
    PenggunaRepository repo;
    @Autowired
    AuditLog audit;

    private static String nama() {
        return "baru." + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void adminCreatesAVillageOperatorThroughTheForm() throws Exception {
        String username = nama();
        mvc.perform(post("/admin/pengguna/baru").with(user(detail.loadUserByUsername("admin"))).with(csrf())
                        .param("username", username).param("nama", "Operator Baru").param("peran", "OPERATOR_DESA")
                        .param("wilayahKode", "14.04.01.2004").param("sandi", "operator-baru-2026"))
                .andExpect(status().is3xxRedirection());
        Pengguna p = repo.cariUsername(username).orElseThrow();
        assertThat(p.wilayahKode()).isEqualTo("14.04.01.2004");
        assertThat(audit.tentang("pengguna", String.valueOf(p.id()), 10)).extracting(EntriAudit::aksi)
                .contains(AksiAudit.BUAT);
    }

    @Test
    void formRejectsAnOperatorWithAKecamatanScopeWithAClearMessage() throws Exception {
        String html = mvc.perform(post("/admin/pengguna/baru").with(user(detail.loadUserByUsername("admin"))).with(csrf())
                        .param("username", nama()).param("nama", "X").param("peran", "OPERATOR_DESA")
                        .param("wilayahKode", "14.04.01").param("sandi", "operator-baru-2026"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Operator desa dan kader posyandu harus bercakupan satu desa/kelurahan.");
    }

    @Test
    void apiRejectsBadInputWithFieldErrors() throws Exception {
        mvc.perform(post("/api/v1/pengguna").with(user(detail.loadUserByUsername("admin"))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"A B\",\"nama\":\"\",\"peran\":[],\"sandi\":\"pendek\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.kode").value("input-tidak-sah"))
                .andExpect(jsonPath("$.galat[?(@.field == 'username')]").exists())
                .andExpect(jsonPath("$.galat[?(@.field == 'peran')]").exists());
    }

    @Test
    void apiRejectsUnknownRegionAndWeakPassword() throws Exception {
        mvc.perform(post("/api/v1/pengguna").with(user(detail.loadUserByUsername("admin"))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + nama() + "\",\"nama\":\"Y\",\"peran\":[\"STAF\"],"
                                + "\"wilayahKode\":\"99.99.99\",\"sandi\":\"aaaaaaaaaaaa\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.galat[?(@.field == 'wilayahKode')].kode").value("pengguna.wilayah.tidak.dikenal"))
                .andExpect(jsonPath("$.galat[?(@.field == 'sandi')].kode").value("sandi.terlalu.sederhana"));
    }

    @Test
    void apiCreatesReadsAndDeactivatesAndTheReadIsAudited() throws Exception {
        String username = nama();
        var admin = user(detail.loadUserByUsername("admin"));
        mvc.perform(post("/api/v1/pengguna").with(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + username + "\",\"nama\":\"Kasi Baru\",\"peran\":[\"KASI\"],"
                                + "\"wilayahKode\":\"35.16.04\",\"seksi\":\"KEMASYARAKATAN\",\"sandi\":\"kasi-trawas-2026\"}"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/v1/pengguna/")))
                .andExpect(jsonPath("$.seksi").value("KEMASYARAKATAN"));
        long id = repo.cariUsername(username).orElseThrow().id();

        mvc.perform(get("/api/v1/pengguna/" + id).with(admin)).andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(username));
        assertThat(audit.tentang("pengguna", String.valueOf(id), 10))
                .anySatisfy(e -> {
                    assertThat(e.aksi()).isEqualTo(AksiAudit.BACA);
                    assertThat(e.pelaku()).isEqualTo("admin");
                });

        mvc.perform(put("/api/v1/pengguna/" + id + "/aktif").with(admin).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"aktif\":false}")).andExpect(status().isNoContent());
        assertThat(repo.cari(id).orElseThrow().aktif()).isFalse();
    }

    @Test
    void theUserSeesWhoReadTheirAccount() throws Exception {
        long id = repo.cariUsername("kader.sungaiterap").orElseThrow().id();
        mvc.perform(get("/api/v1/pengguna/" + id).with(user(detail.loadUserByUsername("admin"))))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/saya/audit").with(user(detail.loadUserByUsername("kader.sungaiterap"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.pelaku == 'admin' && @.aksi == 'BACA')]").exists());
    }

    @Test
    void unknownUserIs404Problem() throws Exception {
        mvc.perform(get("/api/v1/pengguna/987654321").with(user(detail.loadUserByUsername("admin"))))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.kode").value("tidak-ditemukan"));
    }

    @Test
    void passwordChangeChecksTheOldPasswordAndThePolicy() throws Exception {
        String username = nama();
        var admin = user(detail.loadUserByUsername("admin"));
        mvc.perform(post("/api/v1/pengguna").with(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + username + "\",\"nama\":\"Staf\",\"peran\":[\"STAF\"],"
                        + "\"wilayahKode\":\"14.04.07\",\"sandi\":\"staf-mandah-2026\"}")).andExpect(status().isCreated());
        var saya = user(detail.loadUserByUsername(username));
        String html = mvc.perform(post("/akun/sandi").with(saya).with(csrf()).param("sandiLama", "salah-salah-salah")
                        .param("sandiBaru", "pendek").param("sandiUlang", "beda"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Kata sandi lama salah.").contains("Kata sandi minimal 10 karakter.");
        mvc.perform(post("/akun/sandi").with(saya).with(csrf()).param("sandiLama", "staf-mandah-2026")
                        .param("sandiBaru", "sandi-baru-mandah-99").param("sandiUlang", "sandi-baru-mandah-99"))
                .andExpect(status().is3xxRedirection());
        assertThat(repo.cariUsername(username).orElseThrow().sandiHash()).isNotBlank();
        assertThat(audit.tentang("pengguna", String.valueOf(repo.cariUsername(username).orElseThrow().id()), 10))
                .extracting(EntriAudit::aksi).contains(AksiAudit.GANTI_SANDI);
    }
}
