package org.zhaoshang.crm.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhaoshang.crm.support.CrmIntegrationTest;

/**
 * A district leader opens the cockpit on the demo data (2023, the year of the demo pipeline) in real
 * Chromium: every chart draws on its canvas, and a click on a funnel stage opens the project list of that
 * stage with as many projects as the stage showed. Screenshots at desktop width and at 375 px.
 */
@CrmIntegrationTest
class CockpitJourneyIT {

    static final String COCKPIT_2023 = "/cockpit?period=YEAR&day=2023-06-30";

    /** Non-transparent pixels on the chart's canvas: 0 means nothing was drawn. */
    static final String PAINTED_PIXELS = """
            const canvas = arguments[0].querySelector('canvas');
            if (!canvas || canvas.width === 0 || canvas.height === 0) { return 0; }
            const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
            let painted = 0;
            for (let i = 3; i < data.length; i += 4) { if (data[i] !== 0) { painted++; } }
            return painted;""";

    @LocalServerPort
    int port;

    @Test
    void aLeaderSeesEveryChartDrawnAndAFunnelStageOpensItsProjectList() throws Exception {
        try (BrowserSession browser = new BrowserSession(port, 1440, 2200)) {
            browser.login("leader", "demo");
            browser.open(COCKPIT_2023);
            List<WebElement> charts = allChartsDrawn(browser);
            assertThat(charts).hasSize(8);
            browser.waitForText("全员招商排名");
            // docs/cockpit.png is this screenshot, copied by hand when the cockpit changes
            browser.screenshot("cockpit-desktop");

            WebElement funnel = browser.driver.findElement(By.cssSelector("crm-chart.chart-funnel"));
            int signedStage = 4;  // 线索, 对接, 考察, 洽谈, 签约 …
            long shown = ((Number) browser.driver.executeScript(
                    "return JSON.parse(arguments[0].optionJson).series[0].data[arguments[1]].value", funnel, signedStage)).longValue();
            assertThat(shown).isPositive();
            @SuppressWarnings("unchecked")
            List<Number> point = (List<Number>) browser.driver.executeScript(
                    "arguments[0].scrollIntoView({block: 'center'}); return arguments[0].dataPointPosition(0, arguments[1])",
                    funnel, signedStage);
            assertThat(point).as("position of the 签约 stage").isNotNull();
            int offsetX = (int) Math.round(point.get(0).doubleValue() - funnel.getRect().getWidth() / 2.0);
            int offsetY = (int) Math.round(point.get(1).doubleValue() - funnel.getRect().getHeight() / 2.0);
            new Actions(browser.driver).moveToElement(funnel, offsetX, offsetY).click().perform();

            browser.wait.until(ExpectedConditions.urlContains("/projects"));
            assertThat(browser.driver.getCurrentUrl()).contains("stage=SIGNED");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".row-count"),
                    shown + " 个项目"));
            browser.screenshot("cockpit-drill-down-signed");
        }
    }

    @Test
    void onAPhoneTheCockpitStacksItsChartsAndStillDrawsThem() throws Exception {
        try (BrowserSession browser = new BrowserSession(port, 375, 4200)) {
            browser.login("leader", "demo");
            browser.open(COCKPIT_2023);
            List<WebElement> charts = allChartsDrawn(browser);
            for (WebElement chart : charts) {
                assertThat(chart.getRect().getWidth()).as("chart width on a phone").isLessThanOrEqualTo(375);
            }
            browser.screenshot("cockpit-375");
        }
    }

    @Test
    void aUnitLeadGetsTheCockpitOfTheirUnitWithoutAUnitChoice() throws Exception {
        try (BrowserSession browser = new BrowserSession(port, 1280, 900)) {
            browser.login("unitlead", "demo");
            browser.open("/cockpit");
            allChartsDrawn(browser);
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".cockpit-scope"), "区商务局"));
            assertThat(browser.driver.findElements(By.cssSelector("vaadin-combo-box[placeholder='单位（全区）']"))
                    .stream().filter(WebElement::isDisplayed).toList()).isEmpty();
        }
    }

    private static List<WebElement> allChartsDrawn(BrowserSession browser) {
        browser.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("crm-chart"), 8));
        List<WebElement> charts = browser.driver.findElements(By.cssSelector("crm-chart"));
        for (WebElement chart : charts) {
            browser.wait.until(d -> ((Number) browser.driver.executeScript(PAINTED_PIXELS, chart)).longValue() > 500);
        }
        return charts;
    }
}
