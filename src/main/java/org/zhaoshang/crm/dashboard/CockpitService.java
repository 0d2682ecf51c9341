package org.zhaoshang.crm.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.concurrent.DelegatingSecurityContextExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhaoshang.crm.dashboard.Cockpit.Alerts;
import org.zhaoshang.crm.dashboard.Cockpit.Batch;
import org.zhaoshang.crm.dashboard.Cockpit.CityFigure;
import org.zhaoshang.crm.dashboard.Cockpit.Figure;
import org.zhaoshang.crm.dashboard.Cockpit.IndustryFigure;
import org.zhaoshang.crm.dashboard.Cockpit.MonthFigure;
import org.zhaoshang.crm.dashboard.Cockpit.Progress;
import org.zhaoshang.crm.dashboard.Cockpit.StageFigure;
import org.zhaoshang.crm.dashboard.Cockpit.TripFigure;
import org.zhaoshang.crm.dashboard.Cockpit.UnitRank;
import org.zhaoshang.crm.dashboard.CockpitQueries.Totals;
import org.zhaoshang.crm.org.IndustrySummary;
import org.zhaoshang.crm.org.ReferenceDataService;
import org.zhaoshang.crm.org.Role;
import org.zhaoshang.crm.org.UnitSummary;
import org.zhaoshang.crm.project.Milestone;
import org.zhaoshang.crm.project.ProjectFilter;
import org.zhaoshang.crm.project.Stage;
import org.zhaoshang.crm.security.CrmPrincipal;
import org.zhaoshang.crm.security.CurrentUser;

