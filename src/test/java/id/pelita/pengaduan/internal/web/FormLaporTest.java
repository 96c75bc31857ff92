package id.pelita.pengaduan.internal.web;

import id.pelita.PelitaTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** The public complaint form over real HTTP: what it stores, and each way it refuses. */
@PelitaTest
class FormLaporTest {

    static final String DESA = "14.04.01.1001";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    KlienLapor klien;

    @BeforeEach
    void siapkan() {
        klien = new KlienLapor(port);
        jdbc.sql("delete from pengaduan_batas").update(); // every test starts with fresh rate limits
    }

    static String teleponAcak() {
        return "0812" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    }

    /** A valid LAYANAN complaint with a unique description to find it by. */
    static Map<String, String> isian(String uraian) {
        Map<String, String> m = new HashMap<>();
        m.put("kategori", "LAYANAN");
        m.put("kecamatan", "14.04.01");
        m.put("desaKode", DESA);
        m.put("uraian", uraian);
        m.put("telepon", teleponAcak());
        m.put("email", "warga@contoh.id");
        m.put("nama", "Siti Rahmawati");
        return m;
    }

    static String unik(String awal) {
        return awal + " " + java.util.UUID.randomUUID();
    }

    static Map<String, String> denganCsrf(Map<String, String> m, KlienLapor.Form f) {
        m.put("_csrf", f.csrf());
        return m;
    }

    int jumlahDengan(String uraian) {
        return jdbc.sql("select count(*) from pengaduan where uraian = ?").param(uraian).query(Integer.class).single();
    }


    @Test
    void aComplaintWithAPhotoIsStoredWithTheCodeShownAndThePhotoCleaned() throws Exception {
        String uraian = unik("Surat pindah tidak selesai dua minggu");
        var m = isian(uraian);
        m.put("telepon", "0812-3456-7890");
        m.put("anonim", "true");
        var r = klien.lapor(m, List.of(new KlienLapor.Berkas("IMG_0001.jpg", "image/jpeg",
                Gambar.jpegDenganExif(2000, 1000))));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/lapor/terkirim");

        var terkirim = klien.get("/lapor/terkirim");
        assertThat(terkirim.statusCode()).isEqualTo(200);
        var baris = jdbc.sql("select id, kode, saluran, telepon, anonim, nama_pelapor from pengaduan where uraian = ?")
                .param(uraian).query().singleRow();
        assertThat(terkirim.body()).contains("data-test=\"kode-pelacakan\">" + baris.get("kode") + "<");
        assertThat(baris.get("saluran")).isEqualTo("WEB");
        assertThat(baris.get("telepon")).isEqualTo("6281234567890");
        assertThat(baris.get("anonim")).isEqualTo(true);
        // A reload does not show the code again.
        assertThat(klien.get("/lapor/terkirim").statusCode()).isEqualTo(302);

        var foto = jdbc.sql("select jenis, lebar, tinggi, isi from pengaduan_foto where pengaduan_id = ?")
                .param(baris.get("id")).query().listOfRows();
        assertThat(foto).hasSize(1);
        byte[] isi = (byte[]) foto.get(0).get("isi");
        assertThat(foto.get(0).get("jenis")).isEqualTo("image/jpeg");
        assertThat(isi[0] & 0xFF).isEqualTo(0xFF);
        assertThat(isi[1] & 0xFF).isEqualTo(0xD8);
        assertThat(Gambar.mengandung(isi, Gambar.PENANDA_EXIF)).as("EXIF text gone").isFalse();
        assertThat(Gambar.mengandung(isi, "Exif")).as("no EXIF block").isFalse();
        var gambar = ImageIO.read(new ByteArrayInputStream(isi));
        assertThat(gambar.getWidth()).isEqualTo(1600); // scaled to the longest side limit
        assertThat(gambar.getHeight()).isEqualTo(800);
        assertThat(foto.get(0).get("lebar")).isEqualTo(1600);
    }

