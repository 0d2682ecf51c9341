package org.zhaoshang.crm.trip;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhaoshang.crm.base.BusinessException;
import org.zhaoshang.crm.base.NotFoundException;
import org.zhaoshang.crm.company.CompanyDraft;
import org.zhaoshang.crm.company.CompanyRef;
import org.zhaoshang.crm.company.CompanyService;
import org.zhaoshang.crm.org.CitySummary;
import org.zhaoshang.crm.org.ReferenceDataService;
import org.zhaoshang.crm.org.Role;
import org.zhaoshang.crm.org.UnitSummary;
import org.zhaoshang.crm.org.UserAccountService;
import org.zhaoshang.crm.org.UserRef;
import org.zhaoshang.crm.project.ProjectDetails;
import org.zhaoshang.crm.project.ProjectDraft;
import org.zhaoshang.crm.project.ProjectService;
import org.zhaoshang.crm.project.Stage;
import org.zhaoshang.crm.security.CrmPrincipal;
import org.zhaoshang.crm.security.CurrentUser;

/**
 * 外出招商. Everyone signed in sees trips (they are the district's); the organizing unit, the members,
 * LEADER and ADMIN change them. Visits create or link projects through the project feature's own service,
 * so the pipeline's rules and access checks apply unchanged.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class TripService {

    static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");

    private final TripRepository trips;
    private final VisitRepository visits;
    private final TripActionRepository actions;
    private final VisitDraftRepository drafts;
    private final TripQueries queries;
    private final CompanyService companies;
    private final ProjectService projects;
    private final ReferenceDataService referenceData;
    private final UserAccountService users;
    private final CurrentUser currentUser;
    private final Clock clock;

    TripService(TripRepository trips, VisitRepository visits, TripActionRepository actions, VisitDraftRepository drafts,
            TripQueries queries, CompanyService companies, ProjectService projects, ReferenceDataService referenceData,
            UserAccountService users, CurrentUser currentUser, Optional<Clock> clock) {
        this.trips = trips;
        this.visits = visits;
        this.actions = actions;
        this.drafts = drafts;
        this.queries = queries;
        this.companies = companies;
        this.projects = projects;
        this.referenceData = referenceData;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Trips newest first, with what each turned into; narrowed by year and destination city. */
    public List<TripSummary> list(Integer year, Long cityId) {
        return queries.list(year, cityId, today());
    }

    /**
     * 外出招商活动台账: trips that started in the period, oldest first. LEADER and ADMIN see the district; everyone
     * else the trips their own unit organized, whatever unit is asked for.
     */
    public List<TripLedgerRow> ledger(LocalDate from, LocalDate to, Long unitId) {
        CrmPrincipal me = currentUser.require();
        Long unit = me.role() == Role.LEADER || me.role() == Role.ADMIN ? unitId : me.unitId();
        return queries.ledger(from, to, unit, today());
    }

    public TripDetails get(Long id) {
        Trip trip = load(id);
        Map<Long, String> cities = referenceData.cities().stream().collect(Collectors.toMap(CitySummary::id, CitySummary::name));
        Map<Long, String> units = referenceData.units().stream().collect(Collectors.toMap(UnitSummary::id, UnitSummary::name));
        Map<Long, UserRef> people = users.pickList(null).stream().collect(Collectors.toMap(UserRef::id, Function.identity()));
        return new TripDetails(trip.getId(), trip.getVersion(), trip.getTitle(), trip.getStartDate(), trip.getEndDate(),
                List.copyOf(trip.getCityIds()), trip.getCityIds().stream().map(cities::get).toList(), trip.getLeadingOfficial(),
                java.util.Set.copyOf(trip.getMemberIds()),
                trip.getMemberIds().stream().map(people::get).filter(java.util.Objects::nonNull).map(UserRef::label).toList(),
                java.util.Set.copyOf(trip.getUnitIds()), trip.getUnitIds().stream().map(units::get).toList(),
                trip.getOrganizerUnitId(), units.get(trip.getOrganizerUnitId()), trip.getPurpose(),
                TripStatus.of(trip.getStartDate(), trip.getEndDate(), today()));
    }

    /** Creates a trip organized by the caller's unit, or updates one (version-checked). */
    @Transactional
    public Long save(TripDraft draft) {
        CrmPrincipal me = currentUser.require();
        Trip trip;
        if (draft.id() == null) {
            Long organizer = draft.organizerUnitId() != null ? draft.organizerUnitId() : me.unitId();
            if (organizer == null) {
                throw new BusinessException("validation.required", "trip.field.organizer");
            }
            if (!organizer.equals(me.unitId()) && me.role() != Role.LEADER && me.role() != Role.ADMIN) {
                throw new AccessDeniedException("Only leaders and administrators record trips for another unit");
            }
            trip = new Trip(organizer);
        } else {
            trip = load(draft.id());
            checkMayChange(trip);
            trip.checkVersion(draft.version());
        }
        trip.update(draft);
        return trips.saveAndFlush(trip).getId();
    }

    public List<VisitRow> visits(Long tripId) {
        load(tripId);
        return queries.visits(tripId);
    }

    /**
     * Saves a visit. A company typed by name is looked up first: a close match stops the save with the
     * duplicate question (unless confirmed), so a visit never creates a second record of a known company.
     */
    @Transactional
    public Long saveVisit(VisitDraft draft) {
        Trip trip = load(draft.tripId());
        checkMayChange(trip);
        trip.checkDate(draft.visitDate());
        Long companyId = draft.companyId();
        if (companyId == null) {
            if (draft.newCompanyName() == null || draft.newCompanyName().isBlank()) {
                throw new BusinessException("validation.required", "trip.visit.company");
            }
            companyId = companies.save(CompanyDraft.named(draft.newCompanyName().strip()), draft.similarConfirmed());
        }
        Visit visit;
        if (draft.id() == null) {
            visit = new Visit(trip.getId());
        } else {
            visit = visits.findById(draft.id()).orElseThrow(() -> new NotFoundException("visit", draft.id()));
            visit.checkVersion(draft.version());
        }
        visit.update(draft, companyId);
        visits.saveAndFlush(visit);
        if (visit.getProjectId() != null) {
            projects.recordActivity(visit.getProjectId(), clock.instant());
        }
        deleteDraft(trip.getId(), draft.id() == null ? 0 : draft.id());
        return visit.getId();
    }

    /**
     * Creates a project from a visit: stage 线索 or 对接, source 外出招商走访 and this trip, for the visited
     * company, owned by the chosen person in their unit. The visit is linked to it.
     */
    @Transactional
    public Long createProject(Long visitId, String name, Stage stage, Long ownerId) {
        Visit visit = visits.findById(visitId).orElseThrow(() -> new NotFoundException("visit", visitId));
        checkMayChange(load(visit.getTripId()));
        if (visit.getProjectId() != null) {
            throw new BusinessException("trip.error.visitHasProject");
        }
        UserRef owner = users.ref(ownerId).orElseThrow(() -> new NotFoundException("user", ownerId));
        Long projectId = projects.create(ProjectDraft.fromTrip(name, visit.getCompanyId(), owner.id(), owner.unitId(),
                visit.getTripId(), stage));
        visit.linkProject(projectId);
        visits.saveAndFlush(visit);
        return projectId;
    }

    /** Links a visit to an existing project of the same company; it appears on the project's timeline. */
    @Transactional
    public void linkProject(Long visitId, Long projectId) {
        Visit visit = visits.findById(visitId).orElseThrow(() -> new NotFoundException("visit", visitId));
        checkMayChange(load(visit.getTripId()));
        ProjectDetails project = projects.get(projectId);
        if (!project.companyId().equals(visit.getCompanyId())) {
            throw new BusinessException("trip.error.otherCompany");
        }
        visit.linkProject(projectId);
        visits.saveAndFlush(visit);
        projects.recordActivity(projectId, clock.instant());
    }

    public List<ActionRow> actions(Long tripId) {
        load(tripId);
        return queries.actions(tripId, today());
    }

    @Transactional
    public Long saveAction(ActionDraft draft) {
        Trip trip = load(draft.tripId());
        checkMayChange(trip);
        TripAction action;
        if (draft.id() == null) {
            action = new TripAction(trip.getId());
        } else {
            action = actions.findById(draft.id()).orElseThrow(() -> new NotFoundException("action", draft.id()));
            action.checkVersion(draft.version());
        }
        action.update(draft);
        return actions.saveAndFlush(action).getId();
    }

    /** What the trip's leads reached so far, with amounts and days from the visit. */
    public TripFunnel funnel(Long tripId) {
        load(tripId);
        return queries.funnel(tripId);
    }

    /** The caller's unsaved visit form for this trip (visit id, or 0 for a new one), if one was kept. */
    public Optional<String> draft(Long tripId, long visitKey) {
        return drafts.findByUserIdAndTripIdAndVisitKey(currentUser.require().userId(), tripId, visitKey)
                .map(VisitDraftRecord::getPayload);
    }

    /** Keeps the half-filled visit form on the server (one per user, trip and visit). */
    @Transactional
    public void keepDraft(Long tripId, long visitKey, String json) {
        if (json != null && json.length() > 60_000) {
            throw new BusinessException("trip.error.draftTooLarge");
        }
        Long userId = currentUser.require().userId();
        VisitDraftRecord record = drafts.findByUserIdAndTripIdAndVisitKey(userId, tripId, visitKey)
                .orElseGet(() -> new VisitDraftRecord(userId, tripId, visitKey));
        record.store(json, clock.instant());
        drafts.save(record);
    }

    @Transactional
    public void deleteDraft(Long tripId, long visitKey) {
        drafts.findByUserIdAndTripIdAndVisitKey(currentUser.require().userId(), tripId, visitKey).ifPresent(drafts::delete);
    }

    /** The 考察报告 as a Word document. */
    public void writeReport(Long tripId, OutputStream out) throws IOException {
        TripReportDocument.write(report(tripId), out);
    }

    /** Everything the 考察报告 shows, in Chinese. */
    public TripReport report(Long tripId) {
        TripDetails trip = get(tripId);
        List<VisitRow> rows = queries.visits(tripId);
        Map<LocalDate, List<VisitRow>> byDay = rows.stream()
                .collect(Collectors.groupingBy(VisitRow::visitDate, java.util.TreeMap::new, Collectors.toList()));
        List<TripReport.Day> days = new ArrayList<>();
        byDay.forEach((date, list) -> days.add(new TripReport.Day(
                (int) java.time.temporal.ChronoUnit.DAYS.between(trip.startDate(), date) + 1, date,
                list.stream().map(v -> new TripReport.VisitLine(v.companyName(), VisitLabels.kind(v.kind()), v.place(),
                        v.theirPeople(), v.learned(), v.outcome(), v.projectName())).toList())));
        TripFunnel funnel = queries.funnel(tripId);
        List<TripReport.FunnelStage> stages = funnel.steps().stream()
                .map(s -> new TripReport.FunnelStage(VisitLabels.stage(s.stage()), s.count(), s.amount(), s.averageDays()))
                .toList();
        List<TripReport.ProjectLine> projectLines = rows.stream().filter(v -> v.projectId() != null)
                .map(VisitRow::projectId).distinct()
                .map(id -> rows.stream().filter(v -> id.equals(v.projectId())).findFirst().orElseThrow())
                .map(v -> new TripReport.ProjectLine(v.projectName(), v.companyName(), VisitLabels.stage(v.projectStage()),
                        projectInvestment(v.projectId())))
                .toList();
        List<TripReport.ActionLine> actionLines = queries.actions(tripId, today()).stream()
                .map(a -> new TripReport.ActionLine(a.description(), a.responsibleUnitName(), a.dueDate(), a.done())).toList();
        return new TripReport(trip.title(), trip.startDate(), trip.endDate(), trip.cityNames(), trip.leadingOfficial(),
                trip.memberNames(), trip.unitNames(), trip.purpose(), days,
                new TripReport.Funnel(funnel.leads(), stages), projectLines, actionLines, today());
    }

    private java.math.BigDecimal projectInvestment(Long projectId) {
        try {
            return projects.get(projectId).totalInvestment();
        } catch (AccessDeniedException notVisible) {
            return null;
        }
    }

    private void checkMayChange(Trip trip) {
        CrmPrincipal me = currentUser.require();
        boolean allowed = me.role() == Role.LEADER || me.role() == Role.ADMIN
                || trip.getOrganizerUnitId().equals(me.unitId()) || trip.getMemberIds().contains(me.userId());
        if (!allowed) {
            throw new AccessDeniedException("Only the organizing unit, members, leaders and administrators change a trip");
        }
    }

    private Trip load(Long id) {
        return trips.findById(id).orElseThrow(() -> new NotFoundException("trip", id));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(OFFICE));
    }

    /** People to pick as members or project owners. */
    public List<UserRef> people() {
        return users.pickList(null);
    }

    /** Projects of a company the caller may see, to link a visit to. */
    public List<org.zhaoshang.crm.project.ProjectSummary> projectsOf(Long companyId) {
        return projects.list(org.zhaoshang.crm.project.ProjectFilter.none().withCompany(companyId), 0, 50, List.of());
    }

    /** Companies of a visit's company name that already exist, for the "did you mean" list. */
    public List<CompanyRef> similarCompanies(String name) {
        return companies.similarTo(name, null);
    }
}
