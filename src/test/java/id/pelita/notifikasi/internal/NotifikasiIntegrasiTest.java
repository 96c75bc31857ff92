package id.pelita.notifikasi.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import id.pelita.PelitaTest;
import id.pelita.inti.GalatValidasi;
import id.pelita.notifikasi.Notifikasi;
import id.pelita.notifikasi.PercakapanMasuk;
import id.pelita.notifikasi.PesanKeluar;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;

/**
 * The outbox end to end: rows written in the caller's transaction, idempotency, the WhatsApp sender
 * against a WireMock stand-in for the Cloud API, retries, racing senders, e-mail through GreenMail and
 * the in-app page. Senders are built here on the application's repository with a test clock, as the
 * scheduler is off in tests.
 */
@PelitaTest
class NotifikasiIntegrasiTest {

    static final String PATH = "/v21.0/1234567890/messages";
    static WireMockServer wa;

    @RegisterExtension
    static GreenMailExtension surel = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired Notifikasi notifikasi;
    @Autowired RepositoriNotifikasi repo;
    @Autowired JendelaPercakapan jendela;
    @Autowired TransactionTemplate tx;
    @Autowired JdbcClient jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired MockMvc mvc;
    @Autowired UserDetailsService pengguna;

    JamUji jam;

    /** A clock the test moves. */
    static final class JamUji extends Clock {
        volatile Instant sekarang;

        JamUji(Instant awal) {
            sekarang = awal;
        }

        void maju(Duration d) {
            sekarang = sekarang.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return sekarang;
        }
    }

    @BeforeAll
    static void mulai() {
        wa = new WireMockServer(options().dynamicPort());
        wa.start();
    }

    @AfterAll
    static void henti() {
        wa.stop();
    }

    @BeforeEach
    void siapkan() {
        wa.resetAll();
        // The shared context's other tests leave real messages waiting (complaint forwarding, WhatsApp replies):
        // park them so each test here sends only its own rows within a batch.
        jdbc.sql("update notifikasi_keluar set berikutnya = ? where status = 'MENUNGGU' and berikutnya < ?")
                .params(java.time.OffsetDateTime.parse("2100-01-01T00:00:00Z"), java.time.OffsetDateTime.parse("2100-01-01T00:00:00Z"))
                .update();
        jam = new JamUji(Instant.now().plusSeconds(1).truncatedTo(java.time.temporal.ChronoUnit.MILLIS)); // databases keep microseconds
    }

    // --- helpers

    static String teleponBaru() {
        return "62812" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
    }

    static String kunci() {
        return "uji-" + UUID.randomUUID();
    }

    void kirimDalamTx(PesanKeluar p) {
        tx.executeWithoutResult(s -> notifikasi.kirim(p));
    }

    BarisKeluar baris(String kunciUnik) {
        long id = jdbc.sql("select id from notifikasi_keluar where kunci_unik = ?").param(kunciUnik).query(Long.class).single();
        return repo.cari(id).orElseThrow();
    }

    long jumlahBaris(String kunciUnik) {
        return jdbc.sql("select count(*) from notifikasi_keluar where kunci_unik = ?").param(kunciUnik).query(Long.class).single();
    }

    PengirimOutbox mesinWa(String nama, int batch, int maksPercobaan, String token) {
        PengirimWhatsApp p = new PengirimWhatsApp(new PengaturanWhatsApp(wa.baseUrl(), "v21.0", "1234567890", token, "id",
                Duration.ofSeconds(5)), RestClient.builder(), jendela);
        return new PengirimOutbox(repo, List.of(p), new PengaturanNotifikasi(batch, maksPercobaan, Duration.ofMinutes(1),
                Duration.ofHours(1), Duration.ofMinutes(2)), jam, nama);
    }

    PengirimOutbox mesinWa() {
        return mesinWa("uji", 50, 10, "rahasia");
    }

    static MappingBuilder kePenerima(String telepon) {
        return post(urlEqualTo(PATH)).withRequestBody(matchingJsonPath("$.to", equalTo(telepon)));
    }

    static String jawabanSukses(String id) {
        return "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"x\",\"wa_id\":\"x\"}],\"messages\":[{\"id\":\"" + id + "\"}]}";
    }

    int permintaanKe(String telepon) {
        return wa.findAll(postRequestedFor(urlEqualTo(PATH)).withRequestBody(matchingJsonPath("$.to", equalTo(telepon)))).size();
    }