/**
 * 领导驾驶舱: every figure for a filter, each with the filter of the list behind it. LEADER and ADMIN see
 * the district (and may narrow to a unit); STAFF and UNIT_LEAD always get their own unit, whatever unit
 * the request names — the rule is applied here, not in the view.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class CockpitService {

    /** Trips listed on the cockpit: the newest of the period. */
    static final int TRIPS_SHOWN = 8;
    /** Sections of one cockpit queried at once (the database has as many cores to give, and no more). */
    static final int PARALLEL_QUERIES = 3;

    private final CockpitQueries queries;
    private final TargetService targets;
    private final ReferenceDataService referenceData;
    private final CurrentUser currentUser;
    private final Clock clock;
    /** Shared by all users: two cockpits opened at once queue their sections instead of exhausting the pool. */
    private final ExecutorService sections = Executors.newFixedThreadPool(PARALLEL_QUERIES, Thread.ofPlatform().daemon()
            .name("cockpit-", 0).factory());

    CockpitService(CockpitQueries queries, TargetService targets, ReferenceDataService referenceData,
            CurrentUser currentUser, Optional<Clock> clock) {
        this.queries = queries;
        this.targets = targets;
        this.referenceData = referenceData;
        this.currentUser = currentUser;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Today in the district's office time zone. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(CockpitQueries.OFFICE_ZONE));
    }

    /** Whether the caller sees the whole district (LEADER, ADMIN) or only their unit. */
    public boolean seesDistrict() {
        Role role = currentUser.require().role();
        return role == Role.LEADER || role == Role.ADMIN;
    }

    /** The filter as the caller may use it: STAFF and UNIT_LEAD are held to their unit. */
    public CockpitFilter scoped(CockpitFilter filter) {
        CrmPrincipal me = currentUser.require();
        return seesDistrict() ? filter : filter.withUnit(me.unitId());
    }

    /**
     * The whole cockpit. The sections are independent read-only queries, so they run side by side (at most
     * {@link #PARALLEL_QUERIES} at a time, each on its own connection, as the caller): the screen waits for the
     * slowest section instead of the sum of all.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public Cockpit cockpit(CockpitFilter requested) {
        CockpitFilter f = scoped(requested);
        LocalDate today = today();
        // 三个一批 "this month/quarter/year" around today, or around the period's last day for a past period
        LocalDate anchor = today.isAfter(f.period().to()) || today.isBefore(f.period().from()) ? f.period().to() : today;
        Executor asCaller = new DelegatingSecurityContextExecutor(sections);
        var cities = CompletableFuture.supplyAsync(() -> cities(f), asCaller);
        var ranking = CompletableFuture.supplyAsync(() -> ranking(f), asCaller);
        var alerts = CompletableFuture.supplyAsync(() -> alerts(f, today), asCaller);
        var progress = CompletableFuture.supplyAsync(() -> progress(f, today), asCaller);
        var batches = CompletableFuture.supplyAsync(() -> batches(f, anchor), asCaller);
        var industries = CompletableFuture.supplyAsync(() -> industries(f), asCaller);
        var funnel = CompletableFuture.supplyAsync(() -> funnel(f), asCaller);
        var trend = CompletableFuture.supplyAsync(() -> trend(f), asCaller);
        var trips = CompletableFuture.supplyAsync(() -> trips(f), asCaller);
        try {
            return new Cockpit(f, today, f.unitId() == null, progress.join(), funnel.join(), industries.join(), batches.join(),
                    cities.join(), ranking.join(), trips.join(), alerts.join(), trend.join());
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Signings, landings and library entries of the period against the district's or the unit's target. */
    public Progress progress(CockpitFilter requested, LocalDate today) {
        CockpitFilter f = scoped(requested);
        Period period = f.period();
        Target target = period.kind() == PeriodKind.YEAR || period.kind() == PeriodKind.QUARTER
                ? targets.targetFor(period.from().getYear(), period.quarterNumber(), f.unitId()) : null;
        return new Progress(
                figure(queries.signed(f, period.from(), period.to()), base(f).withMilestone(Milestone.SIGNED, period.from(), period.to())),
                figure(queries.dated(f, "actual_land_date", period.from(), period.to()),
                        base(f).withMilestone(Milestone.LANDED, period.from(), period.to())),
                figure(queries.dated(f, "library_date", period.from(), period.to()),
                        base(f).withMilestone(Milestone.LIBRARY, period.from(), period.to())),
                target, period.elapsedShare(today));
    }

    /** The pipeline by stage now, 线索 to 投产. */
    public List<StageFigure> funnel(CockpitFilter requested) {
        CockpitFilter f = scoped(requested);
        Map<Stage, Totals> byStage = queries.byStage(f);
        return Stage.PIPELINE.stream().map(stage -> new StageFigure(stage,
                figure(byStage.getOrDefault(stage, Totals.ZERO), base(f).withStages(Set.of(stage))))).toList();
    }

    /** Pipeline projects by wheel and branch; untagged projects are left out. */
    public List<IndustryFigure> industries(CockpitFilter requested) {
        CockpitFilter f = scoped(requested);
        Map<Long, Totals> byIndustry = queries.byIndustry(f);
        List<IndustrySummary> tree = referenceData.industries();
        Set<Stage> pipeline = EnumSet.copyOf(Stage.PIPELINE);
        List<IndustryFigure> result = new ArrayList<>();
        for (IndustrySummary wheel : tree.stream().filter(IndustrySummary::isWheel).toList()) {
            Totals total = byIndustry.getOrDefault(wheel.id(), Totals.ZERO);
            List<IndustryFigure> branches = new ArrayList<>();
            for (IndustrySummary branch : tree.stream().filter(i -> wheel.id().equals(i.parentId())).toList()) {
                Totals t = byIndustry.getOrDefault(branch.id(), Totals.ZERO);
                total = add(total, t);
                if (t.count() > 0) {
                    branches.add(new IndustryFigure(branch.id(), branch.name(), wheel.id(),
                            figure(t, base(f).withStages(pipeline).withIndustry(branch.id()))));
                }
            }
            if (total.count() > 0) {
                result.add(new IndustryFigure(wheel.id(), wheel.name(), null,
                        figure(total, base(f).withStages(pipeline).withIndustry(wheel.id()))));
                result.addAll(branches);
            }
        }
        return result;
    }

    /** 三个一批 this month, this quarter and this year (calendar periods around {@code day}). */
    public List<Batch> batches(CockpitFilter requested, LocalDate day) {
        CockpitFilter f = scoped(requested);
        List<Period> periods = List.of(Period.month(day), Period.quarter(day), Period.year(day));
        List<Totals> signed = queries.datedNested(f, "first_signed_on", periods);
        List<Totals> started = queries.datedNested(f, "actual_start_date", periods);
        List<Totals> operating = queries.datedNested(f, "actual_operation_date", periods);
        List<Batch> result = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            Period p = periods.get(i);
            result.add(new Batch(p.kind(), p,
                    figure(signed.get(i), base(f).withMilestone(Milestone.SIGNED, p.from(), p.to())),
                    figure(started.get(i), base(f).withMilestone(Milestone.STARTED, p.from(), p.to())),
                    figure(operating.get(i), base(f).withMilestone(Milestone.OPERATING, p.from(), p.to()))));
        }
        return result;
    }

    /**
     * The pipeline by where its leads came from (the company's home city), as of now like the funnel: a
     * map of the period's new leads alone would be nearly empty for most periods.
     */
    public List<CityFigure> cities(CockpitFilter requested) {
        CockpitFilter f = scoped(requested);
        Set<Stage> pipeline = EnumSet.copyOf(Stage.PIPELINE);
        return queries.pipelineByCity(f).stream().map(c -> new CityFigure(c.cityId(), c.name(), c.province(), c.longitude(),
                c.latitude(), figure(c.totals(), base(f).withStages(pipeline).withCity(c.cityId())))).toList();
    }

    /**
     * 全员招商: every active unit (or the chosen one) with its leads, signings and landings in the period,
     * ranked by signings, then signed 万元, then landings, then leads; equal figures share a rank.
     */
    public List<UnitRank> ranking(CockpitFilter requested) {
        CockpitFilter f = scoped(requested);
        Period period = f.period();
        Map<Long, CockpitQueries.UnitRow> rows = queries.byUnit(f);
        Map<Long, Target> unitTargets = period.kind() == PeriodKind.YEAR || period.kind() == PeriodKind.QUARTER
                ? targets.yearTargetsByUnit(period.from().getYear(), period.quarterNumber()) : Map.of();
        List<UnitRank> unranked = new ArrayList<>();
        for (UnitSummary unit : referenceData.units()) {
            if ((f.unitId() != null && !f.unitId().equals(unit.id())) || (!unit.active() && !rows.containsKey(unit.id()))) {
                continue;
            }
            CockpitQueries.UnitRow row = rows.getOrDefault(unit.id(),
                    new CockpitQueries.UnitRow(unit.id(), Totals.ZERO, Totals.ZERO, Totals.ZERO));
            ProjectFilter byUnit = base(f).withUnit(unit.id());
            unranked.add(new UnitRank(0, unit.id(), unit.name(),
                    figure(row.leads(), byUnit.withMilestone(Milestone.CREATED, period.from(), period.to())),
                    figure(row.signed(), byUnit.withMilestone(Milestone.SIGNED, period.from(), period.to())),
                    figure(row.landed(), byUnit.withMilestone(Milestone.LANDED, period.from(), period.to())),
                    unitTargets.get(unit.id())));
        }
        Comparator<UnitRank> order = Comparator.<UnitRank>comparingLong(u -> u.signed().count())
                .thenComparing(u -> u.signed().amount())
                .thenComparingLong(u -> u.landed().count())
                .thenComparingLong(u -> u.leads().count()).reversed();
        unranked.sort(order.thenComparing(UnitRank::unitName));
        List<UnitRank> ranked = new ArrayList<>();
        int rank = 0;
        UnitRank previous = null;
        for (int i = 0; i < unranked.size(); i++) {
            UnitRank u = unranked.get(i);
            if (previous == null || order.compare(previous, u) != 0) {
                rank = i + 1;
            }
            ranked.add(new UnitRank(rank, u.unitId(), u.unitName(), u.leads(), u.signed(), u.landed(), u.target()));
            previous = u;
        }
        return ranked;
    }

    /** The newest trips of the period and what they turned into. */
    public List<TripFigure> trips(CockpitFilter requested) {
        CockpitFilter f = scoped(requested);
        return queries.trips(f, TRIPS_SHOWN).stream().map(t -> {
            ProjectFilter byTrip = base(f).withTrip(t.tripId());
            return new TripFigure(t.tripId(), t.title(), t.startDate(), figure(t.projects(), byTrip),
                    figure(t.negotiating(), byTrip.withStages(EnumSet.range(Stage.NEGOTIATION, Stage.OPERATING))),
                    figure(t.signed(), byTrip.withStages(EnumSet.range(Stage.SIGNED, Stage.OPERATING))),
                    figure(t.landed(), byTrip.withStages(EnumSet.range(Stage.LANDED, Stage.OPERATING))));
        }).toList();
    }

    /** 应开未开, overdue supervision items and stale negotiations, as of now. */
    public Alerts alerts(CockpitFilter requested, LocalDate today) {
        CockpitFilter f = scoped(requested);
        return new Alerts(figure(queries.overdueStart(f, today), base(f).withOverdueStart()),
                queries.overdueProblems(f, today), DashboardNavigation.overdueProblemsUrl(f),
                figure(queries.staleNegotiations(f, clock.instant()), base(f).withStages(Set.of(Stage.NEGOTIATION)).withStale()));
    }

    /** The overdue supervision items behind the cockpit's number, oldest deadline first. */
    public List<OverdueProblem> overdueProblems(CockpitFilter requested) {
        CockpitFilter f = scoped(requested);
        return queries.overdueProblemList(f, today()).stream().map(r -> new OverdueProblem(r.id(), r.title(), r.projectId(),
                r.projectName(), r.leadUnitName(), r.deadline(), r.status())).toList();
    }

    /** Signings by month in the period's year against the year before. */
    public List<MonthFigure> trend(CockpitFilter requested) {
        CockpitFilter f = scoped(requested);
        int year = f.period().to().getYear();
        Map<Integer, Totals> byMonth = queries.signedByMonth(f, year);
        List<MonthFigure> result = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            LocalDate first = LocalDate.of(year, month, 1);
            LocalDate lastYearFirst = first.minusYears(1);
            result.add(new MonthFigure(month,
                    figure(byMonth.getOrDefault(year * 100 + month, Totals.ZERO), base(f).withMilestone(Milestone.SIGNED,
                            first, first.withDayOfMonth(first.lengthOfMonth()))),
                    figure(byMonth.getOrDefault((year - 1) * 100 + month, Totals.ZERO), base(f).withMilestone(Milestone.SIGNED,
                            lastYearFirst, lastYearFirst.withDayOfMonth(lastYearFirst.lengthOfMonth())))));
        }
        return result;
    }

    /** The one-page PDF brief of the cockpit for the filter, dated today. */
    public byte[] brief(CockpitFilter requested) {
        Cockpit c = cockpit(requested);
        String scope = c.districtWide() ? "全区" : referenceData.unitName(c.filter().unitId()).orElse("");
        return CockpitBrief.write(c, scope);
    }

    /** The project list filter that carries the cockpit's unit, area and industry. */
    static ProjectFilter base(CockpitFilter f) {
        return ProjectFilter.none().withUnit(f.unitId()).withArea(f.areaId()).withIndustry(f.industryId());
    }

    private static Figure figure(Totals totals, ProjectFilter drillDown) {
        return new Figure(totals.count(), totals.amount().setScale(2, java.math.RoundingMode.HALF_UP), drillDown);
    }

    private static Totals add(Totals a, Totals b) {
        return new Totals(a.count() + b.count(), a.amount().add(b.amount()));
    }
}
