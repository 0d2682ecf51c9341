package org.zhaoshang.crm.trip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.zhaoshang.crm.base.BusinessException;
import org.zhaoshang.crm.company.CompanyDraft;
import org.zhaoshang.crm.company.CompanyFilter;
import org.zhaoshang.crm.company.CompanyService;
import org.zhaoshang.crm.company.SimilarCompaniesException;
import org.zhaoshang.crm.org.ReferenceDataService;
import org.zhaoshang.crm.project.AgreementType;
import org.zhaoshang.crm.project.ProjectDetails;
import org.zhaoshang.crm.project.ProjectService;
import org.zhaoshang.crm.project.ProjectSource;
import org.zhaoshang.crm.project.ProjectTestData;
import org.zhaoshang.crm.project.ProjectTimelineSource;
import org.zhaoshang.crm.project.Stage;
import org.zhaoshang.crm.project.StageFacts;
import org.zhaoshang.crm.support.Actors;
import org.zhaoshang.crm.support.CrmIntegrationTest;

/** Trips against the real database: projects from visits, the funnel on a fixture, no duplicate companies. */
@CrmIntegrationTest
class TripServiceIT {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    TripService trips;
    @Autowired
    ProjectService projects;
    @Autowired
    CompanyService companies;
    @Autowired
    ReferenceDataService referenceData;
    @Autowired
    List<ProjectTimelineSource> timelines;
    @Autowired
    Actors actors;

    @Test
    void aProjectCreatedFromAVisitHasTheTripAsItsSourceAndShowsTheVisitOnItsTimeline() {
        Long trip = trip("staff", TODAY.minusDays(40), TODAY.minusDays(38));
        Long visit = visitNewCompany("staff", trip, TODAY.minusDays(39), ProjectTestData.unique("来源测试") + "新材料有限公司");

        Long project = actors.as("staff", () -> trips.createProject(visit, "来源测试项目", Stage.CONTACT, ownerId("staff")));

        ProjectDetails details = actors.as("staff", () -> projects.get(project));
        assertThat(details.source()).isEqualTo(ProjectSource.TRIP_VISIT);
        assertThat(details.sourceTripId()).isEqualTo(trip);
        assertThat(details.stage()).isEqualTo(Stage.CONTACT);
        assertThat(actors.as("staff", () -> trips.visits(trip))).singleElement()
                .satisfies(v -> assertThat(v.projectId()).isEqualTo(project));
        assertThat(timelines.stream().flatMap(t -> t.entries(project).stream()))
                .singleElement().satisfies(e -> {
                    assertThat(e.date()).isEqualTo(TODAY.minusDays(39));
                    assertThat(e.kindKey()).isEqualTo("visitKind.TALK");
                    assertThat(e.link()).isEqualTo("trips/" + trip);
                });
    }

    @Test
    void theFunnelCountsAmountsAndDaysMatchAHandComputedFixture() {
        LocalDate start = TODAY.minusDays(100);
        Long trip = trip("staff", start, start.plusDays(2));
        Long a = project(trip, start, "漏斗甲");
        Long b = project(trip, start.plusDays(1), "漏斗乙");
        project(trip, start.plusDays(2), "漏斗丙");
        negotiate(a, 10000);
        negotiate(b, 20000);
        ProjectDetails beforeSigning = actors.as("staff", () -> projects.get(b));
        actors.run("staff", () -> projects.advance(b, beforeSigning.version(), Stage.SIGNED, new StageFacts(null, null, null,
                start.plusDays(11), AgreementType.INVESTMENT, ProjectTestData.wan(20000), null, null, null, null, null), null));

        TripFunnel funnel = actors.as("staff", () -> trips.funnel(trip));

        // Hand-computed: 3 projects; 甲 and 乙 reached 洽谈 (10,000 + 20,000); only 乙 signed, 10 days after its
        // visit on day 2 (start + 1 → start + 11); nothing landed.
        assertThat(funnel.leads()).isEqualTo(3);
        assertThat(funnel.leadAmount()).isEqualByComparingTo("30000");
        assertThat(step(funnel, Stage.NEGOTIATION).count()).isEqualTo(2);
        assertThat(step(funnel, Stage.NEGOTIATION).amount()).isEqualByComparingTo("30000");
        assertThat(step(funnel, Stage.SIGNED).count()).isEqualTo(1);
        assertThat(step(funnel, Stage.SIGNED).amount()).isEqualByComparingTo("20000");
        assertThat(step(funnel, Stage.SIGNED).averageDays()).isEqualTo(10);
        assertThat(step(funnel, Stage.LANDED).count()).isZero();
        assertThat(step(funnel, Stage.LANDED).averageDays()).isNull();
        assertThat(actors.as("staff", () -> trips.list(null, null))).filteredOn(t -> t.id().equals(trip)).singleElement()
                .satisfies(t -> {
                    assertThat(t.visits()).isEqualTo(3);
                    assertThat(t.projects()).isEqualTo(3);
                    assertThat(t.negotiating()).isEqualTo(2);
                    assertThat(t.signed()).isEqualTo(1);
                    assertThat(t.signedAmount()).isEqualByComparingTo("20000");
                });
    }

