package org.zhaoshang.crm.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhaoshang.crm.support.CrmIntegrationTest;

/** A person logs in with a real browser and finds the Chinese application shell. */
@CrmIntegrationTest
class LoginJourneyIT {

    @LocalServerPort
    int port;

    @Test
    void aLeaderLogsInAndSeesTheChineseNavigationAndHomePage() throws Exception {
        try (BrowserSession browser = new BrowserSession(port, 1280, 800)) {
            browser.open("/login");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "用户登录"));
            assertThat(browser.driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("zh-CN");

            browser.login("leader", "demo");

            WebElement nav = browser.driver.findElement(By.cssSelector("vaadin-side-nav"));
            browser.wait.until(ExpectedConditions.textToBePresentInElement(nav, "工作台"));
            assertThat(nav.getText()).contains("工作台").doesNotContain("用户管理");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".home-view"), "赵志远，您好"));
            assertThat(browser.driver.findElement(By.cssSelector(".drawer-footer")).getText())
                    .contains("赵志远", "区发改委", "区领导");
            Path shot = browser.screenshot("home-leader");
            assertThat(Files.size(shot)).isGreaterThan(10_000);
        }
    }

    @Test
    void anAdministratorSeesTheAdminMenuAndTheUnitsOnAPhoneSizedScreen() throws Exception {
        try (BrowserSession browser = new BrowserSession(port, 375, 812)) {
            browser.login("admin", "demo");
            browser.open("/admin/reference");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), "区发改委"));
            Path shot = browser.screenshot("reference-data-375");
            assertThat(Files.size(shot)).isGreaterThan(10_000);
            Long overflow = (Long) browser.driver.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertThat(overflow).as("no horizontal scrolling of the page at 375 px").isLessThanOrEqualTo(0L);
        }
    }
}
