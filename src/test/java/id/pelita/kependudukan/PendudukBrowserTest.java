package id.pelita.kependudukan;

import id.pelita.PelitaTest;
import id.pelita.uji.Peramban;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A village operator on a phone (360 × 740) adds a family with its head, adds a child without a page reload
 * (htmx), and finds the family in the list through the live search; no page scrolls sideways.
 */
@PelitaTest
class PendudukBrowserTest {

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
    void operatorAddsAFamilyOnAPhoneAndSeesItInTheList() {
        b = Peramban.ponsel();
        String dasar = "http://127.0.0.1:" + port;
        Peramban.masuk(b, port, "operator.sungaiterap");

        b.get(dasar + "/penduduk");
        assertThat(b.findElement(By.cssSelector("[data-test=daftar-penduduk]")).getText()).contains("CONTOH SUDIRMAN");
        tidakGeserSamping();
        b.findElement(By.cssSelector("[data-test=tambah-keluarga]")).click();
        Peramban.tungguHalaman(b, "/penduduk/keluarga/baru");
        tidakGeserSamping();

        int seri = ThreadLocalRandom.current().nextInt(1000, 9999);
        String nama = "PERAMBAN UJI " + seri;
        b.findElement(By.id("noKk")).sendKeys("140401050520" + seri);
        b.findElement(By.id("alamat")).sendKeys("Jl. Ponsel No. 3");
        b.findElement(By.id("rt")).sendKeys("4");
        b.findElement(By.id("rw")).sendKeys("1");
        b.findElement(By.name("kepala.nik")).sendKeys("1404011705860" + (seri % 1000 == 0 ? "111" : String.format("%03d", seri % 1000)));
        b.findElement(By.name("kepala.nama")).sendKeys(nama);
        klik(b.findElement(By.cssSelector("input[name='kepala.jenisKelamin'][value=L]")));
        b.findElement(By.name("kepala.tempatLahir")).sendKeys("Sungai Terap");
        isiTanggal(b.findElement(By.name("kepala.tanggalLahir")), "1986-05-17");
        klik(b.findElement(By.cssSelector("[data-test=simpan-keluarga]")));

        new WebDriverWait(b, Duration.ofSeconds(15)).until(x -> {
            String path = URI.create(x.getCurrentUrl()).getPath();
            return path.startsWith("/penduduk/keluarga/") && !path.endsWith("/baru");
        });
        String halamanKeluarga = b.getCurrentUrl();
        assertThat(b.findElement(By.cssSelector("[data-test=daftar-anggota]")).getText()).contains(nama);
        tidakGeserSamping();

        // Add a child through htmx: the members section changes, the page does not reload.
        ((JavascriptExecutor) b).executeScript("window.tandaHalaman = 'masih-sama';");
        klik(b.findElement(By.cssSelector("[data-test=buka-tambah-anggota]")));
        b.findElement(By.id("nik")).sendKeys("1404010203150" + String.format("%03d", seri % 1000 == 0 ? 222 : seri % 1000));
        b.findElement(By.id("nama")).sendKeys("ANAK " + nama);
        klik(b.findElement(By.cssSelector("#anggota input[name=jenisKelamin][value=L]")));
        b.findElement(By.id("tempatLahir")).sendKeys("Tembilahan");
        isiTanggal(b.findElement(By.id("tanggalLahir")), "2015-03-02");
        klik(b.findElement(By.cssSelector("[data-test=simpan-anggota]")));
        new WebDriverWait(b, Duration.ofSeconds(15))
                .until(x -> !x.findElements(By.cssSelector("[data-test=anggota-ditambah]")).isEmpty());
        assertThat(b.findElement(By.cssSelector("[data-test=daftar-anggota]")).getText()).contains("ANAK " + nama);
        assertThat(((JavascriptExecutor) b).executeScript("return window.tandaHalaman;")).isEqualTo("masih-sama");
        assertThat(b.getCurrentUrl()).isEqualTo(halamanKeluarga);
        tidakGeserSamping();

        // The live search finds the new family.
        b.get(dasar + "/penduduk");
        b.findElement(By.id("q")).sendKeys("peramban uji " + seri);
        new WebDriverWait(b, Duration.ofSeconds(15)).until(x -> {
            var d = x.findElements(By.cssSelector("[data-test=daftar-penduduk]"));
            return !d.isEmpty() && d.get(0).getText().contains(nama) && !d.get(0).getText().contains("CONTOH");
        });
        tidakGeserSamping();
        Peramban.simpanGambar(b, "operator-penduduk-ponsel");
    }

    private void tidakGeserSamping() {
        Long lebar = (Long) ((JavascriptExecutor) b).executeScript("return document.documentElement.scrollWidth;");
        assertThat(lebar).as("page width on a 360 px phone: " + b.getCurrentUrl()).isLessThanOrEqualTo(360L);
    }

    /** Scrolls into view first: on a phone the button is often below the fold. */
    private void klik(WebElement e) {
        ((JavascriptExecutor) b).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", e);
        e.click();
    }

    /** Date inputs take keystrokes in the browser's locale order; the value property is the same everywhere. */
    private void isiTanggal(WebElement e, String iso) {
        ((JavascriptExecutor) b).executeScript("arguments[0].value = arguments[1];", e, iso);
    }
}
