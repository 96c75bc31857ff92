package id.pelita.akun.internal;

import id.pelita.PelitaTest;
import id.pelita.uji.KlienWeb;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** API clients authenticate with a bearer token over real HTTP; revoked and unknown tokens are refused. */
@PelitaTest
class TokenApiTest {

    @LocalServerPort
    int port;
    @Autowired
    TokenApiService token;
    @Autowired
    PenggunaRepository repo;

    @Test
    void aValidTokenActsAsItsUserAndARevokedOneIsRefused() {
        long id = repo.cariUsername("camat.reteh").orElseThrow().id();
        var baru = token.buat(id, "uji", Duration.ofDays(1));
        var web = new KlienWeb(port);

        var r = web.getJson("/api/v1/saya", baru.token());
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).contains("\"username\":\"camat.reteh\"").contains("\"wilayahKode\":\"14.04.01\"");
        // The token gives no session: the next call without it is anonymous.
        assertThat(web.getJson("/api/v1/saya", null).statusCode()).isEqualTo(401);

        assertThat(web.getJson("/api/v1/pengguna", baru.token()).statusCode()).isEqualTo(403);

        token.cabut(id, baru.id());
        var dicabut = web.getJson("/api/v1/saya", baru.token());
        assertThat(dicabut.statusCode()).isEqualTo(401);
        assertThat(dicabut.body()).contains("token-tidak-sah");
    }

    @Test
    void anExpiredOrUnknownTokenIsRefused() {
        long id = repo.cariUsername("camat.reteh").orElseThrow().id();
        var kedaluwarsa = token.buat(id, "lama", Duration.ofSeconds(-1));
        var web = new KlienWeb(port);
        assertThat(web.getJson("/api/v1/saya", kedaluwarsa.token()).statusCode()).isEqualTo(401);
        assertThat(web.getJson("/api/v1/saya", "plt_tidak-ada").statusCode()).isEqualTo(401);
    }

    @Test
    void onlyTheHashIsStored() {
        long id = repo.cariUsername("camat.reteh").orElseThrow().id();
        var baru = token.buat(id, "hash", Duration.ofDays(1));
        assertThat(TokenApiService.hash(baru.token())).hasSize(64).doesNotContain(baru.token());
    }
}
