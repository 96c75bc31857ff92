package id.pelita.uji;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Debian's Chromium driven by Selenium, headless, never downloading a browser. Outside CI a machine without
 * Chromium skips browser tests with a message; in CI (CI=true) a missing browser is a failure.
 */
public final class Peramban {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Peramban() {
    }

    /** A phone-sized window (360 × 740 CSS pixels), the operators' usual screen. */
    public static WebDriver ponsel() {
        return buka(360, 740);
    }

    public static WebDriver buka(int lebar, int tinggi) {
        boolean ada = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (!ada && !"true".equalsIgnoreCase(System.getenv("CI"))) {
            Assumptions.abort("Chromium/chromedriver tidak terpasang (apt-get install chromium chromium-driver)");
        }
        try {
            Path profil = Files.createTempDirectory("pelita-chromium");
            var opsi = new ChromeOptions();
            opsi.setBinary(CHROMIUM.toFile());
            opsi.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--no-first-run", "--disable-quic", "--user-data-dir=" + profil,
                    "--window-size=" + lebar + "," + tinggi, "--lang=id");
            var layanan = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
            WebDriver d = new ChromeDriver(layanan, opsi);
            d.manage().window().setSize(new Dimension(lebar, tinggi));
            d.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
            return d;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Waits until the browser has navigated to a page whose path is {@code path}. A click on a submit button
     * can return before the navigation starts, so reading the URL right after it races the browser.
     */
    public static void tungguHalaman(WebDriver d, String path) {
        new org.openqa.selenium.support.ui.WebDriverWait(d, Duration.ofSeconds(15))
                .until(x -> path.equals(java.net.URI.create(x.getCurrentUrl()).getPath()));
    }

    /** Signs in as a demo user (password {@code pelita-demo-2026}) and waits until the dashboard is shown. */
    public static void masuk(WebDriver d, int port, String username) {
        d.get("http://127.0.0.1:" + port + "/masuk");
        d.findElement(org.openqa.selenium.By.id("username")).sendKeys(username);
        d.findElement(org.openqa.selenium.By.id("password")).sendKeys("pelita-demo-2026");
        d.findElement(org.openqa.selenium.By.id("tombol-masuk")).click();
        tungguHalaman(d, "/beranda");
    }

    /** Keeps a screenshot under target/screenshots for a person to look at. */
    public static void simpanGambar(WebDriver d, String nama) {
        try {
            File f = ((TakesScreenshot) d).getScreenshotAs(OutputType.FILE);
            Path tujuan = Path.of("target", "screenshots", nama + ".png");
            Files.createDirectories(tujuan.getParent());
            Files.copy(f.toPath(), tujuan, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
