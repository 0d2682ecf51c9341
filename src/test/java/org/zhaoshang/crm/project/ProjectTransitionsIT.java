package org.zhaoshang.crm.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.zhaoshang.crm.project.ProjectTestData.wan;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.zhaoshang.crm.base.BusinessException;
import org.zhaoshang.crm.base.ConcurrentEditException;
import org.zhaoshang.crm.support.Actors;
import org.zhaoshang.crm.support.CrmIntegrationTest;

/** Every rule of the pipeline, against the real database: what each stage needs, who may go back, 搁置/终止. */
@CrmIntegrationTest
class ProjectTransitionsIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    ProjectService projects;
    @Autowired
    ProjectTestData data;
    @Autowired
    Actors actors;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNewProjectStartsAsALeadWithItsFirstTimelineEntry() {
        Long id = data.lead("staff", ProjectTestData.unique("线索测试"));

        ProjectDetails project = data.get("staff", id);
        assertThat(project.stage()).isEqualTo(Stage.LEAD);
        assertThat(project.ownerName()).isEqualTo("李明");
        assertThat(project.responsibleUnitName()).isEqualTo("区商务局");
        List<StageChangeRow> timeline = actors.as("staff", () -> projects.timeline(id));
        assertThat(timeline).singleElement().satisfies(row -> {
            assertThat(row.kind()).isEqualTo(StageChangeKind.CREATED);
            assertThat(row.to()).isEqualTo(Stage.LEAD);
            assertThat(row.byName()).isEqualTo("李明");
        });
    }

    @Test
    void aProjectWithoutNameCompanySourceOrOwnerIsRefused() {
        long before = actors.as("admin", () -> projects.count(ProjectFilter.none()));
        Long companyId = data.company("staff", ProjectTestData.unique("必填测试") + "有限公司");

        assertRefused("staff", () -> projects.create(ProjectDraft.newLead(" ", companyId, ProjectSource.OTHER, 1L, null)),
                "validation.required");
        assertRefused("staff", () -> projects.create(ProjectDraft.newLead("名称", null, ProjectSource.OTHER, 1L, null)),
                "validation.required");
        assertRefused("staff", () -> projects.create(ProjectDraft.newLead("名称", companyId, null, 1L, null)),
                "validation.required");
        assertRefused("staff", () -> projects.create(ProjectDraft.newLead("名称", companyId, ProjectSource.OTHER, null, null)),
                "validation.required");
        assertThat(actors.as("admin", () -> projects.count(ProjectFilter.none()))).isEqualTo(before);
    }

    @Test
    void siteVisitNeedsItsDateAndTheTransitionRecordsWhoWhenFromAndTo() {
        Long id = data.lead("staff", ProjectTestData.unique("考察测试"));
        long version = data.get("staff", id).version();

        assertThatThrownBy(() -> actors.run("staff", () -> projects.advance(id, version, Stage.SITE_VISIT, StageFacts.none(), null)))
                .isInstanceOfSatisfying(MissingFactsException.class, e -> assertThat(e.missing()).containsExactly(Fact.SITE_VISIT_DATE));
        assertThat(data.get("staff", id).stage()).isEqualTo(Stage.LEAD);

        LocalDate visit = TODAY.minusDays(3);
        actors.run("staff", () -> projects.advance(id, version, Stage.SITE_VISIT,
                new StageFacts(visit, null, null, null, null, null, null, null, null, null, null), "请进来：企业来二七考察"));

        ProjectDetails project = data.get("staff", id);
        assertThat(project.stage()).isEqualTo(Stage.SITE_VISIT);
        assertThat(project.siteVisitDate()).isEqualTo(visit);
        StageChangeRow last = actors.as("staff", () -> projects.timeline(id)).getFirst();
        assertThat(last.kind()).isEqualTo(StageChangeKind.ADVANCED);
        assertThat(last.from()).isEqualTo(Stage.LEAD);
        assertThat(last.to()).isEqualTo(Stage.SITE_VISIT);
        assertThat(last.byName()).isEqualTo("李明");
        assertThat(last.remark()).isEqualTo("请进来：企业来二七考察");
    }

    @Test
    void negotiationNeedsPlannedInvestmentAndLandingArea() {
        Long id = data.lead("staff", ProjectTestData.unique("洽谈测试"));
        long version = data.get("staff", id).version();

        assertThat(actors.as("staff", () -> projects.missingFacts(id, Stage.NEGOTIATION)))
                .containsExactly(Fact.TOTAL_INVESTMENT, Fact.AREA);
        actors.run("staff", () -> projects.advance(id, version, Stage.NEGOTIATION,
                new StageFacts(null, wan(20000), data.areaId("中央商务区"), null, null, null, null, null, null, null, null), null));

        ProjectDetails project = data.get("staff", id);
        assertThat(project.stage()).isEqualTo(Stage.NEGOTIATION);
        assertThat(project.totalInvestment()).isEqualByComparingTo("20000");
        assertThat(project.areaName()).isEqualTo("中央商务区");
    }

    @Test
    void signingAsksForDateTypeAndAmountAndRecordsTheAgreement() {
        Long id = negotiating("签约测试");
        long version = data.get("staff", id).version();
        assertThat(actors.as("staff", () -> projects.missingFacts(id, Stage.SIGNED)))
                .containsExactly(Fact.SIGN_DATE, Fact.AGREEMENT_TYPE, Fact.AGREEMENT_AMOUNT);

        assertThatThrownBy(() -> actors.run("staff", () -> projects.advance(id, version, Stage.SIGNED,
                new StageFacts(null, null, null, TODAY, null, null, null, null, null, null, null), null)))
                .isInstanceOfSatisfying(MissingFactsException.class,
                        e -> assertThat(e.missing()).containsExactly(Fact.AGREEMENT_TYPE, Fact.AGREEMENT_AMOUNT));
        actors.run("staff", () -> projects.advance(id, version, Stage.SIGNED, new StageFacts(null, null, null, TODAY.minusDays(1),
                AgreementType.FRAMEWORK, wan(10000), "《共建二七区数字化集聚平台》", null, null, null, null), null));

        assertThat(data.get("staff", id).actualSignDate()).isEqualTo(TODAY.minusDays(1));
        assertThat(actors.as("staff", () -> projects.agreements(id))).singleElement().satisfies(a -> {
            assertThat(a.type()).isEqualTo(AgreementType.FRAMEWORK);
            assertThat(a.amount()).isEqualByComparingTo("10000");
            assertThat(a.title()).isEqualTo("《共建二七区数字化集聚平台》");
            assertThat(a.parties()).contains("二七区");
        });
    }

    @Test
    void landingStartAndOperationEachNeedTheirDateWhichCannotLieInTheFuture() {
        Long id = signed("落地测试");
        long version = data.get("staff", id).version();

        assertThat(actors.as("staff", () -> projects.missingFacts(id, Stage.OPERATING)))
                .containsExactly(Fact.LAND_DATE, Fact.START_DATE, Fact.OPERATION_DATE);
        assertRefused("staff", () -> projects.advance(id, version, Stage.LANDED,
                new StageFacts(null, null, null, null, null, null, null, null, TODAY.plusDays(1), null, null), null),
                "project.error.actualDateInFuture");
        actors.run("staff", () -> projects.advance(id, version, Stage.OPERATING, new StageFacts(null, null, null, null, null,
                null, null, null, TODAY.minusDays(30), TODAY.minusDays(20), TODAY.minusDays(1)), "跨阶段推进"));

        ProjectDetails project = data.get("staff", id);
        assertThat(project.stage()).isEqualTo(Stage.OPERATING);
        assertThat(project.actualLandDate()).isEqualTo(TODAY.minusDays(30));
        assertThat(project.actualStartDate()).isEqualTo(TODAY.minusDays(20));
        assertThat(project.actualOperationDate()).isEqualTo(TODAY.minusDays(1));
    }

    @Test
    void advancingBackwardsIsRefusedAndOnlyLeadersMayStepBackWithAReason() {
        Long id = signed("退回测试");
        long version = data.get("staff", id).version();

        assertRefused("staff", () -> projects.advance(id, version, Stage.CONTACT, StageFacts.none(), null), "project.error.notForward");
        assertThatThrownBy(() -> actors.run("staff", () -> projects.stepBack(id, version, Stage.NEGOTIATION, "误操作")))
                .isInstanceOf(AccessDeniedException.class);
        assertRefused("leader", () -> projects.stepBack(id, version, Stage.NEGOTIATION, " "), "validation.required");

        actors.run("leader", () -> projects.stepBack(id, version, Stage.NEGOTIATION, "协议尚未生效，退回洽谈"));

        ProjectDetails project = data.get("leader", id);
        assertThat(project.stage()).isEqualTo(Stage.NEGOTIATION);
        assertThat(project.actualSignDate()).as("the signing date belongs to the stage left").isNull();
        StageChangeRow last = actors.as("leader", () -> projects.timeline(id)).getFirst();
        assertThat(last.kind()).isEqualTo(StageChangeKind.STEPPED_BACK);
        assertThat(last.remark()).isEqualTo("协议尚未生效，退回洽谈");
        assertThat(last.byName()).isEqualTo("赵志远");
    }

    @Test
    void aPausedProjectResumesAtTheStageItWasPausedFrom() {
        Long id = negotiating("搁置测试");
        long version = data.get("staff", id).version();
        assertRefused("staff", () -> projects.putOnHold(id, version, ""), "validation.required");

        actors.run("staff", () -> projects.putOnHold(id, version, "企业资金链调整，暂缓"));
        ProjectDetails held = data.get("staff", id);
        assertThat(held.stage()).isEqualTo(Stage.ON_HOLD);
        assertThat(held.holdReason()).isEqualTo("企业资金链调整，暂缓");

        actors.run("staff", () -> projects.resume(id, held.version(), "企业恢复推进"));
        ProjectDetails resumed = data.get("staff", id);
        assertThat(resumed.stage()).isEqualTo(Stage.NEGOTIATION);
        assertThat(resumed.holdReason()).isNull();
    }

    @Test
    void aDroppedProjectCanBeRestoredByALeaderOnly() {
        Long id = negotiating("终止测试");
        long version = data.get("staff", id).version();
        actors.run("staff", () -> projects.drop(id, version, "企业另行选址"));
        ProjectDetails dropped = data.get("staff", id);
        assertThat(dropped.stage()).isEqualTo(Stage.DROPPED);

        assertThatThrownBy(() -> actors.run("staff", () -> projects.resume(id, dropped.version(), null)))
                .isInstanceOf(AccessDeniedException.class);
        actors.run("leader", () -> projects.resume(id, dropped.version(), "企业重新对接"));
        assertThat(data.get("staff", id).stage()).isEqualTo(Stage.NEGOTIATION);
    }

    @Test
    void theSecondOfTwoConcurrentChangesIsRefusedAndTheFirstIsKept() {
        Long id = data.lead("staff", ProjectTestData.unique("并发测试"));
        ProjectDetails seenByBoth = data.get("staff", id);

        actors.run("unitlead", () -> projects.update(ProjectDraft.of(seenByBoth).withTotalInvestment(wan(5000))));

        assertThatThrownBy(() -> actors.run("staff", () -> projects.update(ProjectDraft.of(seenByBoth).withTotalInvestment(wan(9000)))))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> actors.run("staff", () -> projects.putOnHold(id, seenByBoth.version(), "过期的页面")))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(data.get("staff", id).totalInvestment()).isEqualByComparingTo("5000");
        assertThat(data.get("staff", id).stage()).isEqualTo(Stage.LEAD);
    }

    @Test
    void aPassedPlannedStartBeforeStartedMakesTheProject应开未开UntilItStarts() {
        Long id = signed("应开未开测试");
        ProjectDetails project = data.get("staff", id);
        ProjectDraft draft = ProjectDraft.of(project);
        actors.run("staff", () -> projects.update(new ProjectDraft(draft.id(), draft.version(), draft.name(), draft.companyId(),
                draft.industryId(), draft.investmentMode(), draft.totalInvestment(), null, null, null, null, null, null,
                draft.areaId(), null, draft.source(), null, draft.ownerId(), draft.responsibleUnitId(), null, false, false,
                false, null, draft.siteVisitDate(), null, draft.actualSignDate(), null, null, TODAY.minusDays(1), null, null,
                null, null, null)));

        assertThat(data.get("staff", id).overdueStart()).isTrue();
        ProjectFilter overdue = new ProjectFilter(java.util.Set.of(), null, null, null, null, false, false, true, false,
                project.name(), null);
        assertThat(actors.as("staff", () -> projects.list(overdue, 0, 10, List.of()))).extracting(ProjectSummary::id).containsExactly(id);

        ProjectDetails before = data.get("staff", id);
        actors.run("staff", () -> projects.advance(id, before.version(), Stage.STARTED, new StageFacts(null, null, null, null,
                null, null, null, null, TODAY.minusDays(5), TODAY, null), null));
        assertThat(data.get("staff", id).overdueStart()).isFalse();
        assertThat(actors.as("staff", () -> projects.list(overdue, 0, 10, List.of()))).isEmpty();
    }

    @Test
    void aNegotiationWithoutActivityForThirtyDaysIsStale() {
        Long id = negotiating("停滞测试");
        assertThat(data.get("staff", id).stale()).isFalse();

        jdbc.update("update project set last_activity_at = utc_timestamp(6) - interval 31 day where id = ?", id);

        assertThat(data.get("staff", id).stale()).isTrue();
        ProjectFilter stale = new ProjectFilter(java.util.Set.of(), null, null, null, null, false, false, false, true,
                data.get("staff", id).name(), null);
        assertThat(actors.as("staff", () -> projects.list(stale, 0, 10, List.of()))).extracting(ProjectSummary::stale).containsExactly(true);
    }

    private Long negotiating(String name) {
        Long id = data.lead("staff", ProjectTestData.unique(name));
        long version = data.get("staff", id).version();
        actors.run("staff", () -> projects.advance(id, version, Stage.NEGOTIATION,
                new StageFacts(null, wan(30000), data.areaId("二七经开区"), null, null, null, null, null, null, null, null), null));
        return id;
    }

    private Long signed(String name) {
        Long id = negotiating(name);
        long version = data.get("staff", id).version();
        actors.run("staff", () -> projects.advance(id, version, Stage.SIGNED, new StageFacts(null, null, null,
                TODAY.minusDays(60), AgreementType.INVESTMENT, wan(30000), null, null, null, null, null), null));
        return id;
    }

    private void assertRefused(String username, Runnable call, String key) {
        assertThatThrownBy(() -> actors.run(username, call))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
