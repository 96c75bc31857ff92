package id.pelita.kependudukan;

import id.pelita.PelitaTest;
import id.pelita.uji.Peramban;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The statistics pages on a 360-px phone: the pyramid is drawn and nothing scrolls sideways. */
@PelitaTest
class PendudukStatistikBrowserTest {

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
    void publicAndStaffStatisticsFitAPhone() {
        b = Peramban.ponsel();
        String dasar = "http://127.0.0.1:" + port;
        b.get(dasar + "/statistik/penduduk?wilayah=14.04.01");
        periksa("statistik-publik-ponsel");

        Peramban.masuk(b, port, "operator.sungaiterap");
        b.get(dasar + "/penduduk/statistik");
        assertThat(b.findElement(By.cssSelector("[data-test=nama-wilayah]")).getText()).contains("Sungaiterap");
        periksa("statistik-operator-ponsel");
    }

    private void periksa(String gambar) {
        var svg = b.findElement(By.cssSelector("svg[data-test=piramida]"));
        assertThat(svg.getSize().getWidth()).isGreaterThan(200);
        assertThat(svg.findElements(By.tagName("rect"))).hasSize(32);
        Long lebar = (Long) ((JavascriptExecutor) b).executeScript("return document.documentElement.scrollWidth;");
        assertThat(lebar).as("page width on a 360 px phone: " + b.getCurrentUrl()).isLessThanOrEqualTo(360L);
        Peramban.simpanGambar(b, gambar);
    }
}