    @Test
    void aVisitToAKnownCompanyNeverCreatesASecondRecordOfIt() {
        String brand = ProjectTestData.unique("恒远");
        Long existing = actors.as("staff", () -> companies.save(CompanyDraft.named("上海" + brand + "科技有限公司"), true));
        long before = actors.as("staff", () -> companies.count(CompanyFilter.none()));
        Long trip = trip("staff", TODAY.minusDays(5), TODAY);

        assertThatThrownBy(() -> visitNewCompany("staff", trip, TODAY, brand + "科技"))
                .isInstanceOfSatisfying(SimilarCompaniesException.class,
                        e -> assertThat(e.similar()).extracting(c -> c.id()).contains(existing));
        assertThat(actors.as("staff", () -> companies.count(CompanyFilter.none()))).isEqualTo(before);
        assertThat(actors.as("staff", () -> trips.visits(trip))).isEmpty();

        actors.run("staff", () -> trips.saveVisit(new VisitDraft(null, 0, trip, TODAY, 0, existing, null, false, VisitKind.SURVEY,
                null, null, null, null, null, true)));
        assertThat(actors.as("staff", () -> trips.visits(trip))).singleElement()
                .satisfies(v -> assertThat(v.companyId()).isEqualTo(existing));
        assertThat(actors.as("staff", () -> companies.count(CompanyFilter.none()))).isEqualTo(before);
    }

    @Test
    void aVisitOutsideTheTripsDatesIsRefused() {
        Long trip = trip("staff", TODAY.minusDays(10), TODAY.minusDays(8));
        assertThatThrownBy(() -> visitNewCompany("staff", trip, TODAY, ProjectTestData.unique("日期外") + "有限公司"))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.messageKey()).isEqualTo("trip.error.visitOutsideTrip"));
    }

    @Test
    void someoneOutsideTheTripCannotAddVisitsToIt() {
        Long trip = trip("staff", TODAY.minusDays(3), TODAY);
        assertThatThrownBy(() -> visitNewCompany("staff2", trip, TODAY, ProjectTestData.unique("越权走访") + "有限公司"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aHalfFilledVisitIsKeptOnTheServerUntilTheVisitIsSaved() {
        Long trip = trip("staff", TODAY.minusDays(1), TODAY);
        actors.run("staff", () -> trips.keepDraft(trip, 0, "learned=企业有扩产意向\n"));

        assertThat(actors.as("staff", () -> trips.draft(trip, 0))).contains("learned=企业有扩产意向\n");
        assertThat(actors.as("staff2", () -> trips.draft(trip, 0))).as("drafts are personal").isEmpty();

        visitNewCompany("staff", trip, TODAY, ProjectTestData.unique("草稿") + "有限公司");
        assertThat(actors.as("staff", () -> trips.draft(trip, 0))).isEmpty();
    }

    private Long trip(String username, LocalDate start, LocalDate end) {
        Long city = actors.as(username, () -> referenceData.cities()).stream().filter(c -> c.name().equals("杭州"))
                .findFirst().orElseThrow().id();
        return actors.as(username, () -> trips.save(new TripDraft(null, 0, ProjectTestData.unique("测试考察"), start, end,
                List.of(city), "区领导", Set.of(), Set.of(), "测试", null)));
    }

    private Long visitNewCompany(String username, Long trip, LocalDate date, String company) {
        return actors.as(username, () -> trips.saveVisit(new VisitDraft(null, 0, trip, date, 0, null, company, false,
                VisitKind.TALK, "杭州", null, null, "了解情况", null, true)));
    }

    private Long project(Long trip, LocalDate date, String name) {
        Long visit = visitNewCompany("staff", trip, date, ProjectTestData.unique(name) + "生物科技有限公司");
        return actors.as("staff", () -> trips.createProject(visit, ProjectTestData.unique(name), Stage.LEAD, ownerId("staff")));
    }

    private void negotiate(Long project, long amount) {
        ProjectDetails details = actors.as("staff", () -> projects.get(project));
        Long area = actors.as("staff", () -> referenceData.areas()).getFirst().id();
        actors.run("staff", () -> projects.advance(project, details.version(), Stage.NEGOTIATION,
                new StageFacts(null, BigDecimal.valueOf(amount), area, null, null, null, null, null, null, null, null), null));
    }

    private Long ownerId(String username) {
        return actors.as(username, () -> ((org.zhaoshang.crm.security.CrmPrincipal) org.springframework.security.core.context
                .SecurityContextHolder.getContext().getAuthentication().getPrincipal()).userId());
    }

    private static TripFunnel.Step step(TripFunnel funnel, Stage stage) {
        return funnel.steps().stream().filter(s -> s.stage() == stage).findFirst().orElseThrow();
    }
}
