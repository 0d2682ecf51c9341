package org.zhaoshang.crm.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhaoshang.crm.org.Role;
import org.zhaoshang.crm.org.UserAccountService;
import org.zhaoshang.crm.project.ProjectTestData;
import org.zhaoshang.crm.security.SystemActor;
import org.zhaoshang.crm.supervision.ProblemDraft;
import org.zhaoshang.crm.supervision.ProblemSource;
import org.zhaoshang.crm.supervision.ServiceDayAgenda;
import org.zhaoshang.crm.supervision.ServiceDayService;
import org.zhaoshang.crm.supervision.SupervisionService;
import org.zhaoshang.crm.support.Actors;
import org.zhaoshang.crm.support.CrmIntegrationTest;
import org.zhaoshang.crm.support.TestMail;

/**
 * 督办 reminders against GreenMail, decided on the working-day calendar around 国庆 2026 (1–7 Oct off, 中秋 25 Sep
 * off, Saturday 10 Oct a 调休 working day): three working days ahead, on the day, every day overdue, escalation to
 * the supervising leader, and Thursday's 项目服务日 agenda grouped by leader in charge.
 */
@CrmIntegrationTest
class SupervisionReminderIT {

    static final LocalDate WEDNESDAY_BEFORE_NATIONAL_DAY = LocalDate.of(2026, 9, 30);

    @Autowired
    SupervisionReminderService reminders;
    @Autowired
    SupervisionService supervision;
    @Autowired
    ServiceDayService serviceDays;
    @Autowired
    OutboxSender sender;
    @Autowired
    UserAccountService accounts;
    @Autowired
    ProjectTestData data;
    @Autowired
    Actors actors;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Scheduler scheduler;

    @BeforeEach
    void quietSchedulerAndEmptyMailbox() throws Exception {
        QuietOutbox.pauseAndEmpty(scheduler, jdbc);
    }

    @AfterEach
    void resumeScheduler() throws Exception {
        QuietOutbox.resume(scheduler);
    }

    @Test
    void theLeadUnitHearsThreeWorkingDaysAheadOnTheDayAndWhileOverdueOnTheHolidayCalendar() throws Exception {
        Long project = data.lead("staff", ProjectTestData.unique("督办提醒"));
        Long unit = unitOf("staff2");
        String soon = ProjectTestData.unique("调休周六到期");
        String notYet = ProjectTestData.unique("两个工作日后到期");
        String holiday = ProjectTestData.unique("假期内到期");
        String overdue = ProjectTestData.unique("中秋前到期");
        String waiting = ProjectTestData.unique("已申请销号");
        raise(project, soon, unit, LocalDate.of(2026, 10, 10), null);
        raise(project, notYet, unit, LocalDate.of(2026, 10, 9), null);
        raise(project, holiday, unit, LocalDate.of(2026, 10, 5), null);
        raise(project, overdue, unit, LocalDate.of(2026, 9, 24), null);
        Long applied = raise(project, waiting, unit, LocalDate.of(2026, 9, 29), null);
        actors.run("admin", () -> supervision.assign(applied, version(applied)));
        actors.run("staff2", () -> supervision.requestClose(applied, version(applied), "已办结"));

        SystemActor.run(() -> reminders.deadlineReminders(WEDNESDAY_BEFORE_NATIONAL_DAY));
        SystemActor.run(() -> reminders.deadlineReminders(WEDNESDAY_BEFORE_NATIONAL_DAY));
        sender.sendDue(500);

        List<MimeMessage> mails = TestMail.mailsTo("staff2@zhaoshang.example");
        assertThat(mails).as("one reminder per person and day, however often the job runs").hasSize(1);
        assertThat(mails.getFirst().getSubject()).startsWith("【督办提醒】2026年9月30日");
        String text = TestMail.decoded(mails.getFirst());
        assertThat(text)
                .as("10 Oct is the third working day after 30 Sep: 8 Oct, 9 Oct, then the 调休 Saturday")
                .contains(soon + "（").contains("办结时限 2026年10月10日，3 个工作日后到期")
                .as("a deadline inside the holiday is due on the last working day before it")
                .contains(holiday + "（").contains("办结时限 2026年10月5日，今日到期")
                .as("24 Sep → 30 Sep: 25 Sep is 中秋, the weekend does not count")
                .contains("办结时限 2026年9月24日，已逾期 3 个工作日")
                .doesNotContain(notYet).doesNotContain(waiting);
        assertThat(TestMail.decoded(mails.getFirst())).contains(overdue);
        assertThat(TestMail.mailsTo("staff@zhaoshang.example")).as("another unit's people do not hear of these items")
                .allSatisfy(m -> assertThat(decodedQuietly(m)).doesNotContain(soon, holiday, overdue));

        TestMail.get().purgeEmailFromAllMailboxes();
        assertThat(SystemActor.call(() -> reminders.deadlineReminders(LocalDate.of(2026, 10, 5)))).contains("not a working day");
        SystemActor.run(() -> reminders.deadlineReminders(LocalDate.of(2026, 10, 10)));
        sender.sendDue(500);
        String saturday = TestMail.decoded(TestMail.mailsTo("staff2@zhaoshang.example").getFirst());
        assertThat(saturday).as("the 调休 Saturday is a working day with reminders")
                .contains("办结时限 2026年10月10日，今日到期")
                .contains("办结时限 2026年10月9日，已逾期 1 个工作日")
                .contains("办结时限 2026年9月24日，已逾期 6 个工作日");
    }

