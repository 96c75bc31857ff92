package id.pelita.pengaduan.internal.whatsapp;

import id.pelita.PelitaTest;
import id.pelita.pengaduan.PengaduanDiterima;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The webhook over a real socket, as Meta calls it: no login, no cookie, no CSRF token; deliveries signed
 * with the app secret of the test profile. Processing is asynchronous, so each step waits until the inbox has
 * nothing left waiting.
 */
@PelitaTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookWhatsAppTest {

    static final String TOKEN = "uji-token-verifikasi";
    static final String RAHASIA = "uji-rahasia-aplikasi";
    static final Pattern KODE = Pattern.compile("PK-[2-9A-HJKMNP-Z]{6}");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ConfigurableApplicationContext konteks;

    final HttpClient http = HttpClient.newHttpClient();
    final List<PengaduanDiterima> peristiwa = new CopyOnWriteArrayList<>();
    final ApplicationListener<ApplicationEvent> pendengar = e -> {
        if (e instanceof PayloadApplicationEvent<?> pe && pe.getPayload() instanceof PengaduanDiterima p) {
            peristiwa.add(p);
        }
    };

    @BeforeAll
    void dengar() {
        konteks.addApplicationListener(pendengar);
    }

    @AfterAll
    void berhenti() {
        konteks.removeApplicationListener(pendengar);
    }

    // --- handshake

    @Test
    void handshakeAnswersTheChallengeForTheRightToken() throws Exception {
        var r = get("/webhook/whatsapp?hub.mode=subscribe&hub.verify_token=" + TOKEN + "&hub.challenge=1158201444");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("1158201444");
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    }

    @Test
    void handshakeRefusesAWrongTokenAWrongModeAndMissingParameters() throws Exception {
        assertThat(get("/webhook/whatsapp?hub.mode=subscribe&hub.verify_token=salah&hub.challenge=1").statusCode())
                .isEqualTo(403);
        assertThat(get("/webhook/whatsapp?hub.mode=unsubscribe&hub.verify_token=" + TOKEN + "&hub.challenge=1")
                .statusCode()).isEqualTo(403);
        assertThat(get("/webhook/whatsapp?hub.mode=subscribe&hub.verify_token=" + TOKEN.substring(1)
                + "&hub.challenge=1").statusCode()).isEqualTo(403);
        assertThat(get("/webhook/whatsapp").statusCode()).isEqualTo(403);
    }

    // --- signature

    @Test
    void aValidlySignedDeliveryIsStoredAsReceivedAndAnswered200() throws Exception {
        String payload = PayloadCloudApi.status(telepon(), "wamid." + UUID.randomUUID());
        long sebelum = jumlahKiriman();
        var r = post(payload, tandaTangan(payload, RAHASIA));
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Set-Cookie")).as("no session for Meta").isEmpty();
        tunggu();
        assertThat(jumlahKiriman()).isEqualTo(sebelum + 1);
        Map<String, Object> baris = jdbc.sql("select payload, status, jumlah_pesan, jumlah_status from "
                + "pengaduan_wa_kiriman order by id desc fetch first 1 rows only").query().singleRow();
        assertThat(new String((byte[]) baris.get("payload"), StandardCharsets.UTF_8)).isEqualTo(payload);
        assertThat(baris.get("status")).isEqualTo("DIPROSES");
        assertThat(((Number) baris.get("jumlah_pesan")).intValue()).isZero();
        assertThat(((Number) baris.get("jumlah_status")).intValue()).isEqualTo(1);
        // The delivery was handed over through the event publication registry, which marks it done.
        assertThat(jdbc.sql("select count(*) from event_publication where event_type like '%KirimanMasuk'")
                .query(Long.class).single()).isPositive();
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("select count(*) from event_publication "
                + "where event_type like '%KirimanMasuk' and completion_date is null").query(Long.class).single() == 0);
    }

    @Test
    void aDeliveryWithAnInvalidOrMissingSignatureIs401AndNotStored() throws Exception {
        String payload = PayloadCloudApi.teks(telepon(), "Siti", "wamid." + UUID.randomUUID(), "Halo");
        long sebelum = jumlahKiriman();
        for (String tt : new String[]{tandaTangan(payload, "rahasia-lain"), tandaTangan(payload + " ", RAHASIA),
                "sha256=bukan-heksadesimal", "sha1=" + tandaTangan(payload, RAHASIA).substring(7), null}) {
            var r = post(payload, tt);
            assertThat(r.statusCode()).as("signature %s", tt).isEqualTo(401);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
            assertThat(r.body()).contains("tanda-tangan-tidak-sah");
        }
        assertThat(jumlahKiriman()).isEqualTo(sebelum);
    }

    @Test
    void malformedJsonWithAValidSignatureIsAcknowledgedAndRecordedAsUnprocessable() throws Exception {
        for (String rusak : new String[]{"{\"object\": \"whatsapp_business_account\", \"entry\": [", "{\"object\": \"page\"}"}) {
            var r = post(rusak, tandaTangan(rusak, RAHASIA));
            assertThat(r.statusCode()).isEqualTo(200);
            tunggu();
            Map<String, Object> baris = jdbc.sql("select status, catatan from pengaduan_wa_kiriman order by id desc "
                    + "fetch first 1 rows only").query().singleRow();
            assertThat(baris.get("status")).isEqualTo("TIDAK_TERPROSES");
            assertThat((String) baris.get("catatan")).isNotBlank();
        }
    }

    // --- idempotency

    @Test
    void theSameMessageDeliveredTwiceIsProcessedOnce() throws Exception {
        String hp = telepon();
        String id = "wamid." + UUID.randomUUID();
        String payload = PayloadCloudApi.teks(hp, "Budi", id, "Halo");
        assertThat(post(payload, tandaTangan(payload, RAHASIA)).statusCode()).isEqualTo(200);
        tunggu();
        assertThat(post(payload, tandaTangan(payload, RAHASIA)).statusCode()).isEqualTo(200);
        tunggu();
        assertThat(jdbc.sql("select count(*) from pengaduan_wa_pesan where pesan_id = ?").param(id)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(balasan(hp)).hasSize(1);
        assertThat(jdbc.sql("select catatan from pengaduan_wa_kiriman order by id desc fetch first 1 rows only")
                .query(String.class).single()).contains("duplikat");
        // The conversation moved one step only: the next message is read as the category choice.
        assertThat(jdbc.sql("select tahap from pengaduan_wa_percakapan where telepon = ?").param(hp)
                .query(String.class).single()).isEqualTo("KATEGORI");
    }

    // --- conversation

    @Test
    void aCompleteConversationFilesAComplaintAndRepliesWithItsCode() throws Exception {
        String hp = telepon();
        String salam = kirimTeks(hp, "Halo, saya mau lapor");
        assertThat(salam).contains("NIK").contains("UU 27/2022").contains("1. Dugaan stunting")
                .contains("2. Kebakaran, asap, atau titik api");
        assertThat(kirimTeks(hp, "2")).contains("Kebakaran, asap, atau titik api").contains("desa");
        String pilihan = kirimTeks(hp, "Concong");
        assertThat(pilihan).contains("1. Desa Concong Dalam").contains("Concong Luar").contains("Concong Tengah");
        assertThat(kirimTeks(hp, "1")).contains("Concong Dalam");
        assertThat(kirimTeks(hp, "Ada asap tebal dari lahan gambut di belakang sekolah"))
                .contains("foto").contains("LEWATI");
        String g = kirim(PayloadCloudApi.gambar(hp, "Rina Uji", "wamid." + UUID.randomUUID(), "1003383421387256",
                "asapnya"), hp);
        assertThat(g).contains("Foto diterima").contains("WAJIB");
        String ringkasan = kirim(PayloadCloudApi.lokasi(hp, "Rina Uji", "wamid." + UUID.randomUUID(), -0.512345,
                103.456789), hp);
        assertThat(ringkasan).contains("Ringkasan").contains("Concong Dalam").contains("Ada asap tebal")
                .contains("-0.51235, 103.45679").contains("YA");
        String akhir = kirimTeks(hp, "ya");
        Matcher m = KODE.matcher(akhir);
        assertThat(m.find()).as(akhir).isTrue();
        String kode = m.group();

        Map<String, Object> p = jdbc.sql("select * from pengaduan where kode = ?").param(kode).query().singleRow();
        assertThat(p.get("kategori")).isEqualTo("KEBAKARAN");
        assertThat(p.get("desa_kode")).isEqualTo("14.04.18.2002");
        assertThat(p.get("kecamatan_kode")).isEqualTo("14.04.18");
        assertThat(p.get("uraian")).isEqualTo("Ada asap tebal dari lahan gambut di belakang sekolah");
        assertThat(p.get("saluran")).isEqualTo("WHATSAPP");
        assertThat(p.get("telepon")).isEqualTo(hp);
        assertThat(p.get("nama_pelapor")).as("the latest profile name").isEqualTo("Warga Uji");
        assertThat(p.get("foto_media_id")).isEqualTo("1003383421387256");
        assertThat(((Number) p.get("lintang")).doubleValue()).isEqualTo(-0.512345);
        assertThat(((Number) p.get("bujur")).doubleValue()).isEqualTo(103.456789);
        assertThat(p.get("status")).isEqualTo("DITERIMA");
        assertThat(p.get("dibuat_pada")).isNotNull();
        assertThat(peristiwa).contains(new PengaduanDiterima(kode, "KEBAKARAN", "14.04.18.2002", "WHATSAPP"));
        // Every reply carries a key unique to its incoming message, for the outbox.
        assertThat(balasan(hp)).extracting(Balasan::kunciUnik).doesNotHaveDuplicates()
                .allMatch(k -> k.startsWith("wa:wamid."));
        // The conversation starts over afterwards.
        assertThat(kirimTeks(hp, "halo lagi")).contains("Selamat datang");
    }

    @Test
    void aFireReportWithoutLocationIsRefusedWithAClearMessage() throws Exception {
        String hp = telepon();
        kirimTeks(hp, "Halo");
        kirimTeks(hp, "2");
        assertThat(kirimTeks(hp, "desa trawas")).contains("Trawas");
        kirimTeks(hp, "Titik api di hutan lereng Penanggungan");
        assertThat(kirimTeks(hp, "lewati")).contains("WAJIB");
        assertThat(kirimTeks(hp, "lewati")).contains("tidak dapat dikirim tanpa lokasi");
        assertThat(kirimTeks(hp, "YA")).contains("Bagikan lokasi");
        assertThat(jdbc.sql("select count(*) from pengaduan where telepon = ?").param(hp).query(Long.class).single())
                .isZero();
    }

    @Test
    void stuntingPromptWarnsAgainstSendingNikOrHealthDetails() throws Exception {
        String hp = telepon();
        kirimTeks(hp, "Selamat pagi");
        assertThat(kirimTeks(hp, "1")).contains("JANGAN kirim NIK").contains("data kesehatan anak")
                .contains("UU 27/2022");
        assertThat(kirimTeks(hp, "Desa Antah Berantah")).contains("tidak ditemukan");
        assertThat(kirimTeks(hp, "9")).contains("tidak ditemukan");
    }

    @Test
    void optionalStepsCanBeSkippedAndCekReturnsTheStatus() throws Exception {
        String hp = telepon();
        String kode = ajukanLayanan(hp);
        String lengkap = kirimTeks(hp, "cek " + kode.toLowerCase().replace("-", ""));
        assertThat(lengkap).contains(kode).contains("DITERIMA").contains("Sungaiterap")
                .contains("Pengaduan layanan kecamatan lainnya");

        String orangLain = telepon();
        String singkat = kirimTeks(orangLain, "CEK " + kode);
        assertThat(singkat).contains(kode).contains("DITERIMA").doesNotContain("Sungaiterap")
                .doesNotContain("Pengaduan layanan");
        assertThat(kirimTeks(orangLain, "CEK PK-222222")).contains("tidak ditemukan");
        // CEK did not start a conversation for the other phone.
        assertThat(kirimTeks(orangLain, "Halo")).contains("Selamat datang");
    }

    @Test
    void aConversationSilentFor24HoursStartsOver() throws Exception {
        String hp = telepon();
        kirimTeks(hp, "Halo");
        kirimTeks(hp, "3");
        jdbc.sql("update pengaduan_wa_percakapan set diperbarui = ? where telepon = ?")
                .params(Instant.now().minus(Duration.ofHours(25)).atOffset(ZoneOffset.UTC), hp).update();
        assertThat(kirimTeks(hp, "Sanglar")).contains("Selamat datang");
    }

    @Test
    void batalStartsOver() throws Exception {
        String hp = telepon();
        kirimTeks(hp, "Halo");
        kirimTeks(hp, "3");
        assertThat(kirimTeks(hp, "BATAL")).contains("dibatalkan").contains("Pilih kategori");
        assertThat(kirimTeks(hp, "1")).contains("Dugaan stunting");
    }

    // --- helpers

    private String ajukanLayanan(String hp) throws Exception {
        kirimTeks(hp, "Halo");
        kirimTeks(hp, "3");
        kirimTeks(hp, "Sungai Terap");
        kirimTeks(hp, "Antrean surat pengantar sangat lama di kantor");
        assertThat(kirimTeks(hp, "lewati")).contains("LEWATI").doesNotContain("WAJIB");
        assertThat(kirimTeks(hp, "lewati")).contains("Foto: tidak ada").contains("Lokasi: tidak ada");
        Matcher m = KODE.matcher(kirimTeks(hp, "YA"));
        assertThat(m.find()).isTrue();
        return m.group();
    }

    private String kirimTeks(String hp, String isi) throws Exception {
        return kirim(PayloadCloudApi.teks(hp, "Warga Uji", "wamid." + UUID.randomUUID(), isi), hp);
    }

    /** Sends one signed delivery and returns the reply it caused (the last one to that phone). */
    private String kirim(String payload, String hp) throws Exception {
        int sebelum = balasan(hp).size();
        assertThat(post(payload, tandaTangan(payload, RAHASIA)).statusCode()).isEqualTo(200);
        tunggu();
        List<Balasan> semua = balasan(hp);
        assertThat(semua).as("a reply to %s", hp).hasSizeGreaterThan(sebelum);
        return semua.get(semua.size() - 1).teks();
    }

    /** A reply as it sits in the notification outbox (the real PengirimBalasan stores it there). */
    record Balasan(String teks, String kunciUnik) {
    }

    /** The replies to one phone, oldest first: WhatsApp rows of the outbox keyed by an incoming message. */
    private List<Balasan> balasan(String hp) {
        return jdbc.sql("select isi, kunci_unik from notifikasi_keluar where saluran = 'WHATSAPP' and tujuan = ? "
                        + "and kunci_unik like 'wa:%' order by id").param(hp)
                .query((rs, i) -> new Balasan(rs.getString(1), rs.getString(2))).list();
    }

    /** Until every stored delivery has been split and every message handled. */
    private void tunggu() {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20)).until(() ->
                jdbc.sql("select (select count(*) from pengaduan_wa_kiriman where status = 'BARU') "
                        + "+ (select count(*) from pengaduan_wa_pesan where status = 'BARU')").query(Long.class)
                        .single() == 0);
    }

    private long jumlahKiriman() {
        return jdbc.sql("select count(*) from pengaduan_wa_kiriman").query(Long.class).single();
    }

    static String telepon() {
        return "62812" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
    }

    static String tandaTangan(String payload, String rahasia) {
        return "sha256=" + HexFormat.of().formatHex(TandaTanganWebhook.hmac(payload.getBytes(StandardCharsets.UTF_8),
                rahasia));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String payload, String tandaTangan) throws Exception {
        var b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhook/whatsapp"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(payload, StandardCharsets.UTF_8));
        if (tandaTangan != null) {
            b.header("X-Hub-Signature-256", tandaTangan);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
