package org.zhaoshang.crm.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.zhaoshang.crm.project.ProjectTestData;
import org.zhaoshang.crm.support.CrmIntegrationTest;

/**
 * A leader records a 推进会 with one decision; the unit lead finds the item in the unit's inbox, reports
 * progress with two files and applies for 销号; the leader, who supervises it, confirms the close-out. The problem
 * page with its files and the 督办事项 list with its export and print toolbar are looked at on a desk and on a phone.
 */
@CrmIntegrationTest
class SupervisionJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    ProjectTestData data;

    @Test
    void aMeetingDecisionIsWorkedOffAndClosedOutByItsSupervisingLeader() throws Exception {
        String project = ProjectTestData.unique("推进会旅程");
        data.lead("staff", project);
        String meeting = "重点项目推进会" + (System.nanoTime() % 10000);
        String item = "协调解决" + project + "用电接入";
        String deadline = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(20).toString();

        try (BrowserSession leader = new BrowserSession(port, 1366, 900)) {
            leader.login("leader", "demo");
            leader.open("/meetings/new");
            leader.waitForText("议定事项");
            leader.type("会议名称", meeting);
            leader.type("主持", "区长");
            leader.click("新增议定事项");
            leader.pick("项目", project);
            leader.type("事项", item);
            leader.pick("牵头单位", "区商务局");
            leader.type("完成时限", deadline);
            leader.pick("督办领导", "赵志远");
            leader.click("保存");
            leader.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-grid"), meeting));
        }

        String problemUrl;
        try (BrowserSession unitLead = new BrowserSession(port, 1400, 900)) {
            unitLead.login("unitlead", "demo");
            unitLead.open("/supervision");
            unitLead.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("vaadin-grid.unit-inbox"), item));
            unitLead.click(item);
            unitLead.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".problem-title"), item));
            problemUrl = unitLead.driver.getCurrentUrl();

            unitLead.click("报送进展");
            unitLead.type("进展情况", "已与供电公司对接，正在施工");
            // Two files dropped on the upload, as a user drags them from the desktop.
            unitLead.driver.executeScript("""
                    const upload = [...document.querySelectorAll('vaadin-upload.report-files')].pop();
                    upload._addFiles([
                      new File(['%PDF-1.4\\n供电方案'], '二七区供电公司关于用电增容方案的批复（2026年第18号）.pdf', {type: 'application/pdf'}),
                      new File([new Uint8Array([0x50, 0x4b, 3, 4, 20, 0, 6, 0])], '施工进度说明.docx',
                          {type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'})]);""");
            unitLead.wait.until(d -> (Boolean) unitLead.driver.executeScript(
                    "const u = [...document.querySelectorAll('vaadin-upload.report-files')].pop();"
                            + " return u.files.length === 2 && u.files.every(f => f.complete);"));
            unitLead.click("确定");
            unitLead.waitForText("已与供电公司对接，正在施工");
            unitLead.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("a.problem-file"), 2));
            assertThat(unitLead.driver.findElements(By.cssSelector("a.problem-file"))).extracting(e -> e.getText())
                    .containsExactlyInAnyOrder("二七区供电公司关于用电增容方案的批复（2026年第18号）.pdf（21 B）", "施工进度说明.docx（8 B）");
            unitLead.screenshot("problem-files-1400");
            assertThat(unitLead.overflowingElement()).isEmpty();
            unitLead.click("申请销号");
            unitLead.type("办结情况", "已通电");
            unitLead.click("确定");
            unitLead.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".stage-badge"), "申请销号"));
            assertThat(unitLead.driver.findElement(By.tagName("body")).getText()).doesNotContain("确认销号");
        }

        try (BrowserSession phone = new BrowserSession(port, 375, 812)) {
            phone.login("unitlead", "demo");
            phone.driver.get(problemUrl);
            phone.wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("a.problem-file"), 2));
            phone.driver.executeScript("document.querySelector('a.problem-file').scrollIntoView({block: 'center'});");
            phone.screenshot("problem-files-375");
            assertThat((Boolean) phone.driver.executeScript("return [...document.querySelectorAll('.timeline-item .when')]"
                    + ".every(w => w.getBoundingClientRect().height < 30);")).as("every time of the record on one line").isTrue();
            assertThat(phone.overflowingElement()).as("the long file name wraps on a phone").isEmpty();
        }

        for (int width : new int[] {1400, 375}) {
            try (BrowserSession leader = new BrowserSession(port, width, 900)) {
                leader.login("leader", "demo");
                leader.open("/supervision");
                leader.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid")));
                leader.wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".toolbar vaadin-button")));
                leader.screenshot("supervision-list-" + width);
                assertThat(leader.bodyText()).contains("导出Excel", "打印").doesNotContainPattern("![a-zA-Z]+\\.[a-zA-Z.]+!");
                assertThat(leader.overflowingElement()).as("the toolbar fits at " + width + " px").isEmpty();
            }
        }

        try (BrowserSession leader = new BrowserSession(port, 1366, 900)) {
            leader.login("leader", "demo");
            leader.driver.get(problemUrl);
            leader.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".problem-title"), item));
            leader.click("确认销号");
            leader.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".stage-badge"), "已销号"));
            leader.screenshot("problem-closed");
        }
    }
}