    @Test
    void aSupervisedItemOverdueBeyondThreeWorkingDaysGoesToItsLeaderEveryWorkingDay() throws Exception {
        Long project = data.lead("staff", ProjectTestData.unique("督办升级"));
        Long leader = userId("leader");
        String late = ProjectTestData.unique("逾期六个工作日");
        String recent = ProjectTestData.unique("逾期两个工作日");
        String unsupervised = ProjectTestData.unique("未挂单逾期");
        raise(project, late, unitOf("staff"), LocalDate.of(2026, 9, 21), leader);
        raise(project, recent, unitOf("staff"), LocalDate.of(2026, 9, 28), leader);
        raise(project, unsupervised, unitOf("staff"), LocalDate.of(2026, 9, 21), null);

        SystemActor.run(() -> reminders.escalations(WEDNESDAY_BEFORE_NATIONAL_DAY));
        SystemActor.run(() -> reminders.escalations(LocalDate.of(2026, 10, 1)));
        SystemActor.run(() -> reminders.escalations(LocalDate.of(2026, 10, 8)));
        sender.sendDue(500);

        List<MimeMessage> mails = TestMail.mailsTo("leader@zhaoshang.example");
        assertThat(mails).as("30 Sep and 8 Oct; 1 Oct is a holiday").hasSize(2);
        assertThat(mails).allSatisfy(m -> assertThat(m.getSubject()).startsWith("【督办升级】"));
        String first = TestMail.decoded(mails.stream().filter(m -> decodedQuietly(m).contains("2026年9月21日，已逾期 6 个工作日")).findFirst()
                .orElseThrow());
        assertThat(first).contains(late).doesNotContain(recent).doesNotContain(unsupervised);
        assertThat(mails).anySatisfy(m -> assertThat(decodedQuietly(m)).contains(late, "已逾期 7 个工作日"));
    }

