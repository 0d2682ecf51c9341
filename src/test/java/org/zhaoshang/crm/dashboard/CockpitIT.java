package org.zhaoshang.crm.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.zhaoshang.crm.base.BusinessException;
import org.zhaoshang.crm.base.ConcurrentEditException;
import org.zhaoshang.crm.dashboard.Cockpit.Figure;
import org.zhaoshang.crm.org.ReferenceDataService;
import org.zhaoshang.crm.project.AgreementType;
import org.zhaoshang.crm.project.ProjectService;
import org.zhaoshang.crm.project.ProjectTestData;
import org.zhaoshang.crm.project.StageFacts;
import org.zhaoshang.crm.project.ProjectTotals;
import org.zhaoshang.crm.project.Stage;
import org.zhaoshang.crm.support.Actors;
import org.zhaoshang.crm.support.CrmIntegrationTest;

/**
 * Every figure of the cockpit against the hand-computed {@link CockpitFixture}, and for every figure the
 * drill-down list: exactly as many rows, and the same 万元, as the figure says.
 */
@CrmIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CockpitIT {

    /** The fixture is read "as of" this day: 140 of 2019's 365 days have passed. */
    static final LocalDate TODAY = LocalDate.of(2019, 5, 20);

    @Autowired
    CockpitService cockpit;
    @Autowired
    TargetService targets;
    @Autowired
    ProjectService projects;
    @Autowired
    ReferenceDataService referenceData;
    @Autowired
    Actors actors;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProjectTestData data;

    CockpitFixture fx;
    CockpitFilter year2019;

    @BeforeAll
    void buildFixture() {
        fx = new CockpitFixture(jdbc, actors, referenceData);
        fx.build();
        year2019 = new CockpitFilter(Period.year(TODAY), fx.unit, null, null);
        actors.run("admin", () -> {
            Target blank = targets.targets(2019, 0).stream().filter(t -> fx.unit.equals(t.unitId())).findFirst().orElseThrow();
            targets.save(blank.with(10, new BigDecimal("5000.00"), 4, 20));
        });
    }

    @Test
    void signingsCountEachProjectOnceOnItsFirstAgreementAgainstTheUnitsTarget() {
        Cockpit.Progress progress = asLeader(() -> cockpit.progress(year2019, TODAY));

        assertFigure(progress.signed(), 3, "2200.00");   // P1 (first of two agreements), P2, P6; P3 signed in 2018
        assertFigure(progress.landed(), 2, "1500.00");   // P1, P2
        assertFigure(progress.library(), 2, "1500.00");  // P1, P2
        assertThat(progress.target().signedCount()).isEqualTo(10);
        assertThat(progress.target().signedAmount()).isEqualByComparingTo("5000");
        assertThat(progress.target().landedCount()).isEqualTo(4);
        assertThat(progress.target().libraryCount()).isEqualTo(20);
        assertThat(progress.elapsedShare()).isCloseTo(140.0 / 365, within(1e-9));
    }

    @Test
    void theFunnelShowsTodaysStageOfEveryPipelineProject() {
        List<Cockpit.StageFigure> stages = asLeader(() -> cockpit.funnel(year2019));
        Map<Stage, Figure> funnel = stages.stream()
                .collect(Collectors.toMap(Cockpit.StageFigure::stage, Cockpit.StageFigure::figure));

        assertThat(stages).extracting(Cockpit.StageFigure::stage).containsExactlyElementsOf(Stage.PIPELINE);
        assertFigure(funnel.get(Stage.LEAD), 1, "0.00");
        assertFigure(funnel.get(Stage.CONTACT), 0, "0.00");
        assertFigure(funnel.get(Stage.SITE_VISIT), 0, "0.00");
        assertFigure(funnel.get(Stage.NEGOTIATION), 1, "300.00");
        assertFigure(funnel.get(Stage.SIGNED), 1, "2000.00");
        assertFigure(funnel.get(Stage.LANDED), 1, "500.00");
        assertFigure(funnel.get(Stage.STARTED), 0, "0.00");
        assertFigure(funnel.get(Stage.OPERATING), 1, "1000.00");  // P6 was dropped: not in the pipeline
    }

    @Test
    void industriesAddTheirBranchesIntoTheirWheel() {
        Map<Long, Figure> byIndustry = asLeader(() -> cockpit.industries(year2019)).stream()
                .collect(Collectors.toMap(Cockpit.IndustryFigure::industryId, Cockpit.IndustryFigure::figure));

        assertThat(byIndustry.keySet()).containsExactlyInAnyOrder(fx.wheelA, fx.branchA1, fx.branchA2, fx.wheelB, fx.branchB1);
        assertFigure(byIndustry.get(fx.branchA1), 2, "1300.00");  // P1, P4
        assertFigure(byIndustry.get(fx.branchA2), 1, "500.00");   // P2 (P6 dropped)
        assertFigure(byIndustry.get(fx.wheelA), 3, "1800.00");
        assertFigure(byIndustry.get(fx.branchB1), 1, "2000.00");  // P3
        assertFigure(byIndustry.get(fx.wheelB), 1, "2000.00");
    }

    @Test
    void threeBatchesCountSigningsStartsAndOperationsThisMonthQuarterAndYear() {
        List<Cockpit.Batch> batches = asLeader(() -> cockpit.batches(year2019, TODAY));

        assertThat(batches).extracting(Cockpit.Batch::kind).containsExactly(PeriodKind.MONTH, PeriodKind.QUARTER, PeriodKind.YEAR);
        Cockpit.Batch may = batches.get(0);
        assertFigure(may.signed(), 1, "500.00");       // P2 on 05-05
        assertFigure(may.started(), 0, "0.00");        // P1 started in April
        assertFigure(may.operating(), 1, "1000.00");   // P1 on 05-10
        Cockpit.Batch secondQuarter = batches.get(1);
        assertFigure(secondQuarter.signed(), 2, "1200.00");  // P2, P6
        assertFigure(secondQuarter.started(), 1, "1000.00");
        assertFigure(secondQuarter.operating(), 1, "1000.00");
        Cockpit.Batch year = batches.get(2);
        assertFigure(year.signed(), 3, "2200.00");
        assertFigure(year.started(), 1, "1000.00");
        assertFigure(year.operating(), 1, "1000.00");
    }

    @Test
    void pipelineProjectsAreCountedByTheirCompanysHomeCity() {
        Map<Long, Figure> byCity = asLeader(() -> cockpit.cities(year2019)).stream()
                .collect(Collectors.toMap(Cockpit.CityFigure::cityId, Cockpit.CityFigure::figure));

        assertThat(byCity.keySet()).containsExactlyInAnyOrder(fx.cityOne, fx.cityTwo);
        assertFigure(byCity.get(fx.cityOne), 3, "1500.00");  // P1, P2, P5
        assertFigure(byCity.get(fx.cityTwo), 2, "2300.00");  // P3, P4; P6 was dropped
    }

    @Test
    void unitsAreRankedBySigningsAgainstTheirTargets() {
        List<Cockpit.UnitRank> mine = asLeader(() -> cockpit.ranking(year2019));
        assertThat(mine).hasSize(1);
        Cockpit.UnitRank unit = mine.getFirst();
        assertThat(unit.rank()).isEqualTo(1);
        assertFigure(unit.leads(), 5, "2500.00");    // P1, P2, P4, P5, P6
        assertFigure(unit.signed(), 3, "2200.00");
        assertFigure(unit.landed(), 2, "1500.00");
        assertThat(unit.signedRate()).isCloseTo(0.3, within(1e-9));

        List<Cockpit.UnitRank> district = asLeader(() -> cockpit.ranking(year2019.withUnit(null)));
        Cockpit.UnitRank ours = district.stream().filter(u -> fx.unit.equals(u.unitId())).findFirst().orElseThrow();
        Cockpit.UnitRank theirs = district.stream().filter(u -> fx.otherUnit.equals(u.unitId())).findFirst().orElseThrow();
        assertThat(ours.signed().count()).isEqualTo(3);
        assertFigure(theirs.signed(), 1, "400.00");
        assertThat(ours.rank()).isLessThan(theirs.rank());
        assertThat(district).extracting(Cockpit.UnitRank::rank).isSorted();
        for (Cockpit.UnitRank u : List.of(ours, theirs)) {
            assertDrillDown(u.leads());
            assertDrillDown(u.signed());
            assertDrillDown(u.landed());
        }
    }

    @Test
    void aTripShowsWhatItsSourceAndVisitedProjectsReached() {
        List<Cockpit.TripFigure> trips = asLeader(() -> cockpit.trips(year2019));

        assertThat(trips).hasSize(1);
        Cockpit.TripFigure trip = trips.getFirst();
        assertThat(trip.tripId()).isEqualTo(fx.trip);
        assertFigure(trip.projects(), 3, "1800.00");     // P1, P4 (source), P2 (visit); P1 visited too, once
        assertFigure(trip.negotiating(), 3, "1800.00");
        assertFigure(trip.signed(), 2, "1500.00");
        assertFigure(trip.landed(), 2, "1500.00");
    }

    @Test
    void alertsCountOverdueStartsOverdueProblemsAndStaleNegotiations() {
        Cockpit.Alerts alerts = asLeader(() -> cockpit.alerts(year2019, TODAY));

        assertFigure(alerts.overdueStart(), 2, "2300.00");      // P3, P4
        assertFigure(alerts.staleNegotiations(), 1, "300.00");  // P4
        assertThat(alerts.overdueProblems()).isEqualTo(1);      // P4's; P1's is closed out, P3's not due
        List<OverdueProblem> list = asLeader(() -> cockpit.overdueProblems(year2019));
        assertThat(list).hasSize(1);
        assertThat(list.getFirst().projectId()).isEqualTo(fx.p4);
        assertThat(alerts.overdueProblemsUrl()).startsWith("cockpit/overdue-problems?").contains("unit=" + fx.unit);
    }

    @Test
    void theTrendComparesEachMonthsSigningsWithTheYearBefore() {
        List<Cockpit.MonthFigure> trend = asLeader(() -> cockpit.trend(year2019));

        assertThat(trend).hasSize(12);
        assertThat(trend).extracting(m -> m.thisYear().count()).containsExactly(0L, 1L, 0L, 0L, 1L, 1L, 0L, 0L, 0L, 0L, 0L, 0L);
        assertThat(trend).extracting(m -> m.lastYear().count()).containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 1L);
        assertFigure(trend.get(1).thisYear(), 1, "1000.00");
        assertFigure(trend.get(11).lastYear(), 1, "2000.00");
    }

    @Test
    void everyFigureOfTheWholeCockpitOpensAListWithExactlyAsManyRows() {
        Cockpit whole = asLeader(() -> cockpit.cockpit(year2019));
        List<Figure> figures = new ArrayList<>();
        figures.add(whole.progress().signed());
        figures.add(whole.progress().landed());
        figures.add(whole.progress().library());
        whole.funnel().forEach(s -> figures.add(s.figure()));
        whole.industries().forEach(i -> figures.add(i.figure()));
        whole.cities().forEach(c -> figures.add(c.figure()));
        whole.units().forEach(u -> figures.addAll(List.of(u.leads(), u.signed(), u.landed())));
        whole.trips().forEach(t -> figures.addAll(List.of(t.projects(), t.negotiating(), t.signed(), t.landed())));
        whole.trend().forEach(m -> figures.addAll(List.of(m.thisYear(), m.lastYear())));
        whole.batches().forEach(b -> figures.addAll(List.of(b.signed(), b.started(), b.operating())));
        figures.add(whole.alerts().overdueStart());
        figures.add(whole.alerts().staleNegotiations());
        assertThat(whole.batches().getFirst().period().from()).isEqualTo(LocalDate.of(2019, 12, 1));  // a past year: its last month
        // take the batches for the fixture's day too
        asLeader(() -> cockpit.batches(year2019, TODAY)).forEach(b -> figures.addAll(List.of(b.signed(), b.started(), b.operating())));

        assertThat(figures).hasSizeGreaterThan(50);
        figures.forEach(this::assertDrillDown);
    }

    @Test
    void staffAndUnitLeadsGetTheirOwnUnitWhateverUnitTheyAskFor() {
        Long staffUnit = jdbc.queryForObject("select unit_id from app_user where username = 'staff'", Long.class);

        CockpitFilter asked = year2019;  // the fixture's unit, not staff's
        assertThat(actors.as("staff", () -> cockpit.scoped(asked)).unitId()).isEqualTo(staffUnit);
        assertThat(actors.as("unitlead", () -> cockpit.cockpit(asked)).filter().unitId()).isEqualTo(staffUnit);
        assertThat(actors.as("staff", () -> cockpit.progress(asked, TODAY)).signed().count()).isZero();
        assertThat(asLeader(() -> cockpit.scoped(asked)).unitId()).isEqualTo(fx.unit);
        assertThat(actors.as("admin", () -> cockpit.scoped(asked.withUnit(null))).unitId()).isNull();
    }

    @Test
    void onlyAnAdministratorSetsTargetsAndBadFiguresAreRefusedWithoutChange() {
        Target district = actors.as("leader", () -> targets.targets(2019, 3)).getFirst();
        assertThat(district.isDistrict()).isTrue();
        assertThatThrownBy(() -> actors.run("leader", () -> targets.save(district.with(10, null, null, 100))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> actors.run("admin", () -> targets.save(district.with(-1, null, null, 100))))
                .isInstanceOf(BusinessException.class).hasFieldOrPropertyWithValue("messageKey", "dashboard.target.error.count");
        assertThatThrownBy(() -> actors.run("admin", () -> targets.save(district.with(1, new BigDecimal("1.234"), null, null))))
                .isInstanceOf(BusinessException.class).hasFieldOrPropertyWithValue("messageKey", "dashboard.target.error.amount");
        assertThat(actors.as("admin", () -> targets.targetFor(2019, 3, null)).isEmpty()).isTrue();

        Target saved = actors.as("admin", () -> targets.save(district.with(10, new BigDecimal("3000"), 5, 100)));
        assertThat(actors.as("leader", () -> targets.targetFor(2019, 3, null)).libraryCount()).isEqualTo(100);
        actors.run("admin", () -> targets.save(saved.with(12, new BigDecimal("3000"), 5, 100)));
        assertThatThrownBy(() -> actors.run("admin", () -> targets.save(saved.with(99, null, null, null))))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(actors.as("leader", () -> targets.targetFor(2019, 3, null)).signedCount()).isEqualTo(12);
    }

    @Test
    void aYearWithoutAYearlyTargetAddsUpItsQuarters() {
        Target q1 = actors.as("admin", () -> targets.targets(2019, 1)).stream()
                .filter(t -> fx.otherUnit.equals(t.unitId())).findFirst().orElseThrow();
        Target q2 = actors.as("admin", () -> targets.targets(2019, 2)).stream()
                .filter(t -> fx.otherUnit.equals(t.unitId())).findFirst().orElseThrow();
        actors.run("admin", () -> targets.save(q1.with(2, new BigDecimal("100.50"), null, 5)));
        actors.run("admin", () -> targets.save(q2.with(3, new BigDecimal("200.00"), 1, null)));

        Target year = actors.as("leader", () -> targets.targetFor(2019, 0, fx.otherUnit));
        assertThat(year.signedCount()).isEqualTo(5);
        assertThat(year.signedAmount()).isEqualByComparingTo("300.50");
        assertThat(year.landedCount()).isEqualTo(1);
        assertThat(year.libraryCount()).isEqualTo(5);
        assertThat(actors.as("leader", () -> targets.targetFor(2019, 2, fx.otherUnit)).signedCount()).isEqualTo(3);
    }

    @Test
    void aProjectSignedThroughTheServiceCountsOnItsAgreementDateForItsUnit() {
        Long id = data.lead("staff", ProjectTestData.unique("驾驶舱服务签约"));
        LocalDate signedOn = actors.as("staff", () -> cockpit.today()).minusDays(1);
        actors.run("staff", () -> projects.advance(id, data.get("staff", id).version(), Stage.SIGNED,
                new StageFacts(signedOn.minusDays(20), ProjectTestData.wan(1234), data.areaId("中央商务区"), signedOn,
                        AgreementType.FRAMEWORK, ProjectTestData.wan(1234), null, null, null, null, null), null));
        Long staffUnit = jdbc.queryForObject("select unit_id from app_user where username = 'staff'", Long.class);
        CockpitFilter thatDay = new CockpitFilter(Period.custom(signedOn, signedOn), staffUnit, null, null);

        Cockpit.Progress progress = asLeader(() -> cockpit.progress(thatDay, signedOn));
        assertThat(progress.signed().count()).isGreaterThanOrEqualTo(1);
        assertDrillDown(progress.signed());
        assertThat(asLeader(() -> projects.list(progress.signed().drillDown(), 0, 500, List.of())))
                .extracting(org.zhaoshang.crm.project.ProjectSummary::id).contains(id);
    }

    @Test
    void theBriefIsOneA4PageWithTheDateTheScopeAndTheKeyFiguresReadBackFromThePdf() throws Exception {
        byte[] pdf = asLeader(() -> cockpit.brief(year2019));

        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(1);
            assertThat(document.getPage(0).getMediaBox().getHeight()).isCloseTo(841.9f, within(1f));
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            String unitName = actors.as("leader", () -> referenceData.unitName(fx.unit)).orElseThrow();
            assertThat(text).contains("二七区招商引资领导驾驶舱简报", unitName, "2019年1月1日至12月31日",
                    "截至" + org.zhaoshang.crm.base.ChineseDates.format(actors.as("leader", cockpit::today)),
                    "签约项目 3 个（目标 10 个，完成 30.0%）", "签约金额 2,200.00 万元（目标 5,000.00 万元，完成 44.0%）",
                    "落地项目 2 个（目标 4 个，完成 50.0%）", "应开未开 2 个；逾期督办事项 1 项；停滞洽谈 1 个",
                    "洽谈", "1 个  300.00 万元");
        }
    }

    private void assertFigure(Figure figure, long count, String amount) {
        assertThat(figure.count()).as("count").isEqualTo(count);
        assertThat(figure.amount()).as("万元").isEqualByComparingTo(amount);
        assertDrillDown(figure);
    }

    /** The list behind the figure, as the leader opens it, has exactly the figure's rows and 万元. */
    private void assertDrillDown(Figure figure) {
        ProjectTotals list = asLeader(() -> projects.totals(figure.drillDown()));
        assertThat(list.count()).as("rows of %s", figure.drillDown()).isEqualTo(figure.count());
        assertThat(list.totalInvestment()).as("万元 of %s", figure.drillDown()).isEqualByComparingTo(figure.amount());
    }

    private <T> T asLeader(java.util.function.Supplier<T> work) {
        return actors.as("leader", work);
    }
}
