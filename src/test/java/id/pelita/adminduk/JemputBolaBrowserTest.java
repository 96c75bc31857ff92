package id.pelita.adminduk;

import id.pelita.PelitaTest;
import id.pelita.uji.Peramban;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kecamatan staff on a phone (360 px) open a jemput bola batch and read a village's vulnerable residents from the
 * register; a village operator opens the batch. No page scrolls sideways. Nothing is proposed (the Desa Bader demo
 * residents stay free for other runs).
 */
@PelitaTest
class JemputBolaBrowserTest {

    @LocalServerPort
    int port;
    WebDriver b;

    @AfterEach
    void tutup() {
        if (b != null) {
            b.quit();
        }
    }

    @Test
    void stafMembukaAngkatanDiPonsel() {
        b = Peramban.ponsel();
        String dasar = "http://127.0.0.1:" + port;
        Peramban.masuk(b, port, "staf.dolopo");
        b.get(dasar + "/adminduk/jemput-bola");
        tidakGeserSamping();
        String nama = "Peramban " + ThreadLocalRandom.current().nextInt(1000, 9999);
        b.findElement(By.id("nama")).sendKeys(nama);
        b.findElement(By.cssSelector("[data-test=form-angkatan] button")).submit();
        new org.openqa.selenium.support.ui.WebDriverWait(b, java.time.Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().matches(".*/adminduk/jemput-bola/\\d+.*"));
        String halaman = b.getCurrentUrl().replaceAll("#.*$", "");
        assertThat(b.findElement(By.tagName("h1")).getText()).isEqualTo(nama);
        tidakGeserSamping();
        b.findElement(By.linkText("Bader")).click();
        Peramban.tungguHalaman(b, halaman.substring(dasar.length()) + "/calon/35.19.02.2006");
        assertThat(b.findElement(By.cssSelector("[data-test=daftar-calon]")).getText()).contains("CONTOH SUPARMI")
                .doesNotContain("CONTOH SAMINEM");
        tidakGeserSamping();
        Peramban.simpanGambar(b, "jemput-bola-calon-ponsel");
        b.get(halaman + "/rute");
        tidakGeserSamping();
    }

    private void tidakGeserSamping() {
        Long lebar = (Long) ((JavascriptExecutor) b).executeScript("return document.documentElement.scrollWidth;");
        assertThat(lebar).as("page width on a 360 px phone: " + b.getCurrentUrl()).isLessThanOrEqualTo(360L);
    }
}
