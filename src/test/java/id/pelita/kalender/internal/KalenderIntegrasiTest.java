package id.pelita.kalender.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pelita.PelitaTest;
import id.pelita.kalender.KalenderKerja;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Seed, screens, API and the stored calendar behind {@link KalenderKerja}. */
@PelitaTest
class KalenderIntegrasiTest {

    static final String TRAWAS = "35.16.04";
    static final String RETEH = "14.04.01";
    /** Dates the tests edit (ordinary Tuesdays/Wednesdays/Saturdays of July 2026), cleaned after each test. */
    static final LocalDate SELASA = LocalDate.of(2026, 7, 7);
    static final LocalDate RABU = LocalDate.of(2026, 7, 8);
    static final LocalDate SABTU = LocalDate.of(2026, 7, 11);

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService pengguna;
    @Autowired
    KalenderKerja kalender;
    @Autowired
    KalenderKerjaJdbc cache;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void bersihkan() {
        jdbc.sql("delete from kalender_libur where dibuat_oleh <> 'sistem'").update();
        jdbc.sql("delete from kalender_jam_kerja where kecamatan_kode <> '*'").update();
        cache.segarkan();
    }

    MockHttpServletRequestBuilder sebagai(MockHttpServletRequestBuilder req, String username) {
        return req.with(user(pengguna.loadUserByUsername(username))).with(csrf());
    }

