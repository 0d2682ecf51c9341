package org.zhaoshang.crm.journeys;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real headless Chromium (Debian's chromium + chromium-driver; no browser download) for end-to-end
 * journeys. Waits on conditions, never sleeps.
 */
final class BrowserSession implements AutoCloseable {

    static final String CHROMIUM = System.getProperty("crm.e2e.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("crm.e2e.chromedriver", "/usr/bin/chromedriver");

    final ChromeDriver driver;
    final WebDriverWait wait;
    private final String baseUrl;

    BrowserSession(int port, int width, int height) {
        if (!new File(CHROMIUM).canExecute() || !new File(CHROMEDRIVER).canExecute()) {
            throw new IllegalStateException("Chromium or chromedriver missing (" + CHROMIUM + ", " + CHROMEDRIVER
                    + "): install the Debian packages chromium chromium-driver fonts-noto-cjk (.ci/run does)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--lang=zh-CN", "--window-size=" + width + "," + height);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(60));
        this.baseUrl = "http://localhost:" + port;
    }

    WebDriver open(String path) {
        driver.get(baseUrl + path);
        return driver;
    }

    /** Logs in through the Chinese login form and waits for the application shell. */
    void login(String username, String password) {
        open("/login");
        WebElement user = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#vaadinLoginUsername input")));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("#vaadinLoginPassword input")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-side-nav")));
    }

    Path screenshot(String name) throws IOException {
        Path target = Path.of("target", "screenshots", name + ".png");
        Files.createDirectories(target.getParent());
        Files.write(target, driver.getScreenshotAs(OutputType.BYTES));
        return target;
    }

    @Override
    public void close() {
        driver.quit();
    }
}
