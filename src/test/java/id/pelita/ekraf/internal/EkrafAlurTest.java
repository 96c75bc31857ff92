package id.pelita.ekraf.internal;

import id.pelita.PelitaTest;
import id.pelita.inti.Peran;
import id.pelita.layanan.PengerjaLangkah;
import id.pelita.layanan.PembukaBerkas;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The VCO programme end to end through its pages: TP-PKK registers producers and plans, the camat cannot do
 * TP-PKK's step, the plan is corrected while open and locked after, each step is refused until its records exist
 * (sessions with attendance and photos, a coaching visit, support), the case ends and the programme with it;
 * another kecamatan's TP-PKK sees nothing; the public catalogue publishes contacts only with consent; a non-image
 * upload is refused.
 */
@PelitaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EkrafAlurTest {

    static final String BENTE = "14.04.07.2003";
    static final String IGAL = "14.04.07.2005";
    static final String PKK = "pkk.mandah";
    static final String CAMAT = "camat.mandah";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService pengguna;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PembukaBerkas berkas;
    @Autowired
    PengerjaLangkah pengerja;

    long pelakuSetuju;
    long pelakuTidakSetuju;
    final String teleponSetuju = "0812" + (10_000_000 + (int) (Math.random() * 89_999_999));
    final String teleponTidakSetuju = "0813" + (10_000_000 + (int) (Math.random() * 89_999_999));
    final int tahun = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();

    @BeforeAll
    void siapkan() throws Exception {
        pelakuSetuju = daftarPelaku("VCO Uji Setuju", BENTE, teleponSetuju, true);
        pelakuTidakSetuju = daftarPelaku("VCO Uji Rahasia", IGAL, teleponTidakSetuju, false);
    }

    @Test
    void programBerjalanMelaluiEmpatLangkahOlehTpPkkDanCamat() throws Exception {
        long id = buatProgram(tahun + 3, "Program VCO uji alur");
        String nomor = berkasNomor(id);
        assertThat(berkas.status(nomor).orElseThrow().langkahAktif().orElseThrow().no()).isEqualTo(1);

        // Step 1 is TP-PKK's: the camat is refused, nothing moves.
        String html = kirim(CAMAT, post("/ekraf/program/" + id + "/langkah").param("langkahNo", "1"));
        assertThat(html).contains("Langkah ini bukan tugas Anda.");
        assertThat(langkahSelesai(id)).isZero();
        // No session before the plan is done.
        html = kirimMultipart(PKK, id, sesi("PENYULUHAN", null, "Ani - Bente"), null);
        assertThat(html).contains("Selesaikan rancangan program (langkah 1) lebih dahulu.");

        // Correction path: the plan is corrected while step 1 is open, and locked once it is done.
        mvc.perform(sebagai(PKK, post("/ekraf/program/" + id).param("judul", "Program VCO uji alur (perbaikan)")
                .param("rancangan", "Penyuluhan VCO higienis, pembinaan ke lokasi, dukungan kemasan"))).andReturn();
        assertThat(jdbc.sql("select judul from ekraf_program where id = ?").param(id).query(String.class).single())
                .isEqualTo("Program VCO uji alur (perbaikan)");
        kirim(PKK, post("/ekraf/program/" + id + "/langkah").param("langkahNo", "1"));
        assertThat(langkahSelesai(id)).isEqualTo(1);
        assertThat(pengerja.menunggu(nomor).orElseThrow().peran()).isEqualTo(Peran.CAMAT);
        html = kirim(PKK, post("/ekraf/program/" + id).param("judul", "Diubah lagi").param("rancangan", "x".repeat(30)));
        assertThat(html).contains("Rancangan tidak dapat diubah lagi");
        assertThat(jdbc.sql("select judul from ekraf_program where id = ?").param(id).query(String.class).single())
                .isEqualTo("Program VCO uji alur (perbaikan)");

        // Step 2 (camat) needs a counselling session and the programmes decided.
        html = kirim(CAMAT, post("/ekraf/program/" + id + "/langkah").param("langkahNo", "2").param("output", "VCO kemasan"));
        assertThat(html).contains("Catat minimal satu penyuluhan");
        assertThat(langkahSelesai(id)).isEqualTo(1);
        kirimMultipart(PKK, id, sesi("PENYULUHAN", null, "Siti Aminah - Khairiah Mandah\nRosmawati - Bente\n\nNurhayati; Igal"),
                new MockMultipartFile("foto", "sesi.png", "image/png", png()));
        var kegiatan = jdbc.sql("select id from ekraf_kegiatan where program_id = ? and jenis = 'PENYULUHAN'").param(id)
                .query(Long.class).single();
        assertThat(jdbc.sql("select nama from ekraf_kehadiran where kegiatan_id = ? order by urutan").param(kegiatan)
                .query(String.class).list()).containsExactly("Siti Aminah", "Rosmawati", "Nurhayati");
        byte[] foto = jdbc.sql("select isi from ekraf_foto where kegiatan_id = ?").param(kegiatan).query(byte[].class).single();
        assertThat(foto[0]).isEqualTo((byte) 0xFF);
        assertThat(foto[1]).isEqualTo((byte) 0xD8); // re-encoded as JPEG
        long fotoId = jdbc.sql("select id from ekraf_foto where kegiatan_id = ?").param(kegiatan).query(Long.class).single();
        MvcResult gambar = mvc.perform(sebagai(CAMAT, get("/ekraf/foto/" + fotoId))).andReturn();
        assertThat(gambar.getResponse().getContentType()).isEqualTo("image/jpeg");
        assertThat(gambar.getResponse().getContentAsByteArray()).isEqualTo(foto);

        html = kirim(CAMAT, post("/ekraf/program/" + id + "/langkah").param("langkahNo", "2"));
        assertThat(html).contains("Tuliskan program kegiatan ekonomi kreatif yang ditetapkan.");
        kirim(CAMAT, post("/ekraf/program/" + id + "/langkah").param("langkahNo", "2")
                .param("output", "VCO kemasan 100 ml; sabun VCO").param("catatan", "Disepakati dalam penyuluhan"));
        assertThat(langkahSelesai(id)).isEqualTo(2);
        assertThat(berkas.status(nomor).orElseThrow().langkah()).filteredOn(l -> l.no() == 2)
                .singleElement().satisfies(l -> {
                    assertThat(l.oleh()).isEqualTo(CAMAT);
                    assertThat(l.output()).isEqualTo("VCO kemasan 100 ml; sabun VCO");
                });

        // Step 3 (TP-PKK) needs a coaching visit, to a producer of the kecamatan.
        html = kirim(PKK, post("/ekraf/program/" + id + "/langkah").param("langkahNo", "3"));
        assertThat(html).contains("Catat minimal satu kunjungan pembinaan");
        html = kirimMultipart(PKK, id, sesi("PEMBINAAN", null, "Rosmawati"), null);
        assertThat(html).contains("Pilih pelaku yang dibina.");
        kirimMultipart(PKK, id, sesi("PEMBINAAN", String.valueOf(pelakuSetuju), "Rosmawati\nKetua TP-PKK Desa Bente"), null);
        kirim(PKK, post("/ekraf/program/" + id + "/langkah").param("langkahNo", "3"));
        assertThat(langkahSelesai(id)).isEqualTo(3);

        // Step 4 (camat) needs the support received.
        html = kirim(CAMAT, post("/ekraf/program/" + id + "/langkah").param("langkahNo", "4"));
        assertThat(html).contains("Catat minimal satu dukungan");
        kirim(CAMAT, post("/ekraf/program/" + id + "/dukungan").param("pemberi", "Dinas Koperasi dan UKM Kab. Indragiri Hilir")
                .param("bentuk", "Mesin pres kelapa").param("nilai", "15.000.000")
                .param("tanggal", LocalDate.now(ZoneId.of("Asia/Jakarta")).toString())
                .param("pelakuId", String.valueOf(pelakuSetuju)));
        assertThat(jdbc.sql("select nilai from ekraf_dukungan where program_id = ?").param(id)
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("15000000");
        kirim(CAMAT, post("/ekraf/program/" + id + "/langkah").param("langkahNo", "4"));

        assertThat(berkas.status(nomor).orElseThrow().selesai()).isTrue();
        assertThat(jdbc.sql("select status from ekraf_program where id = ?").param(id).query(String.class).single())
                .isEqualTo("SELESAI");
        html = kirim(CAMAT, get("/ekraf/program/" + id));
        assertThat(html).contains("data-test=\"riwayat-langkah\"").doesNotContain("data-test=\"langkah-menunggu\"")
                .contains("Mesin pres kelapa").contains("Rp 15.000.000");
        assertThat(jdbc.sql("select count(*) from audit_log where jenis_data = 'ekraf-program' and data_id = ?")
                .param(String.valueOf(id)).query(Long.class).single()).isGreaterThanOrEqualTo(6);
        assertThat(jdbc.sql("select count(*) from audit_log where jenis_data in ('ekraf-kegiatan', 'ekraf-dukungan') "
                + "and pelaku in (?, ?)").params(PKK, CAMAT).query(Long.class).single()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void tpPkkKecamatanLainTidakMelihatAtauMengubah() throws Exception {
        long id = buatProgram(tahun + 4, "Program VCO uji cakupan");
        kirim(PKK, post("/ekraf/program/" + id + "/langkah").param("langkahNo", "1"));
        String lain = "pkk.reteh";
        assertThat(status(lain, get("/ekraf/program/" + id))).isEqualTo(404);
        assertThat(status(lain, get("/ekraf/pelaku/" + pelakuSetuju))).isEqualTo(404);
        assertThat(status(lain, post("/ekraf/program/" + id).param("judul", "Susupan").param("rancangan", "x".repeat(30))))
                .isEqualTo(404);
        assertThat(status(lain, post("/ekraf/program/" + id + "/langkah").param("langkahNo", "2"))).isEqualTo(404);
        assertThat(status(lain, post("/ekraf/program/" + id + "/dukungan").param("pemberi", "X").param("bentuk", "Y")
                .param("tanggal", "2025-01-01"))).isEqualTo(404);
        assertThat(status(lain, post("/ekraf/pelaku/" + pelakuSetuju).param("nama", "Diubah"))).isEqualTo(404);
        assertThat(status("camat.reteh", get("/ekraf/program/" + id))).isEqualTo(404);
        MvcResult r = mvc.perform(sebagai(lain, multipart("/ekraf/program/" + id + "/kegiatan")
                .params(sesi("PENYULUHAN", null, "Susupan")).with(csrf()))).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(404);
        assertThat(jdbc.sql("select count(*) from ekraf_kegiatan where program_id = ?").param(id).query(Long.class).single())
                .isZero();
        String daftar = kirim(lain, get("/ekraf"));
        assertThat(daftar).doesNotContain("Program VCO uji cakupan").doesNotContain("VCO Uji Setuju");
        // Nor may it plan in Mandah, or register a producer in a Mandah village.
        String html = kirim(lain, post("/ekraf/program/baru").param("kecamatanKode", "14.04.07")
                .param("tahun", String.valueOf(tahun + 5)).param("judul", "Susupan").param("rancangan", "x".repeat(30)));
        assertThat(html).contains("Pilih kecamatan di wilayah Anda.");
        html = kirim(lain, post("/ekraf/pelaku/baru").params(isianPelaku("Susupan", BENTE, "081200000000", false)));
        assertThat(html).contains("Pilih desa/kelurahan di wilayah Anda.");
        assertThat(jdbc.sql("select count(*) from ekraf_pelaku where nama_usaha = 'Susupan'").query(Long.class).single()).isZero();
        // The camat of Mandah sees it.
        assertThat(kirim(CAMAT, get("/ekraf"))).contains("Program VCO uji cakupan").contains("VCO Uji Setuju");
    }

    @Test
    void katalogPublikHanyaMenampilkanKontakYangDisetujui() throws Exception {
        MvcResult r = mvc.perform(get("/katalog-ekraf")).andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(200);
        String html = r.getResponse().getContentAsString();
        assertThat(html).contains("VCO Uji Setuju").contains("VCO Uji Rahasia").contains("Bente").contains("Igal")
                .contains(teleponSetuju).contains("https://wa.me/62" + teleponSetuju.substring(1))
                .doesNotContain(teleponTidakSetuju).doesNotContain("Pemilik VCO Uji Rahasia");
        String setuju = mvc.perform(get("/katalog-ekraf/" + pelakuSetuju)).andReturn().getResponse().getContentAsString();
        assertThat(setuju).contains("Pemilik VCO Uji Setuju").contains(teleponSetuju).contains("206140401000999");
        String rahasia = mvc.perform(get("/katalog-ekraf/" + pelakuTidakSetuju)).andReturn().getResponse().getContentAsString();
        assertThat(rahasia).contains("VCO Uji Rahasia").doesNotContain(teleponTidakSetuju)
                .doesNotContain("Pemilik VCO Uji Rahasia").contains("hubungi kantor camat");
        String json = mvc.perform(get("/api/v1/ekraf/katalog").accept(MediaType.APPLICATION_JSON)).andReturn().getResponse()
                .getContentAsString();
        assertThat(json).contains(teleponSetuju).doesNotContain(teleponTidakSetuju).contains("\"nama\":\"VCO Uji Rahasia\"");

        // Withdrawing consent takes the contact off the catalogue, and is audited.
        var isian = isianPelaku("VCO Uji Setuju", BENTE, teleponSetuju, false);
        isian.remove("publikasiKontak"); // an unticked checkbox is not sent
        isian.set("skNomor", jdbc.sql("select sk_nomor from ekraf_pelaku where id = ?").param(pelakuSetuju).query(String.class).single());
        kirim(PKK, post("/ekraf/pelaku/" + pelakuSetuju).params(isian));
        assertThat(mvc.perform(get("/katalog-ekraf/" + pelakuSetuju)).andReturn().getResponse().getContentAsString())
                .doesNotContain(teleponSetuju);
        assertThat(jdbc.sql("select keterangan from audit_log where jenis_data = 'ekraf-pelaku' and data_id = ? and pelaku = ? "
                        + "and aksi = 'UBAH' order by id desc limit 1").params(String.valueOf(pelakuSetuju), PKK)
                .query(String.class).single()).contains("persetujuan publikasi kontak dicabut");
        isian.set("publikasiKontak", "true");
        kirim(PKK, post("/ekraf/pelaku/" + pelakuSetuju).params(isian));
        // An unknown producer is simply not found.
        assertThat(mvc.perform(get("/katalog-ekraf/999999")).andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void unggahanBukanGambarDitolak() throws Exception {
        long id = buatProgram(tahun + 2, "Program VCO uji foto");
        kirim(PKK, post("/ekraf/program/" + id + "/langkah").param("langkahNo", "1"));
        var palsu = new MockMultipartFile("foto", "foto.jpg", "image/jpeg",
                "<script>alert('bukan gambar')</script>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        String html = kirimMultipart(PKK, id, sesi("PENYULUHAN", null, "Ani - Bente"), palsu);
        assertThat(html).contains("data-test=\"galat-foto\"").contains("Hanya foto JPEG atau PNG yang diterima.");
        assertThat(jdbc.sql("select count(*) from ekraf_kegiatan where program_id = ?").param(id).query(Long.class).single())
                .isZero();
        // A real picture on the same form goes through.
        kirimMultipart(PKK, id, sesi("PENYULUHAN", null, "Ani - Bente"), new MockMultipartFile("foto", "f.png", "image/png", png()));
        assertThat(jdbc.sql("select count(*) from ekraf_kegiatan where program_id = ?").param(id).query(Long.class).single())
                .isOne();
    }

    @Test
    void isianPelakuDiperiksa() throws Exception {
        var isian = isianPelaku("VCO Uji Salah", BENTE, "12345", true);
        isian.set("pirtNomor", "123");
        isian.set("skTanggal", LocalDate.now(ZoneId.of("Asia/Jakarta")).plusDays(3).toString());
        String html = kirim(PKK, post("/ekraf/pelaku/baru").params(isian));
        assertThat(html).contains("Nomor telepon seluler tidak sah").contains("Nomor P-IRT terdiri dari 15 angka.")
                .contains("Tanggal tidak boleh di masa depan.");
        assertThat(jdbc.sql("select count(*) from ekraf_pelaku where nama_usaha = 'VCO Uji Salah'").query(Long.class).single())
                .isZero();
    }

    // --- helpers

    private long daftarPelaku(String usaha, String desa, String telepon, boolean setuju) throws Exception {
        MvcResult r = mvc.perform(sebagai(PKK, post("/ekraf/pelaku/baru").params(isianPelaku(usaha, desa, telepon, setuju))))
                .andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).as(r.getResponse().getContentAsString()).startsWith("/ekraf/pelaku/");
        return Long.parseLong(r.getResponse().getRedirectedUrl().substring("/ekraf/pelaku/".length()));
    }

    private static MultiValueMap<String, String> isianPelaku(String usaha, String desa, String telepon, boolean setuju) {
        var m = new LinkedMultiValueMap<String, String>();
        m.add("desaKode", desa);
        m.add("nama", "Pemilik " + usaha);
        m.add("namaUsaha", usaha);
        m.add("skNomor", "188.4/EKRAF/UJI/" + UUID.randomUUID().toString().substring(0, 8));
        m.add("skTanggal", "2024-02-10");
        m.add("produk", "Virgin Coconut Oil (VCO) 250 ml");
        m.add("kapasitas", "80");
        m.add("kapasitasSatuan", "liter/bulan");
        m.add("pirtNomor", "2061404010009-99");
        m.add("pirtBerlakuSampai", "2029-12-31");
        m.add("halalNomor", "ID1411000099990224");
        m.add("halalBerlakuSampai", "2028-06-30");
        m.add("telepon", telepon);
        m.add("alamat", "Jalan Uji " + desa);
        m.add("publikasiKontak", String.valueOf(setuju));
        m.add("aktif", "true");
        return m;
    }

    private long buatProgram(int th, String judul) throws Exception {
        MvcResult r = mvc.perform(sebagai(PKK, post("/ekraf/program/baru").param("kecamatanKode", "14.04.07")
                .param("tahun", String.valueOf(th)).param("judul", judul)
                .param("rancangan", "Penyuluhan VCO, pembinaan, dukungan"))).andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).as(r.getResponse().getContentAsString()).startsWith("/ekraf/program/");
        return Long.parseLong(r.getResponse().getRedirectedUrl().substring("/ekraf/program/".length()));
    }

    private String berkasNomor(long id) {
        return jdbc.sql("select berkas_nomor from ekraf_program where id = ?").param(id).query(String.class).single();
    }

    private int langkahSelesai(long id) {
        return jdbc.sql("select langkah_selesai from ekraf_program where id = ?").param(id).query(Integer.class).single();
    }

    private static MultiValueMap<String, String> sesi(String jenis, String pelakuId, String hadir) {
        var m = new LinkedMultiValueMap<String, String>();
        m.add("jenis", jenis);
        m.add("tanggal", LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(1).toString());
        m.add("tempat", "Aula Kantor Camat Mandah");
        if (pelakuId != null) {
            m.add("pelakuId", pelakuId);
        }
        m.add("catatan", "Uji");
        m.add("hadir", hadir);
        return m;
    }

    private String kirimMultipart(String username, long id, MultiValueMap<String, String> isian, MockMultipartFile foto)
            throws Exception {
        var req = multipart("/ekraf/program/" + id + "/kegiatan");
        if (foto != null) {
            req.file(foto);
        }
        return kirim(username, req.params(isian));
    }

    private <B extends AbstractMockHttpServletRequestBuilder<B>> B sebagai(String username, B req) {
        return req.with(user(pengguna.loadUserByUsername(username))).with(csrf());
    }

    /** The page answered (following a redirect to the programme page once). */
    private <B extends AbstractMockHttpServletRequestBuilder<B>> String kirim(String username, B req) throws Exception {
        MvcResult r = mvc.perform(sebagai(username, req)).andReturn();
        String ke = r.getResponse().getRedirectedUrl();
        if (ke != null) {
            return mvc.perform(sebagai(username, get(ke))).andReturn().getResponse().getContentAsString();
        }
        return r.getResponse().getContentAsString();
    }

    private <B extends AbstractMockHttpServletRequestBuilder<B>> int status(String username, B req) throws Exception {
        return mvc.perform(sebagai(username, req)).andReturn().getResponse().getStatus();
    }

    private static byte[] png() throws IOException {
        var img = new BufferedImage(40, 30, BufferedImage.TYPE_INT_ARGB);
        var g = img.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, 40, 30);
        g.dispose();
        var out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
