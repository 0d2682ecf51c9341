package org.zhaoshang.crm.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhaoshang.crm.followup.FollowupDraft;
import org.zhaoshang.crm.followup.FollowupKind;
import org.zhaoshang.crm.followup.FollowupService;
import org.zhaoshang.crm.project.ProjectTestData;
import org.zhaoshang.crm.security.SystemActor;
import org.zhaoshang.crm.support.Actors;
import org.zhaoshang.crm.support.CrmIntegrationTest;
import org.zhaoshang.crm.support.TestMail;

/**
 * Reminders end to end against a real SMTP server (GreenMail): who gets which digest, nothing twice, and an
 * SMTP outage that loses nothing. The scheduled sender is paused here so that each test sends explicitly.
 */
@CrmIntegrationTest
class ReminderIT {

    static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");

    @Autowired
    ReminderJobsService reminders;
    @Autowired
    OutboxSender sender;
    @Autowired
    FollowupService followups;
    @Autowired
    PreferenceService preferences;
    @Autowired
    ProjectTestData data;
    @Autowired
    Actors actors;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Scheduler scheduler;

    /** Each test works on its own day, so no test finds its reminder already decided by another. */
    static LocalDate wednesdayInWeeks(int weeks) {
        return LocalDate.now(OFFICE).plusWeeks(weeks).with(DayOfWeek.WEDNESDAY);
    }

    @BeforeEach
    void quietSchedulerAndEmptyMailbox() throws Exception {
        QuietOutbox.pauseAndEmpty(scheduler, jdbc);
    }

    @AfterEach
    void resumeScheduler() throws Exception {
        QuietOutbox.resume(scheduler);
    }

    @Test
    void theDailyDigestMailsTheAuthorTheirOverdueAndDueFollowupsOnce() throws Exception {
        LocalDate day = wednesdayInWeeks(1);
        String overdueName = ProjectTestData.unique("逾期提醒");
        String dueName = ProjectTestData.unique("到期提醒");
        Long overdue = followup("staff", overdueName, day);
        followup("staff", dueName, day);
        jdbc.update("update followup set next_date = ? where id = ?", day.minusDays(2), overdue);

        SystemActor.run(() -> reminders.dailyDigests(day));
        SystemActor.run(() -> reminders.dailyDigests(day));
        sender.sendDue(500);

        List<MimeMessage> mails = mailsTo("staff@zhaoshang.example");
        assertThat(mails).as("one digest per person and day, however often the job runs").hasSize(1);
        MimeMessage mail = mails.getFirst();
        assertThat(mail.getSubject()).startsWith("【招商提醒】").contains("逾期").contains("今日到期");
        String body = GreenMailUtil.getBody(mail);
        assertThat(decoded(mail)).contains(overdueName, dueName, "已逾期", "今天到期", "/projects/");
        assertThat(body).isNotBlank();
        assertThat(jdbc.queryForObject("select count(*) from notification n join app_user u on u.id = n.user_id"
                + " where u.username = 'staff' and n.dedupe_key = ?", Integer.class, "DAILY_DIGEST:" + userId("staff") + ":" + day))
                .isEqualTo(1);
    }

    @Test
    void someoneWhoTurnedTheMailOffStillSeesTheReminderInTheBell() throws Exception {
        LocalDate day = wednesdayInWeeks(2);
        actors.run("staff2", () -> preferences.setMine(ReminderKind.DAILY_DIGEST, false));
        try {
            followup("staff2", ProjectTestData.unique("铃铛提醒"), day);

            SystemActor.run(() -> reminders.dailyDigests(day));
            sender.sendDue(500);

            assertThat(mailsTo("staff2@zhaoshang.example")).isEmpty();
            assertThat(jdbc.queryForObject("select count(*) from notification where dedupe_key = ?", Integer.class,
                    "DAILY_DIGEST:" + userId("staff2") + ":" + day)).isEqualTo(1);
        } finally {
            actors.run("staff2", () -> preferences.setMine(ReminderKind.DAILY_DIGEST, true));
        }
    }

    @Test
    void aFollowupOverdueLongerThanThreeDaysReachesTheUnitLead() throws Exception {
        LocalDate day = wednesdayInWeeks(3);
        String name = ProjectTestData.unique("升级提醒");
        Long id = followup("staff", name, day);
        jdbc.update("update followup set next_date = ? where id = ?", day.minusDays(5), id);

        SystemActor.run(() -> reminders.escalations(day));
        sender.sendDue(500);

        List<MimeMessage> mails = mailsTo("unitlead@zhaoshang.example");
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getSubject()).startsWith("【逾期跟进】");
        assertThat(decoded(mails.getFirst())).contains(name, "李明");
    }

    @Test
    void leadersGetTheWeeklyDigestWithLastWeeksNewLeads() throws Exception {
        String name = ProjectTestData.unique("周报线索");
        data.lead("staff", name);
        LocalDate nextMonday = LocalDate.now(OFFICE).with(java.time.temporal.TemporalAdjusters.next(DayOfWeek.MONDAY));

        SystemActor.run(() -> reminders.weeklyDigest(nextMonday));
        sender.sendDue(500);

        List<MimeMessage> mails = mailsTo("leader@zhaoshang.example");
        assertThat(mails).hasSize(1);
        assertThat(mails.getFirst().getSubject()).startsWith("【每周简报】").contains("新增线索");
        assertThat(decoded(mails.getFirst())).contains(name, "项目变动");
    }

    @Test
    void whileSmtpIsDownMailsWaitAndGoOutOnceWhenItIsBack() throws Exception {
        LocalDate day = wednesdayInWeeks(4);
        followup("staff4", ProjectTestData.unique("断线提醒"), day);
        SystemActor.run(() -> reminders.dailyDigests(day));
        TestMail.stop();
        try {
            assertThat(sender.sendDue(500)).isZero();
            String key = "DAILY_DIGEST:" + userId("staff4") + ":" + day;
            assertThat(jdbc.queryForMap("select status, attempts, last_error from outbox_message where idempotency_key = ?", key))
                    .containsEntry("status", "QUEUED").containsEntry("attempts", 1)
                    .satisfies(row -> assertThat(String.valueOf(row.get("last_error"))).startsWith("SMTP"));
            assertThat(sender.sendDue(500)).as("back-off: not retried at once").isZero();
        } finally {
            TestMail.restart();
        }
        jdbc.update("update outbox_message set next_attempt_at = utc_timestamp(6) where status = 'QUEUED'");
        sender.sendDue(500);
        sender.sendDue(500);

        assertThat(mailsTo("staff4@zhaoshang.example")).hasSize(1);
    }

    private Long followup(String username, String projectName, LocalDate next) {
        Long project = data.lead(username, projectName);
        return actors.as(username, () -> followups.record(new FollowupDraft(null, 0, project, FollowupKind.PHONE,
                Instant.now().minusSeconds(60), null, null, "电话沟通" + projectName, null, "上门拜访" + projectName, next)));
    }

    private Long userId(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    private static List<MimeMessage> mailsTo(String address) {
        return TestMail.mailsTo(address);
    }

    private static String decoded(MimeMessage mail) throws Exception {
        return TestMail.decoded(mail);
    }
}