    // --- transactional outbox

    @Test
    void rowCommitsAndRollsBackWithTheCallersTransaction() {
        String jadi = kunci();
        String batal = kunci();
        tx.executeWithoutResult(s -> notifikasi.kirim(PesanKeluar.email("warga@contoh.id", "Subjek", "Isi", jadi)));
        tx.executeWithoutResult(s -> {
            notifikasi.kirim(PesanKeluar.email("warga@contoh.id", "Subjek", "Isi", batal));
            s.setRollbackOnly(); // the business change failed
        });
        assertThat(jumlahBaris(jadi)).isEqualTo(1);
        assertThat(baris(jadi).status()).isEqualTo(StatusKeluar.MENUNGGU);
        assertThat(jumlahBaris(batal)).isZero();
    }

    @Test
    void kirimOutsideATransactionIsRefused() {
        String k = kunci();
        assertThatThrownBy(() -> notifikasi.kirim(PesanKeluar.email("warga@contoh.id", "S", "I", k)))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(jumlahBaris(k)).isZero();
    }

    @Test
    void sameKeyIsStoredOnce() {
        String k = kunci();
        String telepon = teleponBaru();
        kirimDalamTx(PesanKeluar.whatsapp(telepon, "Halo", "status_pengaduan", List.of("A1"), k));
        kirimDalamTx(PesanKeluar.whatsapp(telepon, "Halo lagi", "status_pengaduan", List.of("A2"), k));
        tx.executeWithoutResult(s -> {
            notifikasi.kirim(PesanKeluar.aplikasi("camat.trawas", "S", "I", k));
            notifikasi.kirim(PesanKeluar.aplikasi("camat.trawas", "S", "I", k));
        });
        assertThat(jumlahBaris(k)).isEqualTo(1);
        assertThat(baris(k).isi()).isEqualTo("Halo");
        assertThat(baris(k).parameterTemplat()).containsExactly("A1");
    }

    @Test
    void malformedMessagesAreRefusedWithAReason() {
        assertThatThrownBy(() -> kirimDalamTx(PesanKeluar.whatsapp("+6281234567890", "Halo", null, null, null)))
                .isInstanceOfSatisfying(GalatValidasi.class,
                        g -> assertThat(g.galat()).containsEntry("tujuan", "notifikasi.galat.tujuan.whatsapp"));
        assertThatThrownBy(() -> kirimDalamTx(PesanKeluar.whatsapp("6281234567890", " ", null, null, null)))
                .isInstanceOfSatisfying(GalatValidasi.class,
                        g -> assertThat(g.galat()).containsEntry("isi", "notifikasi.galat.isi.whatsapp"));
        assertThatThrownBy(() -> kirimDalamTx(PesanKeluar.email("bukan-surel", "S", "I", null)))
                .isInstanceOfSatisfying(GalatValidasi.class,
                        g -> assertThat(g.galat()).containsEntry("tujuan", "notifikasi.galat.tujuan.email"));
    }

    // --- WhatsApp

