package id.pelita.kependudukan.internal;

import id.pelita.PelitaTest;
import id.pelita.kependudukan.JenisKelamin;
import id.pelita.layanan.PembukaBerkas;
import id.pelita.layanan.PengerjaLangkah;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import java.time.Clock;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

/**
 * TAJUK RETEH end to end in Desa Sungaimahang: the operator's changes join the village's submission, the
 * kecamatan team sends it back with a reason, the operator sees it, corrects and resubmits, the team verifies —
 * and the public figures change only then. Other tests add residents to this village too (their changes join the
 * same open submission), so figures are compared before and after, never as absolute numbers.
 */
@PelitaTest
class PengajuanPendudukTest {

    static final String MAHANG = "14.04.01.2020";
    static final String OPERATOR = "operator.sungaimahang";
    static final String STAF = "staf.reteh";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService pengguna;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SandiPdp sandi;
    @Autowired
    StatistikPenduduk statistik;
    @Autowired
    PembukaBerkas pembuka;
    @Autowired
    PengerjaLangkah pengerja;
    @Autowired
    Clock jam;

    @Test
    void submitSendBackFixResubmitVerifyAndOnlyThenPublicFiguresChange() throws Exception {
        LocalDate hariIni = LocalDate.now(jam);
        long resmiSebelum = resmi();
        String publikSebelum = totalPublik();

        // The operator keys a family with its head (page) and a child (API).
        LocalDate lahir = LocalDate.of(1979, 8, 9);
        String nikKepala = DataUji.nik("140401", lahir, JenisKelamin.L);
        long kk = buatKeluarga(DataUji.keluargaBaru(DataUji.kk(), nikKepala, "ALUR MAHANG KEPALA", lahir));
        String nikAnak = DataUji.nik("140401", LocalDate.of(2012, 3, 4), JenisKelamin.P);
        MvcResult r = mvc.perform(sebagai(OPERATOR, post("/api/v1/penduduk").with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"keluargaId\":" + kk + ",\"nik\":\"" + nikAnak + "\",\"nama\":\"ALUR MAHANG ANAK\","
                        + "\"jenisKelamin\":\"P\",\"tempatLahir\":\"Reteh\",\"tanggalLahir\":\"2012-03-04\",\"shdk\":4,"
                        + "\"sebab\":\"PENDATAAN\"}"))).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(201);
        long anak = idPenduduk(nikAnak);

        // Not yet in published figures; in the operator's own unverified view.
        assertThat(resmi()).isEqualTo(resmiSebelum);
        assertThat(statistik.hitung(MAHANG, hariIni, false).total()).isGreaterThanOrEqualTo(resmiSebelum + 2);
        assertThat(totalPublik()).isEqualTo(publikSebelum);
        assertThat(halaman(OPERATOR, "/penduduk/statistik?semua=true")).contains("data-test=\"catatan-verifikasi\"")
                .contains("alert-warning");

        // The operator's submission page lists what is pending.
        String hal = halaman(OPERATOR, "/penduduk/pengajuan");
        assertThat(hal).contains("ALUR MAHANG KEPALA").contains("ALUR MAHANG ANAK").contains("data-test=\"ajukan\"");
        long id = jdbc.sql("select id from pengajuan_penduduk where terbuka_desa = ?").param(MAHANG).query(Long.class).single();

        // Submitting starts the TAJUK-RETEH case: step 1 done by the operator, step 2 waits for the team.
        assertThat(mvc.perform(sebagai(OPERATOR, post("/penduduk/pengajuan/ajukan").with(csrf()))).andReturn()
                .getResponse().getRedirectedUrl()).isEqualTo("/penduduk/pengajuan");
        Pengajuan a = pengajuan(id);
        assertThat(a.status()).isEqualTo(StatusPengajuan.DIAJUKAN);
        assertThat(a.berkasNomor()).isNotNull();
        assertThat(pengerja.menunggu(a.berkasNomor()).orElseThrow().no()).isEqualTo(2);
        assertThat(halaman(OPERATOR, "/penduduk/pengajuan")).doesNotContain("data-test=\"ajukan\"");

        // The team sees it, with NIKs masked for staff.
        assertThat(halaman(STAF, "/penduduk/verifikasi")).contains("/penduduk/verifikasi/" + id);
        String rinci = halaman(STAF, "/penduduk/verifikasi/" + id);
        assertThat(rinci).contains("ALUR MAHANG ANAK").doesNotContain(nikAnak).contains(AturanNikSamar.samar(nikAnak))
                .contains("data-test=\"setujui\"");
        long sampai = sampai(rinci);

