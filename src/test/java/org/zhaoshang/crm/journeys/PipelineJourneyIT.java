package org.zhaoshang.crm.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhaoshang.crm.base.text.PinyinInitials;
import org.zhaoshang.crm.support.CrmIntegrationTest;

/**
 * A recruitment officer records a company and a project in a real browser, moves it through 洽谈 to 签约
 * filling what each stage asks for, and finds it again by typing the pinyin initials.
 */
@CrmIntegrationTest
class PipelineJourneyIT {

    @LocalServerPort
    int port;

    @Test
    void staffCreateACompanyAndAProjectSignItAndFindItByPinyinInitials() throws Exception {
        String brand = "澜沧" + (System.nanoTime() % 100000);
        String company = "上海" + brand + "数字科技有限公司";
        String project = brand + "数字经济总部项目";
        try (BrowserSession browser = new BrowserSession(port, 1366, 900)) {
            browser.login("staff", "demo");

            browser.open("/companies");
            browser.click("新增企业");
            browser.type("企业全称", company);
            browser.type("简称/品牌", brand);
            browser.click("保存");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".company-title"), company));

            browser.click("新建项目");
            browser.waitForText("基本信息");
            browser.type("项目名称", project);
            browser.select("项目来源", "外出招商走访");
            browser.click("保存");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".project-title"), project));

            browser.menu("推进", "洽谈");
            browser.waitForText("进入该阶段还需要");
            browser.type("计划总投资（万元）", "20000");
            browser.pick("落地片区", "中央商务区");
            browser.driver.findElement(By.cssSelector("vaadin-button.confirm-transition")).click();
            browser.wait.until(ExpectedConditions.textToBe(By.cssSelector(".stage-step.current"), "洽谈"));

            browser.menu("推进", "签约");
            browser.waitForText("进入该阶段还需要");
            LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);
            browser.type("签约日期", yesterday.toString());
            browser.select("协议类型", "框架协议");
            browser.type("签约金额（万元）", "20000");
            browser.driver.findElement(By.cssSelector("vaadin-button.confirm-transition")).click();
            browser.wait.until(ExpectedConditions.textToBe(By.cssSelector(".stage-step.current"), "签约"));
            browser.click("协议与附件");
            browser.waitForText("框架协议");
            browser.screenshot("project-signed");

            String initials = PinyinInitials.of(brand).replaceAll("[0-9]", "");
            browser.open("/projects?q=" + initials + "&stage=SIGNED");
            browser.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), project));
            assertThat(browser.driver.findElement(By.tagName("vaadin-grid")).getText()).contains(project, "签约");
            browser.screenshot("project-list-pinyin");
        }
    }
}
