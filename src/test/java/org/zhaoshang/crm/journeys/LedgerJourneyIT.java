package org.zhaoshang.crm.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhaoshang.crm.project.AgreementType;
import org.zhaoshang.crm.project.ProjectService;
import org.zhaoshang.crm.project.ProjectTestData;
import org.zhaoshang.crm.project.Stage;
import org.zhaoshang.crm.project.StageFacts;
import org.zhaoshang.crm.support.Actors;
import org.zhaoshang.crm.support.CrmIntegrationTest;

/**
 * A leader opens the 签约项目台账, exports it (the screen stays usable while the file is written), freezes it, and
 * after a project is signed compares the two snapshots: the new project shows as added. The administrator sees the
 * retention rule on the snapshot screen, on a desk and on a phone, and deletes a snapshot after confirming.
 */
@CrmIntegrationTest
class LedgerJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    ProjectTestData data;
    @Autowired
    ProjectService projects;
    @Autowired
    Actors actors;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLeaderExportsTheSignedLedgerFreezesItAndSeesANewSigningInTheComparison() throws Exception {
        try (BrowserSession leader = new BrowserSession(port, 1366, 900)) {
            leader.login("leader", "demo");
            leader.open("/ledgers?type=SIGNED");
            leader.waitForText("二七区签约项目台账");
            leader.waitForText("填报单位：二七区商务局");
            leader.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid.ledger-grid")));
            leader.screenshot("ledger-signed");

            leader.click("导出Excel");
            leader.waitForText("已导出");
            assertThat(leader.driver.findElement(By.cssSelector(".export-file")).getText()).startsWith("二七区签约项目台账_");
            leader.screenshot("ledger-exported");

            leader.click("保存快照");
            leader.waitForText("已保存签约项目台账快照");

            String project = ProjectTestData.unique("台账旅程");
            Long id = data.lead("staff", project);
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            actors.run("staff", () -> projects.advance(id, data.get("staff", id).version(), Stage.SIGNED,
                    new StageFacts(today, ProjectTestData.wan(12000), data.areaId("二七经开区"), today, AgreementType.INVESTMENT,
                            ProjectTestData.wan(12000), null, null, null, null, null), null));
            leader.click("保存快照");
            leader.waitForText("已保存签约项目台账快照");

            leader.click("快照对比");
            leader.waitForText("新增 1 项");
            leader.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("vaadin-grid.ledger-diff"), project));
            leader.screenshot("ledger-diff");
        }
        for (int width : new int[] {1400, 375}) {
            try (BrowserSession admin = new BrowserSession(port, width, 900)) {
                admin.login("admin", "demo");
                admin.open("/ledgers/snapshots?type=SIGNED");
                admin.waitForText("周五快照保留26周，月末快照和手动快照长期保留");
                admin.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-button.delete-snapshot")));
                admin.screenshot("ledger-snapshots-admin-" + width);
                assertThat(admin.overflowingElement()).as("nothing reaches past the window at " + width + " px").isEmpty();
            }
        }
        try (BrowserSession admin = new BrowserSession(port, 1400, 900)) {
            admin.login("admin", "demo");
            admin.open("/ledgers/snapshots?type=SIGNED");
            admin.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-button.delete-snapshot")));
            Integer before = signedSnapshots();
            admin.click("删除");
            admin.waitForText("快照及其全部");
            admin.screenshot("ledger-snapshot-delete-confirm");
            admin.click("删除");
            admin.waitForText("已删除快照");
            assertThat(signedSnapshots()).isEqualTo(before - 1);
        }
        try (BrowserSession phone = new BrowserSession(port, 375, 812)) {
            phone.login("unitlead", "demo");
            phone.open("/ledgers?type=KEY_PROJECTS");
            phone.waitForText("二七区重点项目台账");
            phone.screenshot("ledger-phone");
        }
    }

    private Integer signedSnapshots() {
        return jdbc.queryForObject("select count(*) from ledger_snapshot where ledger_type = 'SIGNED'", Integer.class);
    }
}
