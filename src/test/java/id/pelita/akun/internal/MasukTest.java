package id.pelita.akun.internal;

import id.pelita.PelitaTest;
import id.pelita.inti.Peran;
import id.pelita.uji.KlienWeb;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Login, logout and lock-out over a real socket, as a browser does them. */
@PelitaTest
class MasukTest {

    @LocalServerPort
    int port;
    @Autowired
    PenggunaRepository repo;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    PengaturanAkun pengaturan;

    private String penggunaBaru(String sandi) {
        String username = "uji." + UUID.randomUUID().toString().substring(0, 8);
        repo.simpanBaru(new Pengguna(null, username, "Pengguna Uji", null, null, encoder.encode(sandi), "14.04.01", null,
                true, 0, null, null, EnumSet.of(Peran.STAF)));
        return username;
    }

    @Test
    void signsInAndOutWithTheDemoOperator() {
        var web = new KlienWeb(port);
        HttpResponse<String> r = web.masuk("operator.sungaiterap", DataDemoAkun.SANDI_DEMO);
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location").orElseThrow()).endsWith("/beranda");
        HttpResponse<String> beranda = web.get("/beranda");
        assertThat(beranda.statusCode()).isEqualTo(200);
        assertThat(beranda.body()).contains("Dasbor Operator Desa").contains("Sungai");

        HttpResponse<String> keluar = web.postForm("/beranda", "/keluar", Map.of());
        assertThat(keluar.headers().firstValue("Location").orElseThrow()).contains("/masuk?keluar");
        HttpResponse<String> setelah = web.get("/beranda");
        assertThat(setelah.statusCode()).isEqualTo(302);
        assertThat(setelah.headers().firstValue("Location").orElseThrow()).endsWith("/masuk");
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void theSessionLivesInTheDatabaseSoAnyInstanceCanServeIt() {
        var web = new KlienWeb(port);
        web.masuk("pkk.reteh", DataDemoAkun.SANDI_DEMO);
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = 'pkk.reteh'")
                .query(Long.class).single()).isPositive();
    }

    @Test
    void wrongPasswordShowsAMessageInIndonesian() {
        var web = new KlienWeb(port);
        HttpResponse<String> r = web.masuk("operator.sungaiterap", "salah-sekali-123");
        assertThat(r.headers().firstValue("Location").orElseThrow()).contains("/masuk?galat");
        assertThat(web.get("/masuk?galat").body()).contains("Nama pengguna atau kata sandi salah.");
    }

    @Test
    void locksTheAccountAfterRepeatedFailuresEvenForTheRightPassword() {
        String sandi = "sandi-yang-benar-42";
        String username = penggunaBaru(sandi);
        var web = new KlienWeb(port);
        for (int i = 0; i < pengaturan.maksGagalLogin(); i++) {
            web.masuk(username, "keliru-" + i + "-xxxxxx");
        }
        HttpResponse<String> r = web.masuk(username, sandi);
        assertThat(r.headers().firstValue("Location").orElseThrow()).contains("/masuk?galat");
        assertThat(web.get("/masuk?galat").body()).contains("dikunci sementara");
        assertThat(repo.cariUsername(username).orElseThrow().terkunciSampai()).isNotNull();

        repo.bukaKunci(repo.cariUsername(username).orElseThrow().id());
        assertThat(new KlienWeb(port).masuk(username, sandi).headers().firstValue("Location").orElseThrow())
                .endsWith("/beranda");
    }

    @Test
    void failuresBelowTheLimitDoNotLockAndSuccessResetsTheCount() {
        String sandi = "sandi-yang-benar-42";
        String username = penggunaBaru(sandi);
        var web = new KlienWeb(port);
        for (int i = 0; i < pengaturan.maksGagalLogin() - 1; i++) {
            web.masuk(username, "keliru-" + i + "-xxxxxx");
        }
        assertThat(web.masuk(username, sandi).headers().firstValue("Location").orElseThrow()).endsWith("/beranda");
        assertThat(repo.cariUsername(username).orElseThrow().gagalLogin()).isZero();
    }

    @Test
    void deactivatedUserCannotSignIn() {
        String sandi = "sandi-yang-benar-42";
        String username = penggunaBaru(sandi);
        repo.aturAktif(repo.cariUsername(username).orElseThrow().id(), false);
        var web = new KlienWeb(port);
        assertThat(web.masuk(username, sandi).headers().firstValue("Location").orElseThrow()).contains("galat");
        assertThat(web.get("/masuk?galat").body()).contains("dinonaktifkan");
    }

    @Test
    void apiWithoutLoginAnswers401ProblemOverARealSocketNotALoginPage() {
        var web = new KlienWeb(port);
        HttpResponse<String> r = web.getJson("/api/v1/saya", null);
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(r.body()).contains("\"kode\":\"belum-masuk\"");
    }

    @Test
    void unknownPageGivesTheFriendly404ToASignedInUser() {
        var web = new KlienWeb(port);
        web.masuk("camat.reteh", DataDemoAkun.SANDI_DEMO);
        HttpResponse<String> r = web.get("/tidak-ada-halaman-ini");
        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).contains("Halaman tidak ditemukan");
    }

    @Test
    void pageOutsideTheRoleGivesTheFriendly403() {
        var web = new KlienWeb(port);
        web.masuk("operator.sungaiterap", DataDemoAkun.SANDI_DEMO);
        HttpResponse<String> r = web.get("/admin/pengguna");
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(r.body()).contains("Akses ditolak");
    }

    @Test
    void englishCanBeChosen() {
        var web = new KlienWeb(port);
        assertThat(web.get("/masuk?lang=en").body()).contains("Sign in").contains("Password");
        assertThat(web.get("/masuk").body()).contains("Password");
        assertThat(web.get("/masuk?lang=id").body()).contains("Kata sandi");
    }
}
