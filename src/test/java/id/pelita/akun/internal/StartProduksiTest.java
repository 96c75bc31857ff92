package id.pelita.akun.internal;

import id.pelita.PelitaApplication;
import id.pelita.uji.KlienWeb;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A production start (no demo profile, no PELITA_ADMIN_*) on an empty database creates no users, logs a
 * one-time setup token, and /setup turns it into the first administrator exactly once. Runs its own
 * application on a separate in-memory H2 database.
 */
@ExtendWith(OutputCaptureExtension.class)
class StartProduksiTest {

    @Test
    void firstStartOffersAOneTimeSetupTokenAndNoDemoUsers(CapturedOutput keluaran) {
        // Command-line arguments outrank application.properties, so this start cannot touch ./data.
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(PelitaApplication.class).run(
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:mem:produksi;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "--pelita.demo-data=false",
                "--pelita.admin.username=",
                // Production needs its personal-data key (PELITA_PDP_KEY); any 32 bytes do here.
                "--pelita.pdp.kunci=MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
                "--pelita.data-dir=target/produksi-test",
                "--flowable.async-executor-activate=false",
                "--logging.structured.format.console=")) {
            JdbcClient jdbc = app.getBean(JdbcClient.class);
            assertThat(jdbc.sql("select count(*) from pengguna").query(Long.class).single()).isZero();

            Matcher m = Pattern.compile("token sekali pakai ini: ([0-9a-f]{36})").matcher(keluaran.getOut());
            assertThat(m.find()).as("setup token in the log").isTrue();
            String token = m.group(1);
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            var web = new KlienWeb(port);

            var salah = web.postForm("/setup", "/setup", Map.of("token", "0".repeat(36), "username", "kepala",
                    "nama", "Admin Kantor", "sandi", "sandi-admin-kantor-1"));
            assertThat(salah.statusCode()).isEqualTo(200);
            assertThat(salah.body()).contains("Token salah atau sudah dipakai.");

            var benar = web.postForm("/setup", "/setup", Map.of("token", token, "username", "kepala",
                    "nama", "Admin Kantor", "sandi", "sandi-admin-kantor-1"));
            assertThat(benar.headers().firstValue("Location").orElseThrow()).contains("/masuk?setup");
            assertThat(jdbc.sql("select count(*) from pengguna_peran where peran = 'ADMIN'").query(Long.class).single())
                    .isEqualTo(1);
            // The setup page is gone once an administrator exists.
            assertThat(web.get("/setup").statusCode()).isEqualTo(404);
            assertThat(web.masuk("kepala", "sandi-admin-kantor-1").headers().firstValue("Location").orElseThrow())
                    .endsWith("/beranda");
        }
    }
}
