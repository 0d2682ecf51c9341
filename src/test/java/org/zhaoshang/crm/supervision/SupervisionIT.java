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