    @Test
    void aPngIsAcceptedAndStoredAsJpeg() {
        String uraian = unik("Lampu jalan depan kantor desa mati");
        var r = klien.lapor(isian(uraian), List.of(new KlienLapor.Berkas("a.png", "image/png",
                Gambar.dalamFormat("png", 300, 200))));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(302);
        byte[] isi = jdbc.sql("select f.isi from pengaduan_foto f join pengaduan p on p.id = f.pengaduan_id "
                + "where p.uraian = ?").param(uraian).query(byte[].class).single();
        assertThat(isi[0] & 0xFF).isEqualTo(0xFF);
    }

    @Test
    void aGifOrAPdfCalledJpegIsRefused() {
        byte[] pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        for (var berkas : List.of(new KlienLapor.Berkas("foto.jpg", "image/jpeg", Gambar.dalamFormat("gif", 50, 50)),
                new KlienLapor.Berkas("foto.jpg", "image/jpeg", pdf))) {
            String uraian = unik("Petugas loket tidak ada di tempat");
            var r = klien.lapor(isian(uraian), List.of(berkas));
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(r.body()).contains("data-test=\"galat-foto\"").contains("Foto harus berupa berkas JPEG atau PNG.");
            assertThat(jumlahDengan(uraian)).isZero();
        }
    }

    @Test
    void anOversizePhotoIsRefused() {
        String uraian = unik("Antrean pelayanan KTP sangat panjang");
        byte[] besar = new byte[5 * 1024 * 1024 + 1024];
        byte[] jpeg = Gambar.dalamFormat("jpeg", 100, 100);
        System.arraycopy(jpeg, 0, besar, 0, jpeg.length);
        var r = klien.lapor(isian(uraian), List.of(new KlienLapor.Berkas("besar.jpg", "image/jpeg", besar)));
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Foto terlalu besar: paling besar 5 MB per foto.")
                .contains(uraian); // the entries come back with the message
        assertThat(jumlahDengan(uraian)).isZero();

        // Far over the multipart limit the request is refused while it is read, before any form code runs.
        byte[] sangatBesar = new byte[11 * 1024 * 1024];
        System.arraycopy(jpeg, 0, sangatBesar, 0, jpeg.length);
        var r2 = klien.lapor(isian(uraian), List.of(new KlienLapor.Berkas("besar.jpg", "image/jpeg", sangatBesar)));
        assertThat(r2.statusCode()).isIn(400, 413);
        assertThat(jumlahDengan(uraian)).isZero();
    }

    @Test
    void aFireReportWithoutLocationIsRefusedAndWithItAccepted() {
        String uraian = unik("Asap tebal dari lahan gambut di belakang sekolah");
        var m = isian(uraian);
        m.put("kategori", "KEBAKARAN");
        var r = klien.lapor(m, List.of());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("data-test=\"galat-lokasi\"").contains("wajib menyertakan lokasi");
        assertThat(jumlahDengan(uraian)).isZero();

        m.put("lintang", "-0,3512");
        m.put("bujur", "103.4871");
        assertThat(klien.lapor(m, List.of()).statusCode()).isEqualTo(302);
        var baris = jdbc.sql("select lintang, bujur from pengaduan where uraian = ?").param(uraian).query().singleRow();
        assertThat(((Number) baris.get("lintang")).doubleValue()).isEqualTo(-0.3512);
    }

