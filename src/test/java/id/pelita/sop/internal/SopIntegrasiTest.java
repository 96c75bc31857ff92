package id.pelita.sop.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.pelita.PelitaTest;
import id.pelita.sop.DefinisiSop;
import id.pelita.sop.DefinisiTidakSah;
import id.pelita.sop.KatalogSop;
import id.pelita.sop.SopDiterbitkan;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

@PelitaTest
@RecordApplicationEvents
class SopIntegrasiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    KatalogSop katalog;
    @Autowired
    PemuatSop pemuat;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserDetailsService pengguna;
    @Autowired
    ApplicationEvents peristiwa;

    @AfterEach
    void keluar() {
        SecurityContextHolder.clearContext();
    }

    /** A definition of Trawas (so camat.trawas may store it) under a kode no other test uses. */
    static String definisi(String kode, String nama) {
        return ValidatorSopTest.SAH.replace("kode: UJI-SOP", "kode: " + kode).replace("nama: SOP uji", "nama: " + nama);
    }

    static String kodeBaru() {
        return "UJI-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    UserDetails u(String nama) {
        return pengguna.loadUserByUsername(nama);
    }

    void masuk(String nama) {
        UserDetails d = u(nama);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(d, null, d.getAuthorities()));
    }

    @Test
    void shippedSopsAreStoredAtStart() {
        assertThat(katalog.daftar()).extracting(r -> r.kode()).contains("VCO", "TAJUK-RETEH", "PUL-KOMPAS",
                "OSPS-MPA", "BSPPS-RAKOR", "JEMPUT-BOLA-EKTP", "GERAH-TIAN-HARI-NI", "FOKUS-TUNTAS");
        DefinisiSop b = katalog.versi("BSPPS-RAKOR", 1).orElseThrow();
        assertThat(b.langkah()).hasSize(7);
        assertThat(b.disahkanOleh().nama()).startsWith("SUGONDO");
    }

    @Test
    void loaderIsIdempotentAndNeverOverwrites() {
        var sebelum = jdbc.sql("select kode, versi, checksum from sop_versi order by kode, versi").query().listOfRows();
        var hasil = pemuat.muat(PemuatSop.berkasBawaan());
        assertThat(hasil.baru()).isZero();
        assertThat(hasil.sama()).isEqualTo(8);
        assertThat(jdbc.sql("select kode, versi, checksum from sop_versi order by kode, versi").query().listOfRows())
                .isEqualTo(sebelum);

        String asli = PemuatSop.berkasBawaan().stream().filter(f -> f.nama().equals("vco.yaml")).findFirst()
                .orElseThrow().teks();
        var ubah = pemuat.muat(List.of(new PemuatSop.BerkasSop("vco.yaml",
                asli.replace("waktu: 30 menit", "waktu: 35 menit"))));
        assertThat(ubah.berbeda()).isEqualTo(1);
        assertThat(ubah.baru()).isZero();
        assertThat(katalog.versi("VCO", 1).orElseThrow().langkah().get(0).waktu()).isEqualTo("30 menit");
        assertThat(katalog.terbaru("VCO").orElseThrow().versi()).isEqualTo(1);
    }

    @Test
    void loaderStoresANewFileAndPublishesTheEvent() {
        String kode = kodeBaru();
        var hasil = pemuat.muat(List.of(new PemuatSop.BerkasSop("uji.yaml", definisi(kode, "Muat uji"))));
        assertThat(hasil.baru()).isEqualTo(1);
        assertThat(katalog.versi(kode, 1)).isPresent();
        assertThat(peristiwa.stream(SopDiterbitkan.class)).contains(new SopDiterbitkan(kode, 1));
        assertThat(jdbc.sql("select dibuat_oleh from sop_versi where kode = ?").param(kode).query(String.class).single())
                .isEqualTo("sistem");
    }

    @Test
    void revisionCreatesVersion2AndLeavesVersion1Unchanged() {
        masuk("camat.trawas");
        String kode = kodeBaru();
        DefinisiSop v1 = katalog.simpanRevisi(definisi(kode, "Pertama").replace("versi: 1", "versi: 7"), "awal");
        assertThat(v1.versi()).isEqualTo(1);
        String teksV1 = jdbc.sql("select yaml from sop_versi where kode = ? and versi = 1").param(kode)
                .query(String.class).single();

        DefinisiSop v2 = katalog.simpanRevisi(definisi(kode, "Kedua"), "ganti nama");
        assertThat(v2.versi()).isEqualTo(2);
        assertThat(katalog.terbaru(kode).orElseThrow().nama()).isEqualTo("Kedua");
        assertThat(katalog.versi(kode, 1).orElseThrow()).isEqualTo(v1);
        assertThat(katalog.versi(kode, 1).orElseThrow().nama()).isEqualTo("Pertama");
        assertThat(jdbc.sql("select yaml from sop_versi where kode = ? and versi = 1").param(kode).query(String.class)
                .single()).isEqualTo(teksV1);
        assertThat(jdbc.sql("select catatan_revisi from sop_versi where kode = ? and versi = 2").param(kode)
                .query(String.class).single()).isEqualTo("ganti nama");
        assertThat(peristiwa.stream(SopDiterbitkan.class)).contains(new SopDiterbitkan(kode, 1),
                new SopDiterbitkan(kode, 2));
        assertThat(jdbc.sql("select count(*) from audit_log where jenis_data = 'SOP' and data_id = ?")
                .param(kode + " v2").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void invalidRevisionIsRefusedAndOutOfRegionIsDenied() {
        masuk("camat.trawas");
        assertThatThrownBy(() -> katalog.simpanRevisi(definisi(kodeBaru(), "X").replace("waktu: 5 menit", "waktu: ?"),
                null)).isInstanceOf(DefinisiTidakSah.class).hasMessageContaining("langkah[1].waktu");
        // VCO belongs to Mandah.
        String vco = katalog.yaml(katalog.terbaru("VCO").orElseThrow());
        assertThatThrownBy(() -> katalog.simpanRevisi(vco, "bukan wilayahnya"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(katalog.terbaru("VCO").orElseThrow().versi()).isEqualTo(1);
    }

    @Test
    void exportThenImportRoundTrip() {
        masuk("admin");
        DefinisiSop b = katalog.terbaru("JEMPUT-BOLA-EKTP").orElseThrow();
        String kode = kodeBaru();
        String teks = katalog.yaml(b).replace("kode: JEMPUT-BOLA-EKTP", "kode: " + kode);
        DefinisiSop salin = katalog.simpanRevisi(teks, "salinan");
        assertThat(katalog.versi(kode, 1).orElseThrow()).isEqualTo(YamlSop.denganVersi(salin, 1));
        assertThat(salin.langkah()).isEqualTo(b.langkah());
        assertThat(salin.dasarHukum()).isEqualTo(b.dasarHukum());
    }

    @Test
    void pagesRenderForASignedInUser() throws Exception {
        mvc.perform(get("/sop").with(user(u("staf.reteh"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("BSPPS-RAKOR")))
                .andExpect(content().string(containsString("065/05/416-304/2024")))
                .andExpect(content().string(containsString("href=\"/sop/JEMPUT-BOLA-EKTP\"")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("href=\"/sop/baru\""))));
        mvc.perform(get("/sop/BSPPS-RAKOR").with(user(u("staf.reteh"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("SUGONDO, S.Sos., MM.")))
                .andExpect(content().string(containsString("Undang-Undang Nomor 11 Tahun 2009")))
                .andExpect(content().string(containsString("Kasi Kemasyarakatan")))
                .andExpect(content().string(containsString("10 menit")))
                .andExpect(content().string(containsString("Berkas lengkap? Jika tidak: kembali ke langkah 1")))
                .andExpect(content().string(containsString("Register Rakor BSPPS")))
                .andExpect(content().string(containsString("href=\"/sop/BSPPS-RAKOR/versi/1\"")));
        mvc.perform(get("/sop/BSPPS-RAKOR/versi/1").with(user(u("kader.sungaiterap"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("<table")));
        mvc.perform(get("/sop/TIDAK-ADA").with(user(u("staf.reteh")))).andExpect(status().isNotFound());
        mvc.perform(get("/sop/PUL-KOMPAS").with(user(u("staf.reteh"))).param("lang", "en"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Legal basis")));
    }

    @Test
    void yamlDownload() throws Exception {
        var r = mvc.perform(get("/sop/BSPPS-RAKOR/versi/1/yaml").with(user(u("staf.trawas"))))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith("application/yaml"))
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("bspps-rakor-v1.yaml")))
                .andReturn();
        String teks = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(new YamlSop().baca(teks)).isEqualTo(katalog.versi("BSPPS-RAKOR", 1).orElseThrow());
    }

    @Test
    void newSopPageStoresOrShowsEachErrorWithItsPath() throws Exception {
        mvc.perform(get("/sop/baru").with(user(u("camat.trawas")))).andExpect(status().isOk())
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));
        mvc.perform(get("/sop/baru").with(user(u("staf.trawas")))).andExpect(status().isForbidden());

        String buruk = definisi(kodeBaru(), "Buruk").replace("    pelaksana: KASI\n", "    pelaksana: LURAH\n")
                .replace("waktu: 5 menit", "waktu: lama");
        mvc.perform(post("/sop/baru").with(user(u("camat.trawas"))).with(csrf()).param("yaml", buruk))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("langkah[2].pelaksana")))
                .andExpect(content().string(containsString("pelaksana &quot;LURAH&quot; tidak ada di kolom pelaksana")))
                .andExpect(content().string(containsString("langkah[1].waktu")));

        mvc.perform(multipart("/sop/baru").file(new MockMultipartFile("berkas", "sop.yaml", "application/yaml",
                        "kode: X\n  salah: : :".getBytes(StandardCharsets.UTF_8))).with(user(u("camat.trawas"))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("YAML tidak sah")))
                .andExpect(content().string(containsString("baris 2")));
        mvc.perform(multipart("/sop/baru").file(new MockMultipartFile("berkas", "foto.png", "image/png",
                        new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0})).with(user(u("camat.trawas"))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("bukan berkas YAML")));
        mvc.perform(multipart("/sop/baru").file(new MockMultipartFile("berkas", "besar.yaml", "application/yaml",
                        new byte[300 * 1024])).with(user(u("camat.trawas"))).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("maksimal 256 KB")));

        String kode = kodeBaru();
        mvc.perform(multipart("/sop/baru").file(new MockMultipartFile("berkas", "baik.yaml", "application/yaml",
                        definisi(kode, "Baik").getBytes(StandardCharsets.UTF_8))).with(user(u("camat.trawas"))).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/sop/" + kode));
        assertThat(katalog.terbaru(kode).orElseThrow().nama()).isEqualTo("Baik");
    }

    @Test
    void revisionPages() throws Exception {
        masuk("camat.trawas");
        String kode = kodeBaru();
        katalog.simpanRevisi(definisi(kode, "Awal"), null);
        SecurityContextHolder.clearContext();
        mvc.perform(get("/sop/" + kode + "/revisi").with(user(u("camat.trawas"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("nama: Awal")));
        mvc.perform(post("/sop/" + kode + "/revisi").with(user(u("camat.trawas"))).with(csrf())
                        .param("yaml", definisi(kode, "Lanjut")).param("catatan", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("catatan revisi wajib diisi")));
        mvc.perform(post("/sop/" + kode + "/revisi").with(user(u("camat.trawas"))).with(csrf())
                        .param("yaml", definisi("KODE-LAIN", "Lanjut")).param("catatan", "x"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("berbeda dengan SOP yang direvisi")));
        mvc.perform(post("/sop/" + kode + "/revisi").with(user(u("camat.trawas"))).with(csrf())
                        .param("yaml", definisi(kode, "Lanjut")).param("catatan", "perbaikan"))
                .andExpect(redirectedUrl("/sop/" + kode));
        assertThat(katalog.terbaru(kode).orElseThrow().versi()).isEqualTo(2);
        assertThat(katalog.versi(kode, 1).orElseThrow().nama()).isEqualTo("Awal");
    }

    @Test
    void api() throws Exception {
        mvc.perform(get("/api/v1/sop").with(user(u("kader.sungaiterap"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].kode", hasItem("FOKUS-TUNTAS")));
        mvc.perform(get("/api/v1/sop/BSPPS-RAKOR").with(user(u("staf.reteh"))))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nomor").value("065/05/416-304/2024"))
                .andExpect(jsonPath("$.tanggalPembuatan").value("2024-01-15"))
                .andExpect(jsonPath("$.langkah.length()").value(7))
                .andExpect(jsonPath("$.langkah[2].waktu").value("10 menit"));
        mvc.perform(get("/api/v1/sop/JEMPUT-BOLA-EKTP/versi/1").with(user(u("staf.reteh"))))
                .andExpect(status().isOk()).andExpect(jsonPath("$.langkah[4].waktu").value("10 hari"));
        mvc.perform(get("/api/v1/sop/JEMPUT-BOLA-EKTP/versi/99").with(user(u("staf.reteh"))))
                .andExpect(status().isNotFound());

        String kode = kodeBaru();
        mvc.perform(post("/api/v1/sop").with(user(u("camat.trawas"))).with(csrf())
                        .contentType("application/yaml").content(definisi(kode, "Lewat API")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/sop/" + kode + "/versi/1"))
                .andExpect(jsonPath("$.versi").value(1));
        mvc.perform(post("/api/v1/sop").with(user(u("camat.trawas"))).with(csrf())
                        .contentType(MediaType.TEXT_PLAIN).content(definisi(kode, "Lewat API 2")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.versi").value(2));
        mvc.perform(post("/api/v1/sop").with(user(u("camat.trawas"))).with(csrf())
                        .contentType("application/yaml").content(definisi(kodeBaru(), "X").replace("jikaTidak: 1", "jikaTidak: 5")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.kode").value("sop-tidak-sah"))
                .andExpect(jsonPath("$.galat[0].field").value("langkah[2].keputusan.jikaTidak"))
                .andExpect(jsonPath("$.galat[0].pesan").value(containsString("langkah sebelumnya")));
        mvc.perform(post("/api/v1/sop").with(user(u("camat.trawas"))).with(csrf())
                        .contentType("application/yaml").content("kode: [X"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.galat[0].baris").isNumber());
        mvc.perform(post("/api/v1/sop").with(user(u("camat.trawas"))).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.detail").value(containsString("application/yaml")));
        mvc.perform(post("/api/v1/sop").with(user(u("staf.trawas"))).with(csrf())
                        .contentType("application/yaml").content(definisi(kodeBaru(), "X")))
                .andExpect(status().isForbidden());
    }
}