    @Test
    void onThursdayFridaysServiceDayAgendaIsPreparedGroupedByLeaderInChargeAndMailedToEach() throws Exception {
        LocalDate friday = LocalDate.of(2026, 12, 4);
        // The demo prepares the current week's 项目服务日; if that is this Friday, start from an unprepared day.
        jdbc.update("delete from meeting_project where meeting_id in (select id from meeting where prepared_key = ?)", "SERVICE_DAY:" + friday);
        jdbc.update("delete from meeting where prepared_key = ?", "SERVICE_DAY:" + friday);
        SystemActor.run(() -> accounts.createIfAbsent("leader2", "Demo1234!", "刘副区长", "副区长（测试）", "leader2@zhaoshang.example",
                "FGW", Role.LEADER));
        Long leader = userId("leader");
        Long leader2 = userId("leader2");
        String withProblem = ProjectTestData.unique("有逾期问题");
        String notStarted = ProjectTestData.unique("应开未开");
        String allSolved = ProjectTestData.unique("问题已销号");
        String nobodysProject = ProjectTestData.unique("无分包领导");
        Long p1 = data.lead("staff", withProblem);
        Long p2 = data.lead("staff", notStarted);
        Long p3 = data.lead("staff", allSolved);
        Long p4 = data.lead("staff", nobodysProject);
        jdbc.update("update project set leader_in_charge_id = ? where id in (?, ?)", leader, p1, p3);
        jdbc.update("update project set leader_in_charge_id = ?, planned_start_date = ? where id = ?", leader2,
                LocalDate.of(2026, 11, 1), p2);
        String itemTitle = ProjectTestData.unique("供水管网接入");
        raise(p1, itemTitle, unitOf("staff"), LocalDate.of(2026, 11, 27), null);
        Long solved = raise(p3, ProjectTestData.unique("已解决"), unitOf("staff"), LocalDate.of(2026, 11, 27), null);
        jdbc.update("update problem set status = 'CLOSED' where id = ?", solved);
        raise(p4, ProjectTestData.unique("无人分包的问题"), unitOf("staff"), LocalDate.of(2026, 12, 20), null);

        SystemActor.run(() -> reminders.serviceDayAgenda(friday));
        SystemActor.run(() -> reminders.serviceDayAgenda(friday));
        sender.sendDue(500);

        ServiceDayAgenda agenda = actors.as("leader", () -> serviceDays.agenda(friday));
        assertThat(agenda.meetingId()).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from meeting where kind = 'SERVICE_DAY' and held_on = ?", Integer.class, friday))
                .as("prepared once").isEqualTo(1);
        assertThat(jdbc.queryForList("select project_id from meeting_project where meeting_id = ?", Long.class, agenda.meetingId()))
                .contains(p1, p2, p4).doesNotContain(p3);
        ServiceDayAgenda.Entry first = entry(agenda, leader, p1);
        assertThat(first.openItems()).singleElement().satisfies(i -> {
            assertThat(i.title()).isEqualTo(itemTitle);
            assertThat(i.overdue()).isTrue();
            assertThat(i.overdueWorkingDays()).as("27 Nov → 4 Dec: 30 Nov … 4 Dec").isEqualTo(5);
        });
        assertThat(entry(agenda, leader2, p2).overdueStart()).isTrue();
        assertThat(agenda.groups().getLast().leaderId()).as("projects without a leader in charge come last").isNull();
        assertThat(agenda.groups().getLast().projects()).extracting(ServiceDayAgenda.Entry::projectId).contains(p4);

        List<MimeMessage> toLeader = TestMail.mailsTo("leader@zhaoshang.example");
        assertThat(toLeader).hasSize(1);
        assertThat(toLeader.getFirst().getSubject()).startsWith("【项目服务日】2026年12月4日");
        assertThat(TestMail.decoded(toLeader.getFirst())).contains(withProblem, itemTitle, "逾期 5 个工作日")
                .doesNotContain(notStarted).doesNotContain(allSolved);
        List<MimeMessage> toLeader2 = TestMail.mailsTo("leader2@zhaoshang.example");
        assertThat(toLeader2).hasSize(1);
        assertThat(TestMail.decoded(toLeader2.getFirst())).contains(notStarted, "应开未开（计划开工 2026年11月1日）")
                .doesNotContain(withProblem);

        assertThat(SystemActor.call(() -> reminders.serviceDayAgenda(LocalDate.of(2026, 10, 2)))).contains("not a working day");
        assertThat(jdbc.queryForObject("select count(*) from meeting where kind = 'SERVICE_DAY' and held_on = ?", Integer.class,
                LocalDate.of(2026, 10, 2))).isZero();
    }

    private ServiceDayAgenda.Entry entry(ServiceDayAgenda agenda, Long leaderId, Long projectId) {
        return agenda.groups().stream().filter(g -> leaderId.equals(g.leaderId())).flatMap(g -> g.projects().stream())
                .filter(e -> e.projectId().equals(projectId)).findFirst().orElseThrow();
    }

    private Long raise(Long project, String title, Long leadUnit, LocalDate deadline, Long leader) {
        Long category = actors.as("staff", () -> supervision.categories()).keySet().iterator().next();
        Long id = actors.as("staff", () -> supervision.raise(new ProblemDraft(null, 0, project, title, "说明", category,
                ProblemSource.DIRECT, leadUnit, Set.of(), LocalDate.now().plusDays(30), null, leader)));
        jdbc.update("update problem set deadline = ? where id = ?", deadline, id);
        return id;
    }

    private long version(Long problem) {
        return actors.as("admin", () -> supervision.get(problem)).version();
    }

    private Long userId(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    private Long unitOf(String username) {
        return jdbc.queryForObject("select unit_id from app_user where username = ?", Long.class, username);
    }

    private static String decodedQuietly(MimeMessage mail) {
        try {
            return TestMail.decoded(mail);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