    @Test
    void onePhoneNumberMayFileOnlyAFewComplaintsADay() {
        String telepon = teleponAcak();
        for (int i = 0; i < 3; i++) {
            var m = isian(unik("Jalan desa berlubang " + i));
            m.put("telepon", telepon);
            assertThat(klien.lapor(m, List.of()).statusCode()).isEqualTo(302);
        }
        String uraian = unik("Jalan desa berlubang lagi");
        var m = isian(uraian);
        m.put("telepon", telepon.replaceFirst("^0", "+62 "));
        var r = klien.lapor(m, List.of());
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.body()).contains("Terlalu banyak pengaduan dari alamat atau nomor ini");
        assertThat(jumlahDengan(uraian)).isZero();
    }

    @Test
    void oneIpAddressMayFileOnlyAFewComplaintsAnHour() {
        for (int i = 0; i < 6; i++) {
            assertThat(klien.lapor(isian(unik("Pelayanan surat lambat " + i)), List.of()).statusCode()).isEqualTo(302);
        }
        String uraian = unik("Pelayanan surat lambat sekali");
        var r = klien.lapor(isian(uraian), List.of());
        assertThat(r.statusCode()).isEqualTo(429);
        assertThat(r.body()).contains("Terlalu banyak pengaduan");
        assertThat(jumlahDengan(uraian)).isZero();
    }

    @Test
    void aFilledHoneypotStoresNothingButLooksFine() {
        String uraian = unik("Beli obat murah di situs kami");
        var m = isian(uraian);
        m.put("situsWeb", "http://spam.example");
        var r = klien.lapor(m, List.of());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("Laporan Anda sudah kami terima.").doesNotContain("kode-pelacakan");
        assertThat(jumlahDengan(uraian)).isZero();
    }

    @Test
    void aMissingForgedOrReusedChallengeIsRefused() {
        var f = klien.bukaForm();
        String path = "/lapor";
        String uraian = unik("Pegawai meminta uang tambahan");

        var tanpa = klien.postMultipart(path, denganCsrf(isian(uraian), f), List.of());
        assertThat(tanpa.statusCode()).isEqualTo(400);
        assertThat(tanpa.body()).contains("data-test=\"galat-altcha\"");

        // A wrong number for the same signed challenge, and a payload we never signed.
        var json = new org.json.JSONObject(new String(java.util.Base64.getDecoder().decode(f.altcha()), StandardCharsets.UTF_8));
        json.put("number", json.getLong("number") + 1);
        var palsu = denganCsrf(isian(uraian), f);
        palsu.put("altcha", java.util.Base64.getEncoder().encodeToString(json.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(klien.postMultipart(path, palsu, List.of()).statusCode()).isEqualTo(400);
        palsu.put("altcha", "bukan-base64-!!");
        assertThat(klien.postMultipart(path, palsu, List.of()).statusCode()).isEqualTo(400);
        assertThat(jumlahDengan(uraian)).isZero();

        var benar = denganCsrf(isian(uraian), f);
        benar.put("altcha", f.altcha());
        assertThat(klien.postMultipart(path, benar, List.of()).statusCode()).isEqualTo(302);
        String lagi = unik("Pegawai meminta uang tambahan lagi");
        var ulang = denganCsrf(isian(lagi), f);
        ulang.put("altcha", f.altcha());
        var r = klien.postMultipart(path, ulang, List.of());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("Pemeriksaan anti-spam tidak lolos");
        assertThat(jumlahDengan(lagi)).isZero();
    }

    @Test
    void markupInEveryFreeTextFieldComesBackEscaped() {
        String xss = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        var m = isian(xss + " uraian");
        m.put("desaKode", ""); // invalid, so the form comes back with every entry
        m.put("nama", xss);
        m.put("email", xss);
        m.put("telepon", xss);
        m.put("lintang", xss);
        m.put("bujur", xss);
        var r = klien.lapor(m, List.of());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).doesNotContain("<script>alert").doesNotContain("<img src=x")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;");

        String uraian = xss + " " + java.util.UUID.randomUUID();
        var sah = isian(uraian);
        sah.put("nama", xss);
        assertThat(klien.lapor(sah, List.of()).statusCode()).isEqualTo(302);
        var terkirim = klien.get("/lapor/terkirim").body();
        assertThat(terkirim).doesNotContain("<script>alert").doesNotContain("<img src=x");
        String kode = jdbc.sql("select kode from pengaduan where uraian = ?").param(uraian).query(String.class).single();
        var lacak = klien.get("/lacak/" + kode).body();
        assertThat(lacak).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("alert(");
    }
}
