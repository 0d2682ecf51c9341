package org.zhaoshang.crm.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhaoshang.crm.org.ReferenceDataService;
import org.zhaoshang.crm.support.Actors;
import org.zhaoshang.crm.support.CrmIntegrationTest;
import org.zhaoshang.crm.trip.TripDraft;
import org.zhaoshang.crm.trip.TripService;

/**
 * On a phone (375 px): open today's trip, log a visit to a new company, create the lead from it, see it in
 * the trip's funnel, and read the visit back from the generated 考察报告 (.docx) with POI.
 */
@CrmIntegrationTest
class TripJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    TripService trips;
    @Autowired
    ReferenceDataService referenceData;
    @Autowired
    Actors actors;

    @Test
    void aMemberLogsAVisitOnAPhoneTurnsItIntoALeadAndFindsItInTheReport() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Long chengdu = actors.as("staff", () -> referenceData.cities()).stream().filter(c -> c.name().equals("成都")).findFirst().orElseThrow().id();
        String title = "赴成都考察招商" + (System.nanoTime() % 10000);
        Long trip = actors.as("staff", () -> trips.save(new TripDraft(null, 0, title, today.minusDays(1), today.plusDays(1),
                List.of(chengdu), "区领导", Set.of(), Set.of(), "对接成都医药企业", null)));
        String company = "成都蓉欣" + (System.nanoTime() % 100000) + "生物医药有限公司";

        try (BrowserSession browser = new BrowserSession(port, 375, 812)) {
            browser.login("staff", "demo");
            browser.open("/trips/" + trip);
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".trip-title"), title));

            browser.click("记录走访");
            browser.waitForText("对方接待人员");
            WebElement companyInput = browser.field("企业");
            companyInput.sendKeys(company);
            companyInput.sendKeys(Keys.ENTER);
            browser.wait.until(d -> (Boolean) browser.driver.executeScript(
                    "return document.body.innerText.includes('新企业：' + arguments[0]);", company));
            browser.driver.executeScript("""
                    const radio = [...document.querySelectorAll('vaadin-radio-button')].find(r => r.textContent.trim() === '座谈');
                    radio.click();""");
            browser.type("了解情况", "企业计划在中原布局区域总部和研发中心");
            browser.type("成果/下一步", "邀请企业来二七考察");
            browser.screenshot("visit-form-375");
            browser.click("保存");

            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".itinerary"), company));
            browser.click("创建线索");
            browser.waitForText("初始阶段");
            browser.click("保存");
            browser.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".visit-project")));
            WebElement leads = browser.driver.findElement(By.cssSelector(".trip-funnel .stat-card .stat-value"));
            assertThat(leads.getText()).isEqualTo("1");
            assertThat(browser.driver.findElement(By.cssSelector(".visit-project")).getText()).contains("线索");
            browser.screenshot("trip-375");

            String href = browser.driver.findElement(By.cssSelector("a.trip-report")).getAttribute("href");
            String base64 = (String) browser.driver.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {
                      let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s));
                    });""", href);
            try (XWPFDocument report = new XWPFDocument(new ByteArrayInputStream(Base64.getDecoder().decode(base64)))) {
                String text = report.getParagraphs().stream().map(XWPFParagraph::getText).reduce("", (a, b) -> a + "\n" + b)
                        + report.getTables().stream().map(t -> t.getText()).reduce("", String::concat);
                assertThat(text).contains(title, company, "座谈", "企业计划在中原布局区域总部和研发中心");
            }
        }
    }
}