    @Test
    void textInsideTheWindowTemplateOutsideBearerTokenAndProviderIdStored() {
        String dalam = teleponBaru();
        String luar = teleponBaru();
        tx.executeWithoutResult(s -> {
            events.publishEvent(new PercakapanMasuk(dalam, jam.instant().minus(Duration.ofHours(1))));
            events.publishEvent(new PercakapanMasuk(luar, jam.instant().minus(Duration.ofHours(25))));
        });
        wa.stubFor(kePenerima(dalam).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(jawabanSukses("wamid.TEKS"))));
        wa.stubFor(kePenerima(luar).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                .withBody(jawabanSukses("wamid.TEMPLAT"))));
        String k1 = kunci();
        String k2 = kunci();
        kirimDalamTx(PesanKeluar.whatsapp(dalam, "Pengaduan PGD-1 sedang ditangani.", "status_pengaduan", List.of("PGD-1", "ditangani"), k1));
        kirimDalamTx(PesanKeluar.whatsapp(luar, "Pengaduan PGD-2 sedang ditangani.", "status_pengaduan", List.of("PGD-2", "ditangani"), k2));

        mesinWa().kirimYangJatuhTempo();

        wa.verify(1, postRequestedFor(urlEqualTo(PATH))
                .withHeader("Authorization", equalTo("Bearer rahasia"))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"messaging_product":"whatsapp","recipient_type":"individual","to":"%s","type":"text",
                         "text":{"preview_url":false,"body":"Pengaduan PGD-1 sedang ditangani."}}""".formatted(dalam))));
        wa.verify(1, postRequestedFor(urlEqualTo(PATH))
                .withHeader("Authorization", equalTo("Bearer rahasia"))
                .withRequestBody(equalToJson("""
                        {"messaging_product":"whatsapp","recipient_type":"individual","to":"%s","type":"template",
                         "template":{"name":"status_pengaduan","language":{"code":"id"},
                           "components":[{"type":"body","parameters":[{"type":"text","text":"PGD-2"},{"type":"text","text":"ditangani"}]}]}}"""
                        .formatted(luar))));
        BarisKeluar b1 = baris(k1);
        assertThat(b1.status()).isEqualTo(StatusKeluar.TERKIRIM);
        assertThat(b1.idPenyedia()).isEqualTo("wamid.TEKS");
        assertThat(b1.percobaan()).isEqualTo(1);
        assertThat(b1.terkirimPada()).isNotNull();
        assertThat(baris(k2).idPenyedia()).isEqualTo("wamid.TEMPLAT");
    }

    @Test
    void outsideTheWindowWithoutTemplateFailsPermanentlyWithoutCallingWhatsApp() {
        String telepon = teleponBaru();
        String k = kunci();
        kirimDalamTx(PesanKeluar.whatsapp(telepon, "Teks bebas", null, null, k));
        mesinWa().kirimYangJatuhTempo();
        assertThat(permintaanKe(telepon)).isZero();
        assertThat(baris(k).status()).isEqualTo(StatusKeluar.GAGAL_PERMANEN);
        assertThat(baris(k).galatTerakhir()).contains("24 jam");
    }

    @Test
    void retriesAfter503WithBackoffThenSendsExactlyOnce() {
        String telepon = teleponBaru();
        wa.stubFor(kePenerima(telepon).inScenario("pulih").whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503).withBody("{\"error\":{\"message\":\"Service unavailable\"}}"))
                .willSetStateTo("pulih"));
        wa.stubFor(kePenerima(telepon).inScenario("pulih").whenScenarioStateIs("pulih")
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody(jawabanSukses("wamid.PULIH"))));
        String k = kunci();
        kirimDalamTx(PesanKeluar.whatsapp(telepon, null, "status_pengaduan", List.of("PGD-3"), k));
        PengirimOutbox mesin = mesinWa();

        mesin.kirimYangJatuhTempo();
        BarisKeluar gagal = baris(k);
        assertThat(gagal.status()).isEqualTo(StatusKeluar.MENUNGGU);
        assertThat(gagal.percobaan()).isEqualTo(1);
        assertThat(gagal.galatTerakhir()).contains("503");
        assertThat(gagal.berikutnya()).isEqualTo(jam.instant().plus(Duration.ofMinutes(1)));

        mesin.kirimYangJatuhTempo(); // not due yet
        assertThat(permintaanKe(telepon)).isEqualTo(1);

        jam.maju(Duration.ofSeconds(61));
        mesin.kirimYangJatuhTempo();
        jam.maju(Duration.ofHours(2));
        mesin.kirimYangJatuhTempo(); // nothing left to send

        assertThat(permintaanKe(telepon)).isEqualTo(2);
        BarisKeluar b = baris(k);
        assertThat(b.status()).isEqualTo(StatusKeluar.TERKIRIM);
        assertThat(b.percobaan()).isEqualTo(2);
        assertThat(b.idPenyedia()).isEqualTo("wamid.PULIH");
        assertThat(b.galatTerakhir()).isNull();
    }

    @Test
    void temporaryFailuresBecomePermanentAfterTheLastAttempt() {
        String telepon = teleponBaru();
        wa.stubFor(kePenerima(telepon).willReturn(aResponse().withStatus(429).withBody("{}")));
        String k = kunci();
        kirimDalamTx(PesanKeluar.whatsapp(telepon, null, "status_pengaduan", null, k));
        PengirimOutbox mesin = mesinWa("uji", 50, 3, "rahasia");
        for (int i = 0; i < 5; i++) {
            mesin.kirimYangJatuhTempo();
            jam.maju(Duration.ofHours(1));
        }
        assertThat(permintaanKe(telepon)).isEqualTo(3);
        assertThat(baris(k).status()).isEqualTo(StatusKeluar.GAGAL_PERMANEN);
        assertThat(baris(k).percobaan()).isEqualTo(3);
    }

    @Test
    void backoffDoublesAndIsCapped() {
        PengaturanNotifikasi p = new PengaturanNotifikasi(20, 10, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofMinutes(2));
        assertThat(Arrays.asList(p.jeda(1), p.jeda(2), p.jeda(3), p.jeda(6), p.jeda(7), p.jeda(10))).containsExactly(
                Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(32),
                Duration.ofHours(1), Duration.ofHours(1));
    }

    @Test
    void badRequestIsPermanentAndNeverRetried() {
        String telepon = teleponBaru();
        wa.stubFor(kePenerima(telepon).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("{\"error\":{\"message\":\"(#132001) Template name does not exist in the translation\",\"code\":132001}}")));
        String k = kunci();
        kirimDalamTx(PesanKeluar.whatsapp(telepon, null, "tidak_ada", null, k));
        PengirimOutbox mesin = mesinWa();
        mesin.kirimYangJatuhTempo();
        jam.maju(Duration.ofHours(2));
        mesin.kirimYangJatuhTempo();
        assertThat(permintaanKe(telepon)).isEqualTo(1);
        BarisKeluar b = baris(k);
        assertThat(b.status()).isEqualTo(StatusKeluar.GAGAL_PERMANEN);
        assertThat(b.percobaan()).isEqualTo(1);
        assertThat(b.galatTerakhir()).contains("400").contains("132001");
    }

    @Test
    void withoutConfigurationRowsWaitWithAReason() {
        String k = kunci();
        kirimDalamTx(PesanKeluar.whatsapp(teleponBaru(), null, "status_pengaduan", null, k));
        mesinWa("uji", 50, 10, "").kirimYangJatuhTempo();
        PengirimOutbox tanpaSurel = new PengirimOutbox(repo, List.of(new PengirimEmail(null, "pelita@contoh.id")),
                new PengaturanNotifikasi(50, 10, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofMinutes(2)), jam, "uji");
        String ks = kunci();
        kirimDalamTx(PesanKeluar.email("warga@contoh.id", "S", "I", ks));
        tanpaSurel.kirimYangJatuhTempo();

        assertThat(wa.getAllServeEvents()).isEmpty();
        assertThat(baris(k).status()).isEqualTo(StatusKeluar.MENUNGGU);
        assertThat(baris(k).percobaan()).isZero();
        assertThat(baris(k).galatTerakhir()).contains("WhatsApp belum dikonfigurasi");
        assertThat(baris(ks).status()).isEqualTo(StatusKeluar.MENUNGGU);
        assertThat(baris(ks).galatTerakhir()).contains("spring.mail.host");
    }

    @Test
    void twoSendersRacingNeverSendARowTwice() throws Exception {
        // A little latency so the two senders overlap.
        wa.stubFor(post(urlEqualTo(PATH)).willReturn(aResponse().withStatus(200).withFixedDelay(5)
                .withHeader("Content-Type", "application/json").withBody(jawabanSukses("wamid.BALAPAN"))));
        List<String> telepon = new ArrayList<>();
        List<String> kunci = new ArrayList<>();
        tx.executeWithoutResult(s -> {
            for (int i = 0; i < 40; i++) {
                String t = teleponBaru();
                String k = kunci();
                telepon.add(t);
                kunci.add(k);
                notifikasi.kirim(PesanKeluar.whatsapp(t, null, "status_pengaduan", List.of("P" + i), k));
            }
        });
        List<PengirimOutbox> mesin = List.of(mesinWa("a", 4, 10, "rahasia"), mesinWa("b", 4, 10, "rahasia"));
        CyclicBarrier mulai = new CyclicBarrier(2);
        ExecutorService exec = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> hasil = new ArrayList<>();
            for (PengirimOutbox m : mesin) {
                hasil.add(exec.submit(() -> {
                    mulai.await();
                    int total = 0;
                    for (int putaran = 0; putaran < 200; putaran++) {
                        int n = m.kirimYangJatuhTempo();
                        total += n;
                        if (n == 0 && sisa(kunci) == 0) {
                            break;
                        }
                    }
                    return total;
                }));
            }
            for (Future<Integer> f : hasil) {
                f.get();
            }
        } finally {
            exec.shutdownNow();
        }
        for (String t : telepon) {
            assertThat(permintaanKe(t)).as("requests to %s", t).isEqualTo(1);
        }
        for (String k : kunci) {
            assertThat(baris(k).status()).isEqualTo(StatusKeluar.TERKIRIM);
            assertThat(baris(k).percobaan()).isEqualTo(1);
        }
    }

    private long sisa(List<String> kunci) {
        return jdbc.sql("select count(*) from notifikasi_keluar where kunci_unik in (:k) and status in ('MENUNGGU', 'MENGIRIM')")
                .param("k", kunci).query(Long.class).single();
    }

    // --- e-mail

    @Test
    void emailGoesOutThroughSmtp() throws Exception {
        JavaMailSenderImpl smtp = new JavaMailSenderImpl();
        smtp.setHost("127.0.0.1");
        smtp.setPort(surel.getSmtp().getPort());
        PengirimOutbox mesin = new PengirimOutbox(repo, List.of(new PengirimEmail(smtp, "pelita@trawas.go.id")),
                new PengaturanNotifikasi(50, 10, Duration.ofMinutes(1), Duration.ofHours(1), Duration.ofMinutes(2)), jam, "uji");
        String k = kunci();
        String alamat = "camat-" + UUID.randomUUID() + "@trawas.go.id";
        kirimDalamTx(PesanKeluar.email(alamat, "Pengaduan baru PGD-9", "Ada pengaduan baru di Desa Trawas.\nMohon ditindaklanjuti.", k));

        mesin.kirimYangJatuhTempo();

        MimeMessage[] diterima = Arrays.stream(surel.getReceivedMessages())
                .filter(m -> { try { return m.getAllRecipients()[0].toString().equals(alamat); } catch (Exception e) { return false; } })
                .toArray(MimeMessage[]::new);
        assertThat(diterima).hasSize(1);
        assertThat(diterima[0].getSubject()).isEqualTo("Pengaduan baru PGD-9");
        assertThat(diterima[0].getFrom()[0].toString()).isEqualTo("pelita@trawas.go.id");
        assertThat(com.icegreen.greenmail.util.GreenMailUtil.getBody(diterima[0])).contains("Ada pengaduan baru di Desa Trawas.");
        BarisKeluar b = baris(k);
        assertThat(b.status()).isEqualTo(StatusKeluar.TERKIRIM);
        assertThat(b.idPenyedia()).isEqualTo(diterima[0].getMessageID());
    }

    // --- in-app

    @Test
    void inAppPageShowsOnlyTheUsersOwnNotificationsAndMarksRead() throws Exception {
        String tanda = UUID.randomUUID().toString().substring(0, 8);
        String kCamat = kunci();
        String kStaf = kunci();
        long sebelum = notifikasi.belumDibaca("camat.trawas");
        tx.executeWithoutResult(s -> {
            notifikasi.kirim(PesanKeluar.aplikasi("camat.trawas", "Pengaduan baru " + tanda, "Untuk camat <b>" + tanda + "</b>", kCamat));
            notifikasi.kirim(PesanKeluar.aplikasi("staf.trawas", "Tugas " + tanda, "Untuk staf " + tanda, kStaf));
        });
        assertThat(notifikasi.belumDibaca("camat.trawas")).isEqualTo(sebelum + 1);
        assertThat(baris(kCamat).status()).isEqualTo(StatusKeluar.TERKIRIM);

        var camat = user(pengguna.loadUserByUsername("camat.trawas"));
        String html = mvc.perform(get("/notifikasi").with(camat)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("Pengaduan baru " + tanda).contains("Untuk camat &lt;b&gt;" + tanda)
                .doesNotContain("Untuk staf " + tanda);
        assertThat(html).contains("data-test=\"notifikasi-belum-dibaca\"");

        long idStaf = baris(kStaf).id();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/notifikasi/{id}/baca", idStaf)
                .with(camat).with(csrf())).andExpect(status().isNotFound());
        assertThat(baris(kStaf).dibacaPada()).isNull();

        long idCamat = baris(kCamat).id();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/notifikasi/{id}/baca", idCamat)
                .with(camat).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(baris(kCamat).dibacaPada()).isNotNull();
        assertThat(notifikasi.belumDibaca("camat.trawas")).isEqualTo(sebelum);
    }
}
