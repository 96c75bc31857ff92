package id.pelita.pengaduan.internal.web;

import id.pelita.PelitaTest;
import id.pelita.uji.Peramban;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A citizen on a 360-px phone files a complaint on /lapor (the browser solves the real proof-of-work) and
 * follows it with its code on /lacak; no page scrolls sideways.
 */
@PelitaTest
class LaporBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    WebDriver b;

    @BeforeEach
    void bersihkanBatas() {
        jdbc.sql("delete from pengaduan_batas").update();
    }

    @AfterEach
    void tutup() {
        if (b != null) {
            b.quit();
        }
    }

    private void klik(WebElement e) {
        ((JavascriptExecutor) b).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", e);
        e.click();
    }

    private void tanpaGulirSamping(String halaman) {
        Object lebih = ((JavascriptExecutor) b).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(((Number) lebih).intValue()).as("horizontal scroll on %s", halaman).isLessThanOrEqualTo(0);
    }

    @Test
    void aCitizenFilesAComplaintOnAPhoneAndTracksIt() {
        b = Peramban.ponsel();
        b.get("http://127.0.0.1:" + port + "/lapor");
        tanpaGulirSamping("/lapor");
        new WebDriverWait(b, Duration.ofSeconds(30)).until(d ->
                d.findElement(By.id("status-tantangan")).getText().equals("Siap dikirim."));

        klik(b.findElement(By.id("kategori-LAYANAN")));
        new Select(b.findElement(By.id("kecamatan"))).selectByValue("14.04.01");
        new Select(b.findElement(By.id("desaKode"))).selectByValue("14.04.01.1001");
        b.findElement(By.id("uraian")).sendKeys("Pelayanan surat keterangan usaha di kantor desa sangat lambat.");
        b.findElement(By.id("telepon")).sendKeys("0812 1111 2222");
        klik(b.findElement(By.id("anonim")));
        Peramban.simpanGambar(b, "lapor-ponsel");
        klik(b.findElement(By.id("tombol-kirim")));
        Peramban.tungguHalaman(b, "/lapor/terkirim");

        String kode = b.findElement(By.cssSelector("[data-test=kode-pelacakan]")).getText();
        assertThat(kode).matches("PK-[2-9A-HJKMNP-Z]{6}");
        tanpaGulirSamping("/lapor/terkirim");
        Peramban.simpanGambar(b, "lapor-terkirim-ponsel");
        assertThat(jdbc.sql("select saluran from pengaduan where kode = ?").param(kode).query(String.class).single())
                .isEqualTo("WEB");

        b.get("http://127.0.0.1:" + port + "/lacak");
        tanpaGulirSamping("/lacak");
        b.findElement(By.id("kode")).sendKeys(kode.toLowerCase().replace("-", " "));
        klik(b.findElement(By.id("tombol-lacak")));
        Peramban.tungguHalaman(b, "/lacak/" + kode);
        assertThat(b.findElement(By.cssSelector("[data-test=status]")).getText()).startsWith("DITERIMA");
        assertThat(b.findElement(By.cssSelector("[data-test=kategori]")).getText()).isEqualTo("Pengaduan layanan kecamatan lainnya");
        assertThat(b.getPageSource()).doesNotContain("sangat lambat").doesNotContain("2222");
        tanpaGulirSamping("/lacak/" + kode);
        Peramban.simpanGambar(b, "lacak-ponsel");
    }

    @Test
    void aFireIsReportedWithAPinOnTheMapServedFromOurJar() {
        b = Peramban.ponsel();
        b.get("http://127.0.0.1:" + port + "/lapor");
        klik(b.findElement(By.id("kategori-KEBAKARAN")));
        new Select(b.findElement(By.id("desaKode"))).selectByValue("14.04.07.2001");
        b.findElement(By.id("uraian")).sendKeys("Asap tebal dari lahan gambut di belakang sekolah dasar.");
        klik(b.findElement(By.id("tombol-peta")));
        // Leaflet comes from the WebJar; the OpenStreetMap tiles cannot load here, the pin still works.
        new WebDriverWait(b, Duration.ofSeconds(15)).until(d -> ((JavascriptExecutor) d)
                .executeScript("return !!document.querySelector('#peta.leaflet-container');"));
        klik(b.findElement(By.id("peta")));
        assertThat(b.findElement(By.id("lintang")).getAttribute("value")).matches("-?\\d+\\.\\d{6}");
        assertThat(b.findElements(By.cssSelector("#peta .leaflet-marker-icon"))).hasSize(1);
        tanpaGulirSamping("/lapor with map");
        Peramban.simpanGambar(b, "lapor-peta-ponsel");
        new WebDriverWait(b, Duration.ofSeconds(30)).until(d ->
                d.findElement(By.id("status-tantangan")).getText().equals("Siap dikirim."));
        klik(b.findElement(By.id("tombol-kirim")));
        Peramban.tungguHalaman(b, "/lapor/terkirim");
        String kode = b.findElement(By.cssSelector("[data-test=kode-pelacakan]")).getText();
        var baris = jdbc.sql("select kategori, lintang, bujur from pengaduan where kode = ?").param(kode).query().singleRow();
        assertThat(baris.get("kategori")).isEqualTo("KEBAKARAN");
        assertThat(baris.get("lintang")).isNotNull();
        assertThat(baris.get("bujur")).isNotNull();
    }
}