    @Test
    void liburNasionalDariBenih() throws Exception {
        assertThat(kalender.hariKerja(TRAWAS, LocalDate.of(2026, 8, 17))).isFalse();
        assertThat(kalender.hariKerja(RETEH, LocalDate.of(2026, 3, 20))).as("cuti bersama").isFalse();
        assertThat(kalender.hariKerja(RETEH, LocalDate.of(2026, 3, 25))).isTrue();
        mvc.perform(sebagai(get("/api/v1/kalender/" + TRAWAS + "/libur").param("tahun", "2026"), "operator.sungaiterap"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$", hasSize(25)))
                .andExpect(jsonPath("$[0].tanggal").value("2026-01-01"))
                .andExpect(jsonPath("$[0].jenis").value("LIBUR_NASIONAL"))
                .andExpect(jsonPath("$[*].nama", hasItem("Cuti bersama Hari Raya Natal")));
    }

    @Test
    void liburLokalHanyaUntukSatuKecamatan() throws Exception {
        mvc.perform(sebagai(post("/kalender/libur"), "camat.trawas").param("kodeKecamatan", TRAWAS)
                        .param("tanggal", SELASA.toString()).param("nama", "Hari Jadi Kabupaten Mojokerto")
                        .param("jenis", "LIBUR_DAERAH"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/kalender?kecamatan=" + TRAWAS + "&tahun=2026"));
        assertThat(kalender.hariKerja(TRAWAS, SELASA)).isFalse();
        assertThat(kalender.hariKerja(RETEH, SELASA)).isTrue();
        // Monday 15:00 + 2 hours: Reteh ends Tuesday 08:30, Trawas skips its local holiday to Wednesday
        mvc.perform(sebagai(get("/api/v1/kalender/" + TRAWAS + "/tenggat"), "staf.reteh")
                        .param("mulai", "2026-07-06T08:00:00Z").param("jumlah", "2").param("satuan", "HOURS"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tenggat").value("2026-07-08T01:30:00Z"))
                .andExpect(jsonPath("$.tenggatLokal").value("2026-07-08T08:30:00+07:00"));
        mvc.perform(sebagai(get("/api/v1/kalender/" + RETEH + "/tenggat"), "staf.reteh")
                        .param("mulai", "2026-07-06T08:00:00Z").param("jumlah", "2").param("satuan", "HOURS"))
                .andExpect(jsonPath("$.tenggat").value("2026-07-07T01:30:00Z"));
        mvc.perform(sebagai(get("/api/v1/kalender/" + RETEH + "/libur").param("tahun", "2026"), "staf.reteh"))
                .andExpect(jsonPath("$[*].nama", not(hasItem("Hari Jadi Kabupaten Mojokerto"))));
        mvc.perform(sebagai(get("/kalender").param("tahun", "2026"), "staf.trawas"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hari Jadi Kabupaten Mojokerto")))
                .andExpect(content().string(containsString("Hari Raya Natal")))
                .andExpect(content().string(not(containsString("form-libur"))));
        // Trawas' camat may delete it, Reteh's may not
        String id = jdbc.sql("select id from kalender_libur where tanggal = ?").param(SELASA).query(UUID.class).single().toString();
        mvc.perform(sebagai(post("/kalender/libur/" + id + "/hapus"), "camat.reteh")).andExpect(status().isForbidden());
        mvc.perform(sebagai(post("/kalender/libur/" + id + "/hapus"), "sekcam.reteh")).andExpect(status().isForbidden());
        mvc.perform(sebagai(post("/kalender/libur/" + id + "/hapus"), "camat.trawas")).andExpect(status().is3xxRedirection());
        assertThat(kalender.hariKerja(TRAWAS, SELASA)).isTrue();
    }

    @Test
    void camatLainDitolak403() throws Exception {
        mvc.perform(sebagai(post("/kalender/libur"), "camat.reteh").param("kodeKecamatan", TRAWAS)
                        .param("tanggal", SELASA.toString()).param("nama", "Libur").param("jenis", "LIBUR_DAERAH"))
                .andExpect(status().isForbidden());
        mvc.perform(sebagai(post("/kalender/jam-kerja"), "camat.reteh").param("kodeKecamatan", TRAWAS)
                        .param("buka1", "08:00").param("tutup1", "12:00"))
                .andExpect(status().isForbidden());
        // the national list: only an administrator without a region scope
        mvc.perform(sebagai(post("/kalender/libur"), "camat.trawas").param("kodeKecamatan", "")
                        .param("tanggal", SELASA.toString()).param("nama", "Libur").param("jenis", "LIBUR_NASIONAL"))
                .andExpect(status().isForbidden());
        mvc.perform(sebagai(post("/kalender/libur"), "kasi.trawas").param("kodeKecamatan", TRAWAS)
                        .param("tanggal", SELASA.toString()).param("nama", "Libur").param("jenis", "LIBUR_DAERAH"))
                .andExpect(status().isForbidden());
        String nasional = jdbc.sql("select id from kalender_libur where tanggal = ?").param(LocalDate.of(2026, 8, 17))
                .query(UUID.class).single().toString();
        mvc.perform(sebagai(post("/kalender/libur/" + nasional + "/hapus"), "camat.trawas")).andExpect(status().isForbidden());
        assertThat(kalender.hariKerja(TRAWAS, SELASA)).isTrue();
        assertThat(kalender.hariKerja(TRAWAS, LocalDate.of(2026, 8, 17))).isFalse();
    }

    @Test
    void adminMenambahLiburNasional() throws Exception {
        mvc.perform(sebagai(post("/kalender/libur"), "admin").param("kodeKecamatan", "")
                        .param("tanggal", RABU.toString()).param("nama", "Pemilihan Kepala Daerah").param("jenis", "LIBUR_NASIONAL"))
                .andExpect(status().is3xxRedirection());
        assertThat(kalender.hariKerja(TRAWAS, RABU)).isFalse();
        assertThat(kalender.hariKerja(RETEH, RABU)).isFalse();
        // the same date twice: 400 with the message on the page
        mvc.perform(sebagai(post("/kalender/libur"), "admin").param("kodeKecamatan", "")
                        .param("tanggal", RABU.toString()).param("nama", "Lagi").param("jenis", "LIBUR_NASIONAL"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Sudah ada hari libur pada tanggal ini")));
    }

    @Test
    void isianSalah400DenganPesanJelas() throws Exception {
        mvc.perform(sebagai(post("/kalender/libur"), "camat.trawas").param("kodeKecamatan", TRAWAS)
                        .param("tanggal", "17-08-2026").param("nama", " ").param("jenis", "LIBURAN"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Tanggal wajib diisi dengan format TTTT-BB-HH")))
                .andExpect(content().string(containsString("Nama hari libur wajib diisi")))
                .andExpect(content().string(containsString("Pilih jenis")));
        mvc.perform(sebagai(post("/kalender/jam-kerja"), "camat.trawas").param("kodeKecamatan", TRAWAS)
                        .param("buka1", "16:00").param("tutup1", "08:00").param("buka2", "8 pagi").param("tutup2", "12:00"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Jam buka harus sebelum jam tutup.")))
                .andExpect(content().string(containsString("format JJ:MM")));
        mvc.perform(sebagai(get("/api/v1/kalender/" + TRAWAS + "/tenggat"), "staf.trawas")
                        .param("mulai", "besok pagi").param("jumlah", "-2").param("satuan", "WEEKS"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.kode").value("input-tidak-sah"))
                .andExpect(jsonPath("$.galat[*].field", hasItem("mulai")))
                .andExpect(jsonPath("$.galat[*].field", hasItem("jumlah")))
                .andExpect(jsonPath("$.galat[*].pesan", hasItem("Satuan harus MINUTES, HOURS atau DAYS.")));
        mvc.perform(sebagai(get("/api/v1/kalender/35.16/libur"), "staf.trawas"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.galat[0].pesan").value("Kode kecamatan harus berbentuk NN.NN.NN, misalnya 35.16.04."));
        mvc.perform(sebagai(get("/api/v1/kalender/35.16.99/libur"), "staf.trawas")).andExpect(status().isNotFound());
        assertThat(kalender.hariKerja(TRAWAS, LocalDate.of(2026, 7, 6))).isTrue();
    }

    @Test
    void jamKerjaKecamatanLaluKembaliKeBawaan() throws Exception {
        assertThat(kalender.hariKerja(TRAWAS, SABTU)).isFalse();
        var req = sebagai(post("/kalender/jam-kerja"), "sekcam.reteh").param("kodeKecamatan", RETEH);
        for (int h = 1; h <= 5; h++) {
            req.param("buka" + h, "08:00").param("tutup" + h, "15:00");
        }
        mvc.perform(req.param("buka6", "08:00").param("tutup6", "12:00")).andExpect(status().is3xxRedirection());
        assertThat(kalender.hariKerja(RETEH, SABTU)).isTrue();
        assertThat(kalender.hariKerja(TRAWAS, SABTU)).as("other kecamatan keep the default").isFalse();
        // Friday 14:00 + 2 hours: 60 minutes on Friday (closes 15:00), 60 on Saturday from 08:00
        assertThat(kalender.tenggat(RETEH, KalenderTest.wib("2026-07-10T14:00"), 2, ChronoUnit.HOURS))
                .isEqualTo(KalenderTest.wib("2026-07-11T09:00"));
        mvc.perform(sebagai(get("/kalender"), "camat.reteh")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Jam kerja khusus kecamatan ini.")));
        mvc.perform(sebagai(post("/kalender/jam-kerja"), "sekcam.reteh").param("kodeKecamatan", RETEH).param("bawaan", "true"))
                .andExpect(status().is3xxRedirection());
        assertThat(kalender.hariKerja(RETEH, SABTU)).isFalse();
        assertThat(kalender.tenggat(RETEH, KalenderTest.wib("2026-07-10T14:00"), 2, ChronoUnit.HOURS))
                .isEqualTo(KalenderTest.wib("2026-07-10T16:00"));
    }

    @Test
    void halamanKalender() throws Exception {
        mvc.perform(sebagai(get("/kalender").param("tahun", "2026"), "camat.trawas"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kec. Trawas, 2026")))
                .andExpect(content().string(containsString("Tahun Baru Imlek 2577 Kongzili")))
                .andExpect(content().string(containsString("form-libur")))
                .andExpect(content().string(containsString("Memakai jam kerja bawaan")));
        mvc.perform(sebagai(get("/kalender").param("kecamatan", "99.99.99"), "camat.trawas")).andExpect(status().isNotFound());
    }
}
