package id.pelita.bansos;

import id.pelita.PelitaTest;
import id.pelita.akun.Akses;
import id.pelita.layanan.PengerjaLangkah;
import id.pelita.uji.KlienWeb;
import id.pelita.uji.PemeriksaPadesMandiri;
import id.pelita.uji.Peramban;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One BSPPS request on a 360-px phone: the TKSK files it in the browser with the village's cover letter; staff,
 * kasi and camat complete their steps through the same service their pages call (driving four roles in the
 * browser would only repeat the form); the TKSK then sees the signed letter, confirms receipt, downloads it and
 * checks it on the public verification page — unaltered passes, one changed byte fails.
 */
@PelitaTest
class RakorBsppsBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    PengerjaLangkah pengerja;
    @Autowired
    UserDetailsService pengguna;
    @Autowired
    ApplicationContext konteks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;
    WebDriver b;

    @AfterEach
    void tutup() {
        if (b != null) {
            b.quit();
        }
        SecurityContextHolder.clearContext();
    }

    void langkah(String nomorBerkas, int no, String username) {
        var u = pengguna.loadUserByUsername(username);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(u, null, u.getAuthorities()));
        var p = konteks.getBean(Akses.class).wajibMasuk();
        tx.executeWithoutResult(s -> pengerja.selesaikan(nomorBerkas, no, p, true, null, null));
        SecurityContextHolder.clearContext();
    }

    @Test
    void tkskFilesOnAPhoneAndChecksTheSignedLetter() throws Exception {
        b = Peramban.ponsel();
        String dasar = "http://127.0.0.1:" + port;
        Path pengantar = Files.createTempFile("pengantar-desa", ".pdf");
        Files.write(pengantar, "%PDF-1.4\n% surat pengantar desa Ketapanrame\n".getBytes());

        Peramban.masuk(b, port, "tksk.trawas");
        b.get(dasar + "/bansos/rakor");
        b.findElement(By.cssSelector("[data-test=ajukan]")).click();
        Peramban.tungguHalaman(b, "/bansos/rakor/baru");
        new Select(b.findElement(By.id("desaKode"))).selectByValue("35.16.04.2001");
        b.findElement(By.id("perihal")).sendKeys("Rakor persiapan penyaluran BSPPS tahap uji peramban");
        ((JavascriptExecutor) b).executeScript("document.getElementById('tanggalRakor').value = arguments[0];",
                LocalDate.now().plusDays(3).toString());
        b.findElement(By.id("tempat")).sendKeys("Pendopo Kecamatan Trawas");
        b.findElement(By.id("pengantar")).sendKeys(pengantar.toString());
        lebarPas();
        Peramban.simpanGambar(b, "bspps-ajukan-ponsel");
        klik(By.cssSelector("[data-test=kirim]"));
        new WebDriverWait(b, Duration.ofSeconds(20)).until(x -> x.getCurrentUrl().matches(".*/bansos/rakor/\\d+$"));
        assertThat(b.findElement(By.cssSelector("[data-test=status]")).getText()).contains("pemeriksaan");
        String nomorBerkas = b.findElement(By.cssSelector("[data-test=berkas]")).getText();
        long id = Long.parseLong(b.getCurrentUrl().replaceAll(".*/", ""));

        // staff check and process, kasi initials, camat signs, staff register
        langkah(nomorBerkas, 2, "staf.trawas");
        langkah(nomorBerkas, 3, "staf.trawas");
        langkah(nomorBerkas, 4, "kasi.trawas");
        langkah(nomorBerkas, 5, "camat.trawas");
        langkah(nomorBerkas, 6, "staf.trawas");

        b.navigate().refresh();
        assertThat(b.findElement(By.cssSelector("[data-test=surat]")).getText()).contains("KEMAS");
        klik(By.cssSelector("[data-test=terima]"));
        new WebDriverWait(b, Duration.ofSeconds(15)).until(x -> x.findElement(By.cssSelector("[data-test=status]"))
                .getText().contains("Selesai"));
        lebarPas();
        Peramban.simpanGambar(b, "bspps-surat-ponsel");

        // the download link of the page gives the signed PDF
        String unduh = b.findElement(By.cssSelector("[data-test=unduh]")).getAttribute("href");
        var klien = new KlienWeb(port);
        klien.masuk("tksk.trawas", "pelita-demo-2026");
        byte[] pdf = klien.getBytes(java.net.URI.create(unduh).getPath()).body();
        assertThat(PemeriksaPadesMandiri.periksa(pdf).sah()).isTrue();
        Path asli = Files.createTempFile("surat-rakor", ".pdf");
        Files.write(asli, pdf);
        byte[] rusak = pdf.clone();
        rusak[pdf.length / 2] ^= 0x01;
        Path ubah = Files.createTempFile("surat-rakor-diubah", ".pdf");
        Files.write(ubah, rusak);
        String nomorSurat = jdbc.sql("select nomor_surat from bansos_rakor where id = ?").param(id).query(String.class).single();

        // the public verification page, as a citizen holding the letter (signed out)
        String verifikasi = b.findElement(By.cssSelector("[data-test=verifikasi]")).getAttribute("href");
        b.manage().deleteAllCookies();
        b.get(verifikasi);
        assertThat(b.findElement(By.cssSelector("[data-test=nomor]")).getText()).isEqualTo(nomorSurat);
        assertThat(b.findElement(By.cssSelector("[data-test=penanda]")).getText()).contains("Camat Trawas");
        b.findElement(By.id("berkas")).sendKeys(asli.toString());
        klik(By.cssSelector("form button[type=submit]"));
        assertThat(b.findElement(By.cssSelector("[data-test=hasil]")).getText()).contains("ASLI dan UTUH");
        lebarPas();
        Peramban.simpanGambar(b, "bspps-verifikasi-ponsel");
        b.findElement(By.id("berkas")).sendKeys(ubah.toString());
        klik(By.cssSelector("form button[type=submit]"));
        assertThat(b.findElement(By.cssSelector("[data-test=hasil]")).getText()).contains("TIDAK sama");
    }

    /** Scrolls the element to the middle of the small screen first (the sticky footer may cover it). */
    private void klik(By by) {
        var el = b.findElement(by);
        ((JavascriptExecutor) b).executeScript("arguments[0].scrollIntoView({block: 'center'});", el);
        ((JavascriptExecutor) b).executeScript("arguments[0].click();", el);
    }

    private void lebarPas() {
        Long lebar = (Long) ((JavascriptExecutor) b).executeScript("return document.documentElement.scrollWidth;");
        assertThat(lebar).as("page width on a 360 px phone: " + b.getCurrentUrl()).isLessThanOrEqualTo(360L);
    }
}