        // Sending back needs a reason.
        mvc.perform(sebagai(STAF, post("/penduduk/verifikasi/" + id + "/kembalikan").param("alasan", " ")
                .param("sampai", String.valueOf(sampai)).with(csrf())));
        assertThat(pengajuan(id).status()).isEqualTo(StatusPengajuan.DIAJUKAN);
        mvc.perform(sebagai(STAF, post("/penduduk/verifikasi/" + id + "/kembalikan")
                .param("alasan", "Tempat lahir anak tidak sesuai KK").param("sampai", String.valueOf(sampai)).with(csrf())));
        a = pengajuan(id);
        assertThat(a.status()).isEqualTo(StatusPengajuan.DIKEMBALIKAN);
        assertThat(pengerja.menunggu(a.berkasNomor()).orElseThrow().no()).isEqualTo(1);
        assertThat(resmi()).isEqualTo(resmiSebelum);

        // The operator sees the reason, corrects (API), and resubmits (API).
        assertThat(halaman(OPERATOR, "/penduduk/pengajuan")).contains("Tempat lahir anak tidak sesuai KK")
                .contains("data-test=\"alasan\"");
        r = mvc.perform(sebagai(OPERATOR, put("/api/v1/penduduk/" + anak).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"nik\":\"" + nikAnak + "\",\"nama\":\"ALUR MAHANG ANAK\",\"jenisKelamin\":\"P\","
                        + "\"tempatLahir\":\"Sungai Mahang\",\"tanggalLahir\":\"2012-03-04\",\"agama\":1,\"pendidikan\":3,"
                        + "\"pekerjaan\":3,\"statusKawin\":1,\"shdk\":4,\"golonganDarah\":13,\"statusRekamKtp\":1,"
                        + "\"kewarganegaraan\":1}"))).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        assertThat(r.getResponse().getContentAsString()).contains("Sungai Mahang");
        r = mvc.perform(sebagai(OPERATOR, post("/api/v1/penduduk/pengajuan/ajukan").with(csrf())
                .accept(MediaType.APPLICATION_JSON))).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        assertThat(r.getResponse().getContentAsString()).contains("\"status\":\"DIAJUKAN\"").contains("\"putaran\":2");
        assertThat(pengerja.menunggu(a.berkasNomor()).orElseThrow().no()).isEqualTo(2);
        // Submitting twice is refused with a machine-readable error.
        r = mvc.perform(sebagai(OPERATOR, post("/api/v1/penduduk/pengajuan/ajukan").with(csrf())
                .accept(MediaType.APPLICATION_JSON))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(r.getResponse().getContentAsString()).contains("input-tidak-sah");

        // A decision on what the reviewer saw before the correction is stale.
        r = mvc.perform(sebagai(STAF, post("/api/v1/penduduk/pengajuan/" + id + "/verifikasi").with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"sampai\":" + sampai + "}"))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(400);
        assertThat(pengajuan(id).status()).isEqualTo(StatusPengajuan.DIAJUKAN);
        assertThat(resmi()).isEqualTo(resmiSebelum);
        assertThat(totalPublik()).isEqualTo(publikSebelum);

        // Verified from the page: the case is done and the public figures change now.
        rinci = halaman(STAF, "/penduduk/verifikasi/" + id);
        assertThat(rinci).contains("Tempat lahir anak tidak sesuai KK");
        mvc.perform(sebagai(STAF, post("/penduduk/verifikasi/" + id + "/setujui")
                .param("sampai", String.valueOf(sampai(rinci))).with(csrf())));
        a = pengajuan(id);
        assertThat(a.status()).isEqualTo(StatusPengajuan.TERVERIFIKASI);
        assertThat(pembuka.status(a.berkasNomor()).orElseThrow().status()).isEqualTo("SELESAI");
        long resmiSesudah = resmi();
        assertThat(resmiSesudah).isGreaterThanOrEqualTo(resmiSebelum + 2)
                .isEqualTo(statistik.hitung(MAHANG, hariIni, false).total());
        assertThat(totalPublik()).isEqualTo(Angka.SAMAR.tampil(resmiSesudah).replace("<", "&lt;"));
        assertThat(halaman(OPERATOR, "/penduduk/pengajuan")).contains("data-test=\"riwayat\"");

        // A death is an event: counted in published figures only when its own submission is verified.
        r = mvc.perform(sebagai(OPERATOR, post("/api/v1/penduduk/" + anak + "/mutasi").with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"jenis\":\"MATI\",\"tanggal\":\"" + hariIni + "\"}")))
                .andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(201);
        assertThat(resmi()).isEqualTo(resmiSesudah);
        assertThat(statistik.hitung(MAHANG, hariIni, false).total()).isEqualTo(resmiSesudah - 1);
        assertThat(mvc.perform(sebagai(OPERATOR, post("/api/v1/penduduk/pengajuan/ajukan").with(csrf())))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        long id2 = jdbc.sql("select id from pengajuan_penduduk where terbuka_desa = ?").param(MAHANG).query(Long.class).single();
        assertThat(id2).isNotEqualTo(id);
        r = mvc.perform(sebagai(STAF, post("/api/v1/penduduk/pengajuan/" + id2 + "/verifikasi").with(csrf()))).andReturn();
        assertThat(r.getResponse().getStatus()).as(r.getResponse().getContentAsString()).isEqualTo(200);
        assertThat(resmi()).isEqualTo(resmiSesudah - 1);
    }

    @Test
    void submissionsOfAnotherVillageOrKecamatanAreOutOfReach() throws Exception {
        // Mahang's operator makes a change, so its village has an open submission.
        LocalDate lahir = LocalDate.of(1990, 1, 2);
        buatKeluarga(DataUji.keluargaBaru(DataUji.kk(), DataUji.nik("140401", lahir, JenisKelamin.L), "CAKUPAN MAHANG", lahir));
        long id = jdbc.sql("select id from pengajuan_penduduk where terbuka_desa = ?").param(MAHANG).query(Long.class).single();
        String lain = "operator.sungaiterap";
        assertThat(status(lain, get("/api/v1/penduduk/pengajuan/" + id).accept(MediaType.APPLICATION_JSON))).isEqualTo(404);
        assertThat(json(lain, "/api/v1/penduduk/pengajuan")).doesNotContain("\"desaKode\":\"" + MAHANG + "\"");
        assertThat(halaman(lain, "/penduduk/pengajuan")).doesNotContain("CAKUPAN MAHANG");
        // Operators cannot verify at all; a kecamatan elsewhere does not find it.
        assertThat(status(lain, post("/api/v1/penduduk/pengajuan/" + id + "/verifikasi").with(csrf()))).isEqualTo(403);
        assertThat(status(lain, post("/penduduk/verifikasi/" + id + "/setujui").with(csrf()))).isEqualTo(403);
        assertThat(status("camat.trawas", get("/penduduk/verifikasi/" + id))).isEqualTo(404);
        assertThat(status("camat.trawas", post("/api/v1/penduduk/pengajuan/" + id + "/kembalikan").with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"alasan\":\"x\"}"))).isEqualTo(404);
        assertThat(json("camat.trawas", "/api/v1/penduduk/pengajuan")).doesNotContain(MAHANG);
        // The kecamatan's own team and the village's operator see it.
        assertThat(json(STAF, "/api/v1/penduduk/pengajuan")).contains("\"desaKode\":\"" + MAHANG + "\"");
        assertThat(json(OPERATOR, "/api/v1/penduduk/pengajuan/" + id)).contains("CAKUPAN MAHANG");
        assertThat(pengajuan(id).status()).isIn(StatusPengajuan.DRAF, StatusPengajuan.DIAJUKAN, StatusPengajuan.DIKEMBALIKAN);
    }

    // --- helpers

    /** Masks a NIK as pages show it to staff. */
    static final class AturanNikSamar {
        static String samar(String nik) {
            return id.pelita.kependudukan.AturanNik.samarkan(nik);
        }
    }

    private long resmi() {
        return statistik.hitung(MAHANG, LocalDate.now(jam)).total();
    }

    private String totalPublik() throws Exception {
        String html = mvc.perform(get("/statistik/penduduk?wilayah=" + MAHANG)).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("data-test=\"total\">([^<]*)<").matcher(html);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private static long sampai(String html) {
        Matcher m = Pattern.compile("name=\"sampai\" value=\"(\\d+)\"").matcher(html);
        assertThat(m.find()).as("hidden field sampai").isTrue();
        return Long.parseLong(m.group(1));
    }

    private Pengajuan pengajuan(long id) {
        return jdbc.sql("select id, status, berkas_nomor, putaran from pengajuan_penduduk where id = ?").param(id)
                .query((rs, i) -> new Pengajuan(rs.getLong(1), MAHANG, StatusPengajuan.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getInt(4), null, null, null, null, null, null, null)).single();
    }

    private long buatKeluarga(java.util.Map<String, String> isian) throws Exception {
        var p = new org.springframework.util.LinkedMultiValueMap<String, String>();
        isian.forEach(p::add);
        MvcResult r = mvc.perform(sebagai(OPERATOR, post("/penduduk/keluarga/baru").with(csrf()).params(p))).andReturn();
        String ke = r.getResponse().getRedirectedUrl();
        assertThat(ke).as(r.getResponse().getContentAsString()).startsWith("/penduduk/keluarga/");
        return Long.parseLong(ke.substring(ke.lastIndexOf('/') + 1));
    }

    private long idPenduduk(String nik) {
        return jdbc.sql("select id from penduduk where nik_hash = ?").param(sandi.hash(nik)).query(Long.class).single();
    }

    private MockHttpServletRequestBuilder sebagai(String username, MockHttpServletRequestBuilder req) {
        return req.with(user(pengguna.loadUserByUsername(username)));
    }

    private String halaman(String username, String path) throws Exception {
        MvcResult r = mvc.perform(sebagai(username, get(path).accept(MediaType.TEXT_HTML))).andReturn();
        assertThat(r.getResponse().getStatus()).as(username + " " + path).isEqualTo(200);
        return r.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
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
