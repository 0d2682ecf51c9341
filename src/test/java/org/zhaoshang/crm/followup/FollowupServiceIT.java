package org.zhaoshang.crm.followup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.zhaoshang.crm.base.BusinessException;
import org.zhaoshang.crm.org.ReferenceDataService;
import org.zhaoshang.crm.project.ProjectDetails;
import org.zhaoshang.crm.project.ProjectService;
import org.zhaoshang.crm.project.ProjectTestData;
import org.zhaoshang.crm.project.ProjectTimelineSource;
import org.zhaoshang.crm.project.Stage;
import org.zhaoshang.crm.project.StageFacts;
import org.zhaoshang.crm.support.Actors;
import org.zhaoshang.crm.support.CrmIntegrationTest;

/** Follow-ups: the next date comes back until answered, they keep projects from going stale, access holds. */
@CrmIntegrationTest
class FollowupServiceIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    FollowupService followups;
    @Autowired
    ProjectService projects;
    @Autowired
    ReferenceDataService referenceData;
    @Autowired
    List<ProjectTimelineSource> timelines;
    @Autowired
    ProjectTestData data;
    @Autowired
    Actors actors;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aLaterFollowupAnswersTheEarlierNextDate() {
        Long project = data.lead("staff", ProjectTestData.unique("跟进闭环"));
        record("staff", project, "首次电话", TODAY.plusDays(1));
        assertThat(mineIn("staff", project)).hasSize(1);

        record("staff", project, "上门拜访，企业确认考察时间", TODAY.plusDays(5));

        List<FollowupRow> open = mineIn("staff", project);
        assertThat(open).singleElement().satisfies(f -> assertThat(f.nextDate()).isEqualTo(TODAY.plusDays(5)));
        assertThat(actors.as("staff", () -> followups.ofProject(project))).hasSize(2)
                .first().satisfies(f -> assertThat(f.content()).isEqualTo("上门拜访，企业确认考察时间"));
    }

    @Test
    void aNextDateInThePastOrAnEmptyContentIsRefused() {
        Long project = data.lead("staff", ProjectTestData.unique("跟进校验"));
        assertThatThrownBy(() -> record("staff", project, "电话", TODAY.minusDays(1)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("followup.error.nextInPast"));
        assertThatThrownBy(() -> record("staff", project, " ", null))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("validation.required"));
        assertThat(actors.as("staff", () -> followups.ofProject(project))).isEmpty();
    }

    @Test
    void nobodyRecordsFollowupsOnAnotherUnitsProject() {
        Long project = data.lead("staff", ProjectTestData.unique("跟进越权"));
        assertThatThrownBy(() -> record("staff2", project, "越权记录", null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aFollowupKeepsANegotiationFromBeingStaleAndShowsOnTheTimeline() {
        Long project = data.lead("staff", ProjectTestData.unique("跟进活跃"));
        ProjectDetails lead = data.get("staff", project);
        Long area = actors.as("staff", () -> referenceData.areas()).getFirst().id();
        actors.run("staff", () -> projects.advance(project, lead.version(), Stage.NEGOTIATION,
                new StageFacts(null, BigDecimal.valueOf(5000), area, null, null, null, null, null, null, null, null), null));
        jdbc.update("update project set last_activity_at = utc_timestamp(6) - interval 40 day where id = ?", project);
        assertThat(data.get("staff", project).stale()).isTrue();

        record("staff", project, "电话了解企业董事会决策进度", null);

        assertThat(data.get("staff", project).stale()).isFalse();
        assertThat(timelines.stream().flatMap(t -> t.entries(project).stream()))
                .anySatisfy(e -> assertThat(e.text()).contains("电话了解企业董事会决策进度"));
    }

    private Long record(String username, Long project, String content, LocalDate next) {
        return actors.as(username, () -> followups.record(new FollowupDraft(null, 0, project, FollowupKind.PHONE,
                Instant.now().minusSeconds(30), null, null, content, null, next == null ? null : "继续跟进", next)));
    }

    private List<FollowupRow> mineIn(String username, Long project) {
        MyFollowups mine = actors.as(username, () -> followups.mine());
        return java.util.stream.Stream.of(mine.overdue(), mine.today(), mine.thisWeek()).flatMap(List::stream)
                .filter(f -> f.projectId().equals(project)).toList();
    }
}
