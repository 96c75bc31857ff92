package id.pelita.beranda;

import id.pelita.PelitaTest;
import id.pelita.uji.Peramban;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A village operator signs in on a phone-sized Chromium window and lands on their own dashboard. */
@PelitaTest
class OperatorDesaBrowserTest {

    @LocalServerPort
    int port;
    WebDriver browser;

    @AfterEach
    void tutup() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void operatorSignsInAndSeesTheirVillageDashboard() {
        browser = Peramban.ponsel();
        browser.get("http://127.0.0.1:" + port + "/beranda");
        // Not signed in: sent to the login page.
        assertThat(browser.getCurrentUrl()).endsWith("/masuk");
        browser.findElement(By.id("username")).sendKeys("operator.sungaiterap");
        browser.findElement(By.id("password")).sendKeys("salah-sandinya-123");
        browser.findElement(By.id("tombol-masuk")).click();
        assertThat(browser.findElement(By.cssSelector("[data-test=galat-masuk]")).getText())
                .contains("Nama pengguna atau kata sandi salah");

        browser.findElement(By.id("username")).clear();
        browser.findElement(By.id("username")).sendKeys("operator.sungaiterap");
        browser.findElement(By.id("password")).clear();
        browser.findElement(By.id("password")).sendKeys("pelita-demo-2026");
        browser.findElement(By.id("tombol-masuk")).click();

        Peramban.tungguHalaman(browser, "/beranda");
        assertThat(browser.findElement(By.cssSelector("[data-test=judul-dasbor]")).getText())
                .isEqualTo("Dasbor Operator Desa");
        assertThat(browser.findElement(By.cssSelector("[data-test=cakupan]")).getText())
                .contains("Sungaiterap").contains("Reteh");
        assertThat(browser.getPageSource()).contains("Penduduk desa").doesNotContain("/admin/pengguna");
        Peramban.simpanGambar(browser, "operator-dasbor-ponsel");
        // The page fits the phone: no horizontal scrolling.
        Long lebarHalaman = (Long) ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth;");
        String terlebar = (String) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "let w = null; for (const e of document.querySelectorAll('body *')) { const r = e.getBoundingClientRect();"
                        + " if (r.right > 360 && (!w || r.right > w.r)) w = {r: r.right, d: e.tagName + '.' + e.className"
                        + " + ' ' + (e.textContent || '').trim().slice(0, 40)}; } return w ? w.d : '';");
        assertThat(lebarHalaman).as("page wider than the phone; widest element: %s", terlebar).isLessThanOrEqualTo(360L);
        assertThat(lebarHalaman).isLessThanOrEqualTo(360L);
    }
}
