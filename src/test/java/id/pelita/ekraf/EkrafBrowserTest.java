package id.pelita.ekraf;

import id.pelita.PelitaTest;
import id.pelita.uji.Peramban;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The public catalogue and the programme page on a 360-px phone: the demo data shows, nothing scrolls sideways. */
@PelitaTest
class EkrafBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    WebDriver b;

    @AfterEach
    void tutup() {
        if (b != null) {
            b.quit();
        }
    }

    @Test
    void katalogDanHalamanProgramMuatDiPonsel() {
        b = Peramban.ponsel();
        String dasar = "http://127.0.0.1:" + port;
        b.get(dasar + "/katalog-ekraf?kecamatan=14.04.07");
        assertThat(b.findElements(By.cssSelector("[data-test=entri-katalog]"))).hasSizeGreaterThanOrEqualTo(3);
        assertThat(b.getPageSource()).contains("VCO Kelapa Murni Khairiah").contains("081234567801")
                .doesNotContain("081234567802"); // the Bente producer did not agree to publish
        periksaLebar("katalog-ekraf-ponsel");

        long program = jdbc.sql("select min(id) from ekraf_program where kecamatan_kode = '14.04.07' and dibuat_oleh = 'sistem'")
                .query(Long.class).single();
        Peramban.masuk(b, port, "camat.mandah");
        b.get(dasar + "/ekraf/program/" + program);
        assertThat(b.findElement(By.cssSelector("[data-test=langkah-menunggu]")).getText()).contains("Langkah 2");
        assertThat(b.findElements(By.cssSelector("[data-test=selesaikan-langkah]"))).hasSize(1);
        assertThat(b.findElements(By.cssSelector("[data-test=form-kegiatan]"))).hasSize(1);
        periksaLebar("program-ekraf-ponsel");
    }

    private void periksaLebar(String gambar) {
        Long lebar = (Long) ((JavascriptExecutor) b).executeScript("return document.documentElement.scrollWidth;");
        assertThat(lebar).as("page width on a 360 px phone: " + b.getCurrentUrl()).isLessThanOrEqualTo(360L);
        Peramban.simpanGambar(b, gambar);
    }
}
