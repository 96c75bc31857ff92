package id.pelita.wilayah.internal;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.time.OffsetDateTime;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@UjiIntegrasi
class HalamanWilayahTest {

    private static final String DESA = "35.16.04.2013"; // Seloliman, Kec. Trawas

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void hapusRt() {
        jdbc.sql("delete from wilayah_rt where desa_kode = ?").param(DESA).update();
    }

    @Test
    void daftarKecamatanDesaDanRt() throws Exception {
        jdbc.sql("delete from wilayah_rt where desa_kode = ?").param(DESA).update();
        jdbc.sql("insert into wilayah_rt (desa_kode, rw, rt, nama_ketua, dibuat_oleh, dibuat_pada) values (?, '004', '007', 'Siti', 'uji', ?)")
                .params(DESA, OffsetDateTime.now()).update();

        mvc.perform(get("/wilayah").with(user("petugas")).locale(Locale.forLanguageTag("id")))
                .andExpect(status().isOk())
                .andExpect(view().name("wilayah/daftar"))
                .andExpect(content().string(containsString("<title>Wilayah layanan</title>")))
                .andExpect(content().string(containsString("Dolopo")))
                .andExpect(content().string(containsString("Sungaiterap")))
                .andExpect(content().string(containsString("Kelurahan</span>")))
                .andExpect(content().string(containsString("RT 007 / RW 004")))
                .andExpect(content().string(containsString("(ketua: Siti)")));
    }

    @Test
    void dalamBahasaInggris() throws Exception {
        mvc.perform(get("/wilayah").with(user("petugas")).param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Served regions")));
    }
}
