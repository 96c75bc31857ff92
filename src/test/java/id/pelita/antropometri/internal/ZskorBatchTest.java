package id.pelita.antropometri.internal;

import id.pelita.PelitaTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The batch z-score service over HTTP: CSV in, CSV or JSON out, bad rows among good ones, header and size errors. */
@PelitaTest
class ZskorBatchTest {

    /** Three WHO igrowup survey children (ids 1, 145 with oedema, 73 with a restricted z) and four bad rows. */
    static final String CSV = """
            id,sex,age_days,weight_kg,length_cm,measure,oedema
            1,2,683,10.399999619,84.800003052,L,n
            bukan-umur,1,abc,10,80,L,n
            145,1,0,4.5,52.400001526,L,y
            "kutip, koma",3,400,9,75,L,n
            73,2,1716,27.5,110.40000153,L,n
            ukuran,1,400,9,75,X,n
            "rusak,1,400
            tanpa-panjang,2,769,"13,6",,,
            """;

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService pengguna;
    @Autowired
    JdbcClient jdbc;

    private MvcResult kirim(String badan, String terima, String siapa) throws Exception {
        return mvc.perform(post("/api/v1/antropometri/zscore").with(user(pengguna.loadUserByUsername(siapa))).with(csrf())
                .contentType("text/csv").accept(terima).content(badan.getBytes(StandardCharsets.UTF_8))).andReturn();
    }

