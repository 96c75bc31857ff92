package id.pelita.layanan;

import id.pelita.PelitaTest;
import id.pelita.uji.Peramban;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A BSPPS coordination-meeting request (seed 002, Kec. Trawas) from filing to the register number, in a
 * real browser, through all four roles of the SOP: the applicant's steps recorded by staff, staff, the
 * section head (kasi kemasyarakatan) and the camat; with one send-back at the completeness check.
 */
@PelitaTest
class BsppsBrowserTest {

    @LocalServerPort
    int port;
    WebDriver b;

    @AfterEach
    void tutup() {
        if (b != null) {
            b.quit();
        }
    }

    private void masuk(String username) {
        b.manage().deleteAllCookies();
        Peramban.masuk(b, port, username);
    }

    /** Clicks like a person: the element is scrolled into the middle of the window first. */
    private void klik(WebElement e) {
        ((org.openqa.selenium.JavascriptExecutor) b).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", e);
        e.click();
    }

    /** On a task page: tick every required item, answer the decision if any, and complete. */
    private void kerjakan(String keputusan, String catatan) {
        for (WebElement kotak : b.findElements(By.name("kelengkapan"))) {
            if (!kotak.isSelected()) {
                klik(kotak);
            }
        }
        if (keputusan != null) {
            klik(b.findElement(By.id("keputusan-" + keputusan)));
        }
        if (catatan != null) {
            b.findElement(By.id("catatan")).sendKeys(catatan);
        }
        klik(b.findElement(By.id("tombol-selesai")));
        // Wait for the answer: back on the case page when done, or the form again with a message.
        new org.openqa.selenium.support.ui.WebDriverWait(b, java.time.Duration.ofSeconds(10)).until(d ->
                d.getCurrentUrl().contains("/layanan/berkas/") || d.getCurrentUrl().endsWith("/selesai"));
    }

    private void langkahBerikut(String nomor, int no) {
        b.get("http://127.0.0.1:" + port + "/layanan/berkas/" + nomor);
        klik(b.findElement(By.cssSelector("[data-test=kerjakan]")));
        assertThat(b.findElement(By.cssSelector("[data-test=judul-tugas]")).getText()).startsWith("Langkah " + no + ":");
    }

    private void dariKotakTugas(String nomor, int no) {
        b.get("http://127.0.0.1:" + port + "/layanan/tugas");
        klik(b.findElement(By.cssSelector("[data-test='tugas-" + nomor + "']")));
        assertThat(b.findElement(By.cssSelector("[data-test=judul-tugas]")).getText()).startsWith("Langkah " + no + ":");
    }

    @Test
    void aRequestGoesFromFilingToItsRegisterNumberThroughEveryRole() {
        b = Peramban.buka(1024, 800);
        masuk("staf.trawas");
        b.get("http://127.0.0.1:" + port + "/layanan/baru?sop=BSPPS-RAKOR");
        new Select(b.findElement(By.id("wilayahKode"))).selectByValue("35.16.04.2001");
        b.findElement(By.id("pemohonNama")).sendKeys("Korcam TKSK Trawas");
        b.findElement(By.id("ringkasan")).sendKeys("Rakor persiapan penyaluran BSPPS");
        klik(b.findElement(By.id("tombol-mulai")));
        new org.openqa.selenium.support.ui.WebDriverWait(b, java.time.Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("/layanan/berkas/"));
        String nomor = b.findElement(By.cssSelector("[data-test=nomor-berkas]")).getText();
        assertThat(nomor).startsWith("L-");

        langkahBerikut(nomor, 1);
        kerjakan(null, null);
        // Completeness check: "no" without a reason is refused with a clear message, then sent back.
        langkahBerikut(nomor, 2);
        kerjakan("tidak", null);
        assertThat(b.getPageSource()).contains("Tulis alasan mengembalikan berkas di catatan.");
        kerjakan("tidak", "Surat pengantar desa belum dilampirkan");
        langkahBerikut(nomor, 1);
        kerjakan(null, null);
        langkahBerikut(nomor, 2);
        kerjakan("ya", null);
        langkahBerikut(nomor, 3);
        kerjakan(null, null);

        masuk("kasi.trawas");
        dariKotakTugas(nomor, 4);
        kerjakan(null, null);

        masuk("camat.trawas");
        dariKotakTugas(nomor, 5);
        kerjakan(null, null);

        masuk("staf.trawas");
        dariKotakTugas(nomor, 6);
        kerjakan(null, null);
        dariKotakTugas(nomor, 7);
        kerjakan(null, null);

        assertThat(b.findElement(By.cssSelector("[data-test=status-berkas]")).getText()).isEqualTo("Selesai");
        assertThat(b.findElement(By.cssSelector("[data-test=nomor-register]")).getText())
                .matches("\\d{3}/[A-Z]+/[IVX]+/\\d{4}");
        assertThat(b.getPageSource()).contains("Surat pengantar desa belum dilampirkan").contains("kasi.trawas")
                .contains("camat.trawas");
        Peramban.simpanGambar(b, "bspps-selesai");
    }
}
