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

    /** The native input of the Vaadin field (text field, combo box, date picker …) with this label. */
    WebElement field(String label) {
        return untilFound("field-" + label, () -> wait.until(d -> (WebElement) driver.executeScript("""
                const fields = [...document.querySelectorAll('vaadin-text-field, vaadin-big-decimal-field, vaadin-integer-field,\
                  vaadin-combo-box, vaadin-date-picker, vaadin-text-area, vaadin-email-field, vaadin-password-field')];
                const f = fields.findLast(e => e.label === arguments[0] && e.getClientRects().length > 0);
                return f ? f.querySelector('input, textarea') : null;""", label)));
    }

    /** Types into a field and leaves it, so the value reaches the server. */
    void type(String label, String text) {
        WebElement input = field(label);
        input.clear();
        input.sendKeys(text);
        input.sendKeys(org.openqa.selenium.Keys.TAB);
    }

    /** Types into a combo box and picks the first suggestion. */
    void pick(String label, String text) {
        WebElement input = field(label);
        input.sendKeys(text);
        wait.until(d -> (Boolean) driver.executeScript(
                "return [...document.querySelectorAll('vaadin-combo-box-item')].some(i => i.getClientRects().length > 0);"));
        input.sendKeys(org.openqa.selenium.Keys.ARROW_DOWN, org.openqa.selenium.Keys.ENTER);
        input.sendKeys(org.openqa.selenium.Keys.TAB);
    }

    /** Opens the vaadin-select with this label and chooses the item with this text. */
    void select(String label, String item) {
        WebElement select = wait.until(d -> (WebElement) driver.executeScript(
                "return [...document.querySelectorAll('vaadin-select')].findLast(e => e.label === arguments[0] && e.getClientRects().length > 0);", label));
        // Dialog content sits in slots of the dialog's shadow DOM, where WebDriver's hit test sees the dialog
        // host instead of the field: click through the DOM, as a user's click would reach it.
        driver.executeScript("arguments[0].click();", select);
        WebElement option = wait.until(d -> (WebElement) driver.executeScript(
                "return [...document.querySelectorAll('vaadin-select-item')].findLast(i => i.textContent.trim() === arguments[0] && i.getClientRects().length > 0);", item));
        driver.executeScript("arguments[0].click();", option);
    }

    /**
     * Clicks the visible button, menu item, tab or link with exactly this text. Finding and clicking happen in
     * one script, so a component that the server re-renders meanwhile cannot go stale in between.
     */
    void click(String text) {
        untilFound("click-" + text, () -> wait.until(d -> (Boolean) driver.executeScript("""
                const all = [...document.querySelectorAll('vaadin-button, vaadin-menu-bar-button, vaadin-menu-bar-item,\
                  vaadin-context-menu-item, a, vaadin-side-nav-item, vaadin-tab')];
                const target = all.findLast(e => e.textContent.trim() === arguments[0] && e.getClientRects().length > 0);
                if (!target) { return false; }
                target.scrollIntoView({block: 'center'});
                target.click();
                return true;""", text)));
    }

    /**
     * Opens a menu-bar menu and chooses an item. The menu bar rebuilds its buttons after the server re-renders
     * it, so a click that lands during the rebuild is repeated until the item shows.
     */
    void menu(String menu, String item) {
        untilFound("menu-" + menu + "-" + item, () -> wait.until(d -> {
            click(menu);
            try {
                new WebDriverWait(driver, Duration.ofSeconds(3)).until(x -> (Boolean) driver.executeScript(
                        "return [...document.querySelectorAll('vaadin-menu-bar-item, vaadin-context-menu-item')]"
                                + ".some(i => i.textContent.trim() === arguments[0] && i.getClientRects().length > 0);", item));
                return true;
            } catch (org.openqa.selenium.TimeoutException notYet) {
                return false;
            }
        }));
        click(item);
    }

    /** Waits for something; when it never comes, leaves a screenshot of the page in target/screenshots. */
    private <T> T untilFound(String what, java.util.function.Supplier<T> waiting) {
        try {
            return waiting.get();
        } catch (org.openqa.selenium.TimeoutException e) {
            try {
                screenshot("failed-" + what.replaceAll("[^\\p{L}\\p{N}-]", "_"));
            } catch (IOException ignored) {
                // the timeout is what the test reports
            }
            throw e;
        }
    }

    void waitForText(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
    }

    /** The page's visible text, for checks of what a user reads (untranslated keys, English words). */
    String bodyText() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /**
     * What sticks out past the window on the right, or makes the page scroll sideways (empty when nothing does), so
     * that a toolbar that overflows on a phone fails with a name. Grids scroll inside themselves and are not counted.
     */
    String overflowingElement() {
        return (String) driver.executeScript("""
                const width = document.documentElement.clientWidth;
                const name = e => e.tagName.toLowerCase() + [...e.classList].map(c => '.' + c).join('')
                    + ' "' + (e.textContent || '').trim().slice(0, 30) + '"';
                const found = [];
                for (const e of document.querySelectorAll('main, main *:not(vaadin-grid *)')) {
                  const r = e.getBoundingClientRect();
                  const style = getComputedStyle(e);
                  if (r.width > 0 && r.right > width + 1 && style.visibility !== 'hidden') {
                    found.push(name(e) + ' reaches ' + Math.round(r.right) + ' of ' + width);
                  } else if (e.tagName !== 'VAADIN-GRID' && style.overflowX === 'visible' && e.scrollWidth > e.clientWidth + 1
                      && e.clientWidth > 0) {
                    found.push(name(e) + ' holds ' + e.scrollWidth + ' px in ' + e.clientWidth);
                  }
                }
                return found.slice(-3).join('; ');""");
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
