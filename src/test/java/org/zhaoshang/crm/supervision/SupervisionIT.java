package org.zhaoshang.crm.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.zhaoshang.crm.base.BusinessException;
import org.zhaoshang.crm.org.ReferenceDataService;
import org.zhaoshang.crm.org.UnitSummary;
import org.zhaoshang.crm.project.ProjectTestData;
import org.zhaoshang.crm.support.Actors;
import org.zhaoshang.crm.support.CrmIntegrationTest;

/**
 * 问题督办 against the real database: who may close out, sent-back items return to 办理中, the working-day
 * calendar across a holiday and a 调休 Saturday, meeting decisions turning into items.
 */
@CrmIntegrationTest
class SupervisionIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    SupervisionService supervision;
    @Autowired
    MeetingService meetings;
    @Autowired
    WorkingDays workingDays;
    @Autowired
    ReferenceDataService referenceData;
    @Autowired
    ProjectTestData data;
    @Autowired
    Actors actors;

    @Test
    void anUnsupervisedItemIsClosedOutByTheLeadUnitsLeadAfterTheUnitAppliesAndNotByAnyoneElse() {
        Long project = data.lead("staff", ProjectTestData.unique("用地问题"));
        Long problem = actors.as("staff", () -> supervision.raise(draft(project, "供地指标未落实", unit("区商务局"), null)));
        assertThat(get(problem).status()).isEqualTo(ProblemStatus.TO_ASSIGN);

        assertThatThrownBy(() -> actors.run("staff", () -> supervision.assign(problem, get(problem).version())))
                .isInstanceOf(AccessDeniedException.class);
        actors.run("unitlead", () -> supervision.assign(problem, get(problem).version()));
        actors.run("staff", () -> supervision.reportProgress(problem, "已与自然资源规划分局对接，正在组卷"));
        actors.run("staff", () -> supervision.requestClose(problem, get(problem).version(), "指标已落实"));
        assertThat(get(problem).status()).isEqualTo(ProblemStatus.CLOSE_REQUESTED);

        assertThatThrownBy(() -> actors.run("staff", () -> supervision.confirmClose(problem, get(problem).version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actors.run("leader", () -> supervision.confirmClose(problem, get(problem).version())))
                .as("a leader who does not supervise it").isInstanceOf(AccessDeniedException.class);
        actors.run("unitlead", () -> supervision.confirmClose(problem, get(problem).version()));

        assertThat(get(problem).status()).isEqualTo(ProblemStatus.CLOSED);
        assertThat(actors.as("staff", () -> supervision.events(problem))).extracting(ProblemEventRow::kind)
                .containsExactly("CLOSED", "CLOSE_REQUESTED", "PROGRESS", "ASSIGNED", "RAISED");
    }

    @Test
    void aSupervisedItemIsClosedOutOnlyByItsLeaderAndASentBackItemReturnsToInProgress() {
        Long project = data.lead("staff", ProjectTestData.unique("挂单督办"));
        Long leader = leaderId();
        Long problem = actors.as("staff", () -> supervision.raise(draft(project, "水源地保护范围调整", unit("区商务局"), leader)));
        actors.run("leader", () -> supervision.assign(problem, get(problem).version()));
        actors.run("staff", () -> supervision.requestClose(problem, get(problem).version(), "已办结"));

        assertThatThrownBy(() -> actors.run("unitlead", () -> supervision.confirmClose(problem, get(problem).version())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actors.run("leader", () -> supervision.sendBack(problem, get(problem).version(), " ")))
                .isInstanceOf(BusinessException.class);
        actors.run("leader", () -> supervision.sendBack(problem, get(problem).version(), "批复文件未附"));

        ProblemRow back = get(problem);
        assertThat(back.status()).isEqualTo(ProblemStatus.IN_PROGRESS);
        assertThat(back.returnedReason()).isEqualTo("批复文件未附");
        actors.run("staff", () -> supervision.requestClose(problem, get(problem).version(), "已补附批复文件"));
        actors.run("leader", () -> supervision.confirmClose(problem, get(problem).version()));
        assertThat(get(problem).status()).isEqualTo(ProblemStatus.CLOSED);
    }

    @Test
    void workingDaysSkipTheNationalDayHolidayAndCountTheMakeUpSaturday() {
        // 2026: 10月1日–7日 holidays (the weekdays among them are in the table), 10月10日 (Saturday) is a 调休 working day.
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 10, 2))).isFalse();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
        assertThat(workingDays.isWorkingDay(LocalDate.of(2026, 10, 11))).isFalse();
        // From Wed 30 Sep: 1 → Thu 8 Oct, 2 → Fri 9 Oct, 3 → Sat 10 Oct (调休), 4 → Mon 12 Oct.
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 9, 30), 3)).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(workingDays.plusWorkingDays(LocalDate.of(2026, 9, 30), 4)).isEqualTo(LocalDate.of(2026, 10, 12));
        // Overdue from Wed 30 Sep to Mon 12 Oct: 8 Oct, 9 Oct, 10 Oct, 12 Oct = 4 working days.
        assertThat(workingDays.workingDaysBetween(LocalDate.of(2026, 9, 30), LocalDate.of(2026, 10, 12))).isEqualTo(4);
    }

    @Test
    void eachMeetingDecisionBecomesAnItemInProgressAddressedToItsUnit() {
        Long project = data.lead("staff", ProjectTestData.unique("推进会项目"));
        Long category = actors.as("leader", () -> supervision.categories()).keySet().iterator().next();
        Long meeting = actors.as("leader", () -> meetings.record(new MeetingDraft(MeetingKind.PROGRESS, "重点项目推进会",
                TODAY, "区政府会议室", "区长", "区领导、各单位负责人", Set.of(unit("区商务局")), Set.of(project), "研究应开未开项目。",
                List.of(new MeetingDraft.DecisionDraft(project, "协调解决项目用电接入", category, unit("区商务局"),
                        Set.of(unit("区发改委")), TODAY.plusDays(10), leaderId())))));

        List<ProblemRow> inbox = actors.as("unitlead", () -> supervision.myUnitInbox());
        assertThat(inbox).filteredOn(p -> p.projectId().equals(project)).singleElement().satisfies(p -> {
            assertThat(p.title()).isEqualTo("协调解决项目用电接入");
            assertThat(p.status()).isEqualTo(ProblemStatus.IN_PROGRESS);
            assertThat(p.source()).isEqualTo(ProblemSource.MEETING);
            assertThat(p.coUnits()).containsExactly("区发改委");
            assertThat(p.supervisingLeader()).isEqualTo("赵志远");
        });
        assertThat(actors.as("staff4", () -> supervision.myUnitInbox())).as("the co-operating unit sees it too")
                .anySatisfy(p -> assertThat(p.title()).isEqualTo("协调解决项目用电接入"));
        assertThat(actors.as("leader", () -> meetings.list())).filteredOn(m -> m.id().equals(meeting)).singleElement()
                .satisfies(m -> assertThat(m.openDecisions()).isEqualTo(1));
        assertThat(actors.as("leader", () -> supervision.supervisedByMe())).anySatisfy(p -> assertThat(p.projectId()).isEqualTo(project));
    }

    @Test
    void anItemPastItsDeadlineIsOverdueByWorkingDays() {
        Long project = data.lead("staff", ProjectTestData.unique("逾期督办"));
        Long problem = actors.as("staff", () -> supervision.raise(draft(project, "规划条件未出具", unit("区商务局"), null)));
        org.springframework.jdbc.core.JdbcTemplate jdbc = jdbcTemplate;
        jdbc.update("update problem set deadline = ? where id = ?", TODAY.minusDays(14), problem);

        ProblemRow row = get(problem);
        assertThat(row.overdue()).isTrue();
        assertThat(row.overdueWorkingDays()).isEqualTo(workingDays.workingDaysBetween(TODAY.minusDays(14), TODAY)).isPositive();
    }

    @Test
    void aProgressReportKeepsItsFilesAndAReportWithARefusedFileLeavesNothingBehind() throws Exception {
        Long project = data.lead("staff", ProjectTestData.unique("附件督办"));
        Long problem = actors.as("staff", () -> supervision.raise(draft(project, "规划许可批复", unit("区商务局"), null)));
        byte[] pdf = "%PDF-1.4\n批复文件".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] docx = {'P', 'K', 3, 4, 20, 0, 6, 0};
        actors.run("staff", () -> supervision.reportProgress(problem, "已取得规划许可", List.of(
                new ReportFile("规划许可批复.pdf", pdf), new ReportFile("办理情况报告.docx", docx))));

        ProblemEventRow progress = actors.as("staff", () -> supervision.events(problem)).getFirst();
        assertThat(progress.kind()).isEqualTo("PROGRESS");
        assertThat(progress.files()).extracting(ProblemFileRow::fileName).containsExactly("规划许可批复.pdf", "办理情况报告.docx");
        assertThat(progress.files()).extracting(ProblemFileRow::contentType)
                .containsExactly("application/pdf", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        try (java.io.InputStream in = actors.as("unitlead", () -> supervision.openFile(progress.files().getFirst().id()))) {
            assertThat(in.readAllBytes()).isEqualTo(pdf);
        }

        int events = actors.as("staff", () -> supervision.events(problem)).size();
        Integer files = jdbcTemplate.queryForObject("select count(*) from problem_file", Integer.class);
        long stored = storedFiles();
        byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        assertThatThrownBy(() -> actors.run("staff", () -> supervision.reportProgress(problem, "第二次报告", List.of(
                new ReportFile("现场照片.pdf", pdf), new ReportFile("说明.pdf", program)))))
                .isInstanceOf(BusinessException.class).hasMessageContaining("problem.file.badType");
        assertThat(actors.as("staff", () -> supervision.events(problem))).as("no report without its files").hasSize(events);
        assertThat(jdbcTemplate.queryForObject("select count(*) from problem_file", Integer.class)).isEqualTo(files);
        assertThat(storedFiles()).as("the accepted first file is removed again").isEqualTo(stored);
    }

    @Test
    void theAdministratorEntersNextYearsHolidaysAndOnlyRealExceptionsAreAccepted() {
        LocalDate springFestivalMonday = LocalDate.of(2027, 2, 8);
        LocalDate makeUpSunday = LocalDate.of(2027, 2, 14);
        assertThat(workingDays.isWorkingDay(springFestivalMonday)).isTrue();

        actors.run("admin", () -> calendar.save(new CalendarDay(springFestivalMonday, false, "春节")));
        actors.run("admin", () -> calendar.save(new CalendarDay(makeUpSunday, true, "春节调休上班")));
        assertThat(workingDays.isWorkingDay(springFestivalMonday)).isFalse();
        assertThat(workingDays.isWorkingDay(makeUpSunday)).isTrue();
        assertThat(actors.as("admin", () -> calendar.year(2027))).extracting(CalendarDay::day).contains(springFestivalMonday, makeUpSunday);

        assertThatThrownBy(() -> actors.run("admin", () -> calendar.save(new CalendarDay(LocalDate.of(2027, 2, 13), false, "周六"))))
                .isInstanceOf(BusinessException.class).hasMessageContaining("calendar.error.weekendOff");
        assertThatThrownBy(() -> actors.run("admin", () -> calendar.save(new CalendarDay(LocalDate.of(2027, 2, 10), true, "周三"))))
                .isInstanceOf(BusinessException.class).hasMessageContaining("calendar.error.weekdayWorking");
        assertThatThrownBy(() -> actors.run("unitlead", () -> calendar.save(new CalendarDay(LocalDate.of(2027, 2, 9), false, "春节"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(workingDays.isWorkingDay(LocalDate.of(2027, 2, 9))).isTrue();

        actors.run("admin", () -> calendar.remove(springFestivalMonday));
        actors.run("admin", () -> calendar.remove(makeUpSunday));
        assertThat(workingDays.isWorkingDay(springFestivalMonday)).isTrue();
        assertThat(workingDays.isWorkingDay(makeUpSunday)).isFalse();
    }

    @Test
    void minutesWrittenAfterTheMeetingRefuseAStaleVersionAndALaterDecisionBecomesAnItem() {
        Long project = data.lead("staff", ProjectTestData.unique("服务日项目"));
        Long meeting = actors.as("leader", () -> meetings.record(new MeetingDraft(MeetingKind.SERVICE_DAY, "项目服务日", TODAY, null,
                null, null, Set.of(), Set.of(project), "议程", List.of())));
        long version = actors.as("leader", () -> meetings.details(meeting)).version();
        actors.run("leader", () -> meetings.updateMinutes(meeting, version, "会议研究了供水接入问题"));
        assertThatThrownBy(() -> actors.run("unitlead", () -> meetings.updateMinutes(meeting, version, "另一份纪要")))
                .isInstanceOf(org.zhaoshang.crm.base.ConcurrentEditException.class);
        assertThat(actors.as("staff", () -> meetings.details(meeting)).minutes()).isEqualTo("会议研究了供水接入问题");

        Long category = actors.as("staff", () -> supervision.categories()).keySet().iterator().next();
        Long item = actors.as("leader", () -> meetings.addDecision(meeting, new MeetingDraft.DecisionDraft(project, "协调供水管网接入",
                category, unit("区商务局"), Set.of(), TODAY.plusDays(10), null)));
        assertThat(get(item).status()).isEqualTo(ProblemStatus.IN_PROGRESS);
        assertThat(get(item).source()).isEqualTo(ProblemSource.MEETING);
        assertThat(actors.as("staff", () -> meetings.details(meeting)).decisions()).extracting(MeetingDetails.DecisionLine::title)
                .containsExactly("协调供水管网接入");
        assertThatThrownBy(() -> actors.run("staff", () -> meetings.addDecision(meeting, new MeetingDraft.DecisionDraft(project, "员工不能加",
                category, unit("区商务局"), Set.of(), TODAY.plusDays(10), null)))).isInstanceOf(AccessDeniedException.class);
    }

    private long storedFiles() throws java.io.IOException {
        java.nio.file.Path dir = settings.files().directory();
        if (!java.nio.file.Files.isDirectory(dir)) {
            return 0;
        }
        try (var files = java.nio.file.Files.list(dir)) {
            return files.count();
        }
    }

    @Autowired
    WorkingDayCalendarService calendar;
    @Autowired
    SupervisionSettings settings;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbcTemplate;

    private ProblemDraft draft(Long project, String title, Long leadUnit, Long leader) {
        Long category = actors.as("staff", () -> supervision.categories()).keySet().iterator().next();
        return new ProblemDraft(null, 0, project, title, "说明", category, ProblemSource.DIRECT, leadUnit, Set.of(),
                TODAY.plusDays(20), null, leader);
    }

    private ProblemRow get(Long id) {
        return actors.as("admin", () -> supervision.get(id));
    }

    private Long unit(String name) {
        return actors.as("admin", () -> referenceData.units()).stream().filter(u -> u.name().equals(name))
                .map(UnitSummary::id).findFirst().orElseThrow();
    }

    private Long leaderId() {
        return jdbcTemplate.queryForObject("select id from app_user where username = 'leader'", Long.class);
    }
}
