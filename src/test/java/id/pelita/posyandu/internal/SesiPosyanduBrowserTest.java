package id.pelita.posyandu.internal;

import id.pelita.PelitaTest;
import id.pelita.uji.Peramban;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * kader.sungaiterap on a phone (360 × 740) opens today's session of a posyandu and measures three children, each
 * saved by its own htmx post: the card shows "saved" and the z-scores computed on the server, the page never
 * reloads, the values in the database are those typed, and nothing scrolls sideways.
 */
@PelitaTest
class SesiPosyanduBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    RepositoriPosyandu repo;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock jam;
    WebDriver b;

    @AfterEach
    void tutup() {
        if (b != null) {
            b.quit();
        }
    }

    @Test
    void aCadreMeasuresThreeChildrenOnAPhone() {
        LocalDate hariIni = LocalDate.now(jam);
        long posyandu = repo.simpanPosyandu("14.04.01.2004", "Posyandu Ponsel " + UUID.randomUUID().toString().substring(0, 6),
                null, null, null, "uji", OffsetDateTime.now());
        long[] anak = {
                repo.simpanAnak("14.04.01.2004", posyandu, null, null, "PONSEL SATU", "L", hariIni.minusMonths(9), null, null, "uji", OffsetDateTime.now()),
                repo.simpanAnak("14.04.01.2004", posyandu, null, null, "PONSEL DUA", "P", hariIni.minusMonths(18), null, null, "uji", OffsetDateTime.now()),
                repo.simpanAnak("14.04.01.2004", posyandu, null, null, "PONSEL TIGA", "L", hariIni.minusMonths(36), null, null, "uji", OffsetDateTime.now())};
        String[][] isian = {{"8,6", "71"}, {"10.2", "80.5"}, {"13,9", "95.2"}};

        b = Peramban.ponsel();
        Peramban.masuk(b, port, "kader.sungaiterap");
        b.get("http://127.0.0.1:" + port + "/posyandu/" + posyandu);
        klik(b.findElement(By.cssSelector("[data-test=buka-sesi]")));
        new WebDriverWait(b, Duration.ofSeconds(15))
                .until(x -> URI.create(x.getCurrentUrl()).getPath().startsWith("/posyandu/sesi/"));
        tidakGeserSamping();
        ((JavascriptExecutor) b).executeScript("window.tandaHalaman = 'masih-sama';");

        for (int i = 0; i < 3; i++) {
            WebElement kartu = b.findElement(By.id("anak-" + anak[i]));
            kartu.findElement(By.name("berat")).sendKeys(isian[i][0]);
            kartu.findElement(By.name("panjang")).sendKeys(isian[i][1]);
            klik(kartu.findElement(By.cssSelector("[data-test=simpan-anak]")));
            String id = "anak-" + anak[i];
            new WebDriverWait(b, Duration.ofSeconds(15)).until(x -> !x.findElements(
                    By.cssSelector("#" + id + " [data-test=tersimpan]")).isEmpty());
            WebElement hasil = b.findElement(By.cssSelector("#" + id + " [data-test=hasil]"));
            Map<String, Object> baris = jdbc.sql("select berat_kg, panjang_cm, zlen, zwei, cara_ukur from pengukuran_anak "
                    + "where anak_id = ?").param(anak[i]).query().singleRow();
            assertThat((BigDecimal) baris.get("berat_kg")).isEqualByComparingTo(isian[i][0].replace(',', '.'));
            assertThat((BigDecimal) baris.get("panjang_cm")).isEqualByComparingTo(isian[i][1]);
            // Default position by age: lying below 24 months, standing from 24.
            assertThat(baris.get("cara_ukur")).isEqualTo(i < 2 ? "TELENTANG" : "BERDIRI");
            assertThat(baris.get("zlen")).isNotNull();
            assertThat(new BigDecimal(hasil.getAttribute("data-zlen"))).isEqualByComparingTo((BigDecimal) baris.get("zlen"));
            String zTampil = hasil.findElement(By.cssSelector("[data-test=zlen]")).getText();
            assertThat(zTampil).isEqualTo(((BigDecimal) baris.get("zlen")).setScale(2).toPlainString().replace('.', ','));
            assertThat(hasil.getText()).contains("KMS");
            tidakGeserSamping();
        }
        assertThat(((JavascriptExecutor) b).executeScript("return window.tandaHalaman;")).isEqualTo("masih-sama");
        Peramban.simpanGambar(b, "kader-sesi-posyandu-ponsel");
    }

    private void tidakGeserSamping() {
        Long lebar = (Long) ((JavascriptExecutor) b).executeScript("return document.documentElement.scrollWidth;");
        assertThat(lebar).as("page width on a 360 px phone: " + b.getCurrentUrl()).isLessThanOrEqualTo(360L);
    }

    private void klik(WebElement e) {
        ((JavascriptExecutor) b).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", e);
        e.click();
    }
}
