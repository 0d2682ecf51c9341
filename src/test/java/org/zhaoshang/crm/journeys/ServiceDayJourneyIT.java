package org.zhaoshang.crm.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhaoshang.crm.followup.FollowupDraft;
import org.zhaoshang.crm.followup.FollowupKind;
import org.zhaoshang.crm.followup.FollowupService;
import org.zhaoshang.crm.project.ProjectTestData;
import org.zhaoshang.crm.security.SystemActor;
import org.zhaoshang.crm.supervision.ProblemDraft;
import org.zhaoshang.crm.supervision.ProblemSource;
import org.zhaoshang.crm.supervision.ServiceDayAgenda;
import org.zhaoshang.crm.supervision.ServiceDayService;
import org.zhaoshang.crm.supervision.SupervisionService;
import org.zhaoshang.crm.supervision.WorkingDayCalendarService;
import org.zhaoshang.crm.support.Actors;
import org.zhaoshang.crm.support.CrmIntegrationTest;

/**
 * The rest of 督办 in Chromium: a leader on a phone opens the 项目服务日 prepared on Thursday and writes the minutes;
 * a follow-up's obstacle is raised as a problem with its text carried over; ADMIN enters next year's holiday.
 */
@CrmIntegrationTest
class ServiceDayJourneyIT {

    @LocalServerPort
    int port;
    @Autowired
    ProjectTestData data;
    @Autowired
    Actors actors;
    @Autowired
    SupervisionService supervision;
    @Autowired
    ServiceDayService serviceDays;
    @Autowired
    FollowupService followups;
    @Autowired
    WorkingDayCalendarService calendar;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLeaderOnAPhoneFindsFridaysAgendaAndWritesTheMinutes() throws Exception {
        String project = ProjectTestData.unique("服务日旅程");
        Long projectId = data.lead("staff", project);
        jdbc.update("update project set leader_in_charge_id = (select id from app_user where username = 'leader') where id = ?", projectId);
        Long category = actors.as("staff", () -> supervision.categories()).keySet().iterator().next();
        Long unit = jdbc.queryForObject("select unit_id from app_user where username = 'staff'", Long.class);
        String item = "协调" + project + "供气接入";
        actors.as("staff", () -> supervision.raise(new ProblemDraft(null, 0, projectId, item, "西气东输管线改线", category,
                ProblemSource.DIRECT, unit, Set.of(), LocalDate.now().plusDays(5), null, null)));
        LocalDate friday = nextWorkingFriday();
        ServiceDayAgenda agenda = SystemActor.call(() -> serviceDays.prepare(friday)).orElseThrow();

        try (BrowserSession leader = new BrowserSession(port, 375, 812)) {
            leader.login("leader", "demo");
            leader.open("/meetings/" + agenda.meetingId());
            leader.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("vaadin-grid.meeting-projects"), project));
            assertThat(leader.driver.findElement(By.cssSelector(".meeting-minutes-text")).getText()).contains(project, "待解决问题 1 项");
            leader.screenshot("service-day-375");
            leader.click("填写纪要");
            leader.type("会议内容", "会议议定：区发改委牵头协调" + project + "供气接入，11月底前完成。");
            leader.click("确定");
            leader.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".meeting-minutes-text"), "区发改委牵头协调"));
            assertThat(leader.driver.findElement(By.tagName("body")).getText()).doesNotContain("待解决问题 1 项");
        }
    }

    @Test
    void theDemoServiceDayReadsWellOnADeskAndOnAPhone() throws Exception {
        Long meeting = jdbc.queryForObject("select min(id) from meeting where kind = 'SERVICE_DAY'", Long.class);
        String title = jdbc.queryForObject("select title from meeting where id = ?", String.class, meeting);
        for (int width : new int[] {1400, 375}) {
            try (BrowserSession leader = new BrowserSession(port, width, 900)) {
                leader.login("leader", "demo");
                leader.open("/meetings/" + meeting);
                leader.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid.meeting-projects")));
                leader.waitForText(title);
                leader.screenshot("service-day-demo-" + width);
                assertThat(leader.bodyText()).as("no untranslated key").doesNotContainPattern("![a-zA-Z]+\\.[a-zA-Z.]+!");
                assertThat(leader.overflowingElement()).as("nothing reaches past the window at " + width + " px").isEmpty();
            }
        }
    }

    @Test
    void anObstacleFromAFollowupIsRaisedAsAProblemWithItsTextCarriedOver() throws Exception {
        String project = ProjectTestData.unique("跟进反映问题");
        Long projectId = data.lead("staff", project);
        actors.run("staff", () -> followups.record(new FollowupDraft(null, 0, projectId, FollowupKind.VISIT, Instant.now().minusSeconds(600),
                "李明", "王总", "企业反映：厂房用电容量不足", "需供电公司扩容", "", null)));

        try (BrowserSession staff = new BrowserSession(port, 1366, 900)) {
            staff.login("staff", "demo");
            staff.open("/projects/" + projectId);
            staff.click("跟进记录");
            staff.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.followup-raise-problem")));
            staff.driver.executeScript("document.querySelector('a.followup-raise-problem').click();");
            assertThat(staff.field("情况说明").getAttribute("value")).contains("厂房用电容量不足", "需供电公司扩容");
            staff.type("问题", "厂房用电扩容");
            staff.select("类别", "水电气暖");
            staff.pick("牵头单位", "区发改委");
            staff.type("完成时限", LocalDate.now(ZoneId.of("Asia/Shanghai")).plusDays(15).toString());
            staff.screenshot("raise-from-followup");
            staff.click("保存");
            staff.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".problem-title"), "厂房用电扩容"));
            String page = staff.driver.findElement(By.tagName("body")).getText();
            assertThat(page).contains("跟进", project, "区发改委");
        }
    }

    @Test
    void theAdministratorEntersNextYearsHolidayOnTheCalendarScreen() throws Exception {
        int nextYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 1;
        LocalDate holiday = LocalDate.of(nextYear, 10, 1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        boolean enteredBefore = actors.as("admin", () -> calendar.entered(nextYear));
        try (BrowserSession admin = new BrowserSession(port, 1366, 900)) {
            admin.login("admin", "demo");
            admin.open("/admin/working-days");
            admin.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("vaadin-grid.calendar-grid")));
            if (!enteredBefore) {
                admin.waitForText(nextYear + "年节假日安排尚未录入");
            }
            admin.type("说明", "国庆节");
            // Typed last: the date picker's overlay stays open after leaving the field and would cover the others.
            admin.type("日期", holiday.toString());
            admin.click("保存");
            admin.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("vaadin-grid.calendar-grid"),
                    nextYear + "年" + holiday.getMonthValue() + "月" + holiday.getDayOfMonth() + "日"));
            admin.screenshot("working-days");
            assertThat(admin.driver.findElement(By.tagName("body")).getText()).doesNotContain(nextYear + "年节假日安排尚未录入");
        } finally {
            actors.run("admin", () -> calendar.remove(holiday));
        }
    }

    private static LocalDate nextWorkingFriday() {
        // Far enough ahead that no other test prepared it, and not a holiday on the 2026 calendar.
        return LocalDate.now(ZoneId.of("Asia/Shanghai")).plusWeeks(9).with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY));
    }
}