    @Test
    void csvInCsvOut() throws Exception {
        long auditSebelum = jdbc.sql("select count(*) from audit_log where jenis_data = 'antropometri-zskor'").query(Long.class).single();
        MvcResult r = kirim(CSV, "text/csv", "kader.sungaiterap");
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getResponse().getContentType()).startsWith("text/csv");
        List<String> baris = r.getResponse().getContentAsString(StandardCharsets.UTF_8).lines().toList();
        assertThat(baris).hasSize(9);
        assertThat(baris.get(0)).isEqualTo("id,zlen,zwei,zwfl,zbmi,kat_tbu,kat_bbu,kat_bbtb,kat_imtu,flags");
        // WHO igrowup: zwei −0.57, zlen −0.07, zwfl −0.81, zbmi −0.79
        assertThat(baris.get(1)).isEqualTo("1,-0.07,-0.57,-0.81,-0.79,NORMAL,BERAT_BADAN_NORMAL,GIZI_BAIK,GIZI_BAIK,");
        assertThat(baris.get(2)).isEqualTo("bukan-umur,,,,,,,,,galat:age_days:bukan angka");
        // oedema: only length-for-age (WHO 1.33)
        assertThat(baris.get(3)).isEqualTo("145,1.33,,,,NORMAL,,,,zwei:EDEMA;zwfl:EDEMA;zbmi:EDEMA");
        assertThat(baris.get(4)).isEqualTo("\"kutip, koma\",,,,,,,,,galat:sex:harus 1 (laki-laki) atau 2 (perempuan)");
        // lying from 24 months: −0.7 cm; WHO: zwei 2.85, zlen 0.48, zwfl 4.05, zbmi 3.87
        assertThat(baris.get(5)).isEqualTo("73,0.48,2.85,4.05,3.87,NORMAL,RISIKO_BERAT_BADAN_LEBIH,OBESITAS,OBESITAS,"
                + "input:DIKOREKSI_0_7_CM(diukur telentang mulai 24 bulan: −0.7 cm)");
        assertThat(baris.get(6)).isEqualTo("ukuran,,,,,,,,,\"galat:measure:harus L, H atau kosong\"");
        assertThat(baris.get(7)).isEqualTo("rusak,,,,,,,,,galat:baris:CSV rusak");
        // decimal comma in quotes; no length: weight-for-age only (WHO 1.16, above +1: risiko berat badan lebih)
        assertThat(baris.get(8)).isEqualTo("tanpa-panjang,,1.16,,,,RISIKO_BERAT_BADAN_LEBIH,,,zlen:DATA_KURANG;zwfl:DATA_KURANG;zbmi:DATA_KURANG");
        long auditSesudah = jdbc.sql("select count(*) from audit_log where jenis_data = 'antropometri-zskor'").query(Long.class).single();
        assertThat(auditSesudah).isEqualTo(auditSebelum + 1);
    }

    @Test
    void jsonWhenAskedFor() throws Exception {
        MvcResult r = kirim(CSV, "application/json", "staf.reteh");
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        assertThat(r.getResponse().getContentType()).startsWith("application/json");
        String json = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).startsWith("[").contains("\"id\":\"1\"").contains("\"zlen\":-0.07").contains("\"zwei\":-0.57")
                .contains("\"kat_bbtb\":\"GIZI_BAIK\"")
                .contains("\"id\":\"145\",\"zlen\":1.33,\"zwei\":null")
                .contains("\"flags\":\"galat:age_days:bukan angka\"");
        assertThat(json.split("\"id\":")).hasSize(9);
    }

    @Test
    void missingOrWrongHeaderIsAMachineReadableError() throws Exception {
        MvcResult r = kirim("id,sex,age,weight\n1,1,30,4\n", "text/csv", "kasi.reteh");
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(r.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("\"kode\":\"header-csv-salah\"")
                .contains("\"diharapkan\":[\"id\",\"sex\",\"age_days\",\"weight_kg\",\"length_cm\",\"measure\",\"oedema\"]")
                .contains("\"ditemukan\":[\"id\",\"sex\",\"age\",\"weight\"]");
        assertThat(kirim("", "application/json", "kasi.reteh").getResponse().getStatus()).isEqualTo(400);
    }

    @Test
    void uploadsAreLimited() throws Exception {
        StringBuilder besar = new StringBuilder("id,sex,age_days,weight_kg,length_cm,measure,oedema\n");
        for (int i = 0; i < PengolahBatchZskor.BARIS_MAKS + 1; i++) {
            besar.append(i).append(",1,300,8,70,L,n\n");
        }
        MvcResult r = kirim(besar.toString(), "text/csv", "kasi.reteh");
        assertThat(r.getResponse().getStatus()).isEqualTo(413);
        assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("\"kode\":\"terlalu-besar\"");
        String terlaluBesar = "id,sex,age_days,weight_kg,length_cm,measure,oedema\n" + "x".repeat(2 * 1024 * 1024 + 10);
        assertThat(kirim(terlaluBesar, "text/csv", "kasi.reteh").getResponse().getStatus()).isEqualTo(413);
    }

    @Test
    void notForOtherRoles() throws Exception {
        assertThat(kirim(CSV, "text/csv", "operator.sungaiterap").getResponse().getStatus()).isEqualTo(403);
        assertThat(kirim(CSV, "text/csv", "admin").getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void uploadPageShowsTheResultsOrGivesTheCsv() throws Exception {
        var kader = user(pengguna.loadUserByUsername("kader.sungaiterap"));
        MvcResult halaman = mvc.perform(get("/antropometri/zskor").with(kader)).andReturn();
        assertThat(halaman.getResponse().getStatus()).isEqualTo(200);
        assertThat(halaman.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("data-test=\"form-zskor\"")
                .contains("id,sex,age_days,weight_kg,length_cm,measure,oedema");

        MockMultipartFile berkas = new MockMultipartFile("berkas", "ukur.csv", "text/csv", CSV.getBytes(StandardCharsets.UTF_8));
        MvcResult lihat = mvc.perform(multipart("/antropometri/zskor").file(berkas).param("keluaran", "lihat")
                .with(kader).with(csrf())).andReturn();
        assertThat(lihat.getResponse().getStatus()).isEqualTo(200);
        String html = lihat.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("data-test=\"hasil\"").contains("-0.57").contains("Gizi baik").contains("Obesitas")
                .contains("galat:age_days:bukan angka");

        MvcResult unduh = mvc.perform(multipart("/antropometri/zskor").file(berkas).param("keluaran", "unduh")
                .with(kader).with(csrf())).andReturn();
        assertThat(unduh.getResponse().getHeader("Content-Disposition")).contains("attachment").contains("zskor-hasil.csv");
        assertThat(unduh.getResponse().getContentAsString(StandardCharsets.UTF_8)).startsWith("id,zlen,zwei,zwfl,zbmi");

        MockMultipartFile salah = new MockMultipartFile("berkas", "salah.csv", "text/csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));
        MvcResult galat = mvc.perform(multipart("/antropometri/zskor").file(salah).with(kader).with(csrf())).andReturn();
        assertThat(galat.getResponse().getStatus()).isEqualTo(400);
        assertThat(galat.getResponse().getContentAsString(StandardCharsets.UTF_8)).contains("data-test=\"galat\"")
                .contains("Baris pertama berkas harus persis");
    }
}
