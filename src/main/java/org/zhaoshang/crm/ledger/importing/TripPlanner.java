package org.zhaoshang.crm.ledger.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zhaoshang.crm.base.ChineseDates;
import org.zhaoshang.crm.base.text.InputText;
import org.zhaoshang.crm.company.CompanyFilter;
import org.zhaoshang.crm.company.CompanyRef;
import org.zhaoshang.crm.company.CompanyService;
import org.zhaoshang.crm.company.CompanySummary;
import org.zhaoshang.crm.ledger.LedgerType;
import org.zhaoshang.crm.org.CitySummary;
import org.zhaoshang.crm.org.UnitSummary;
import org.zhaoshang.crm.org.UserRef;
import org.zhaoshang.crm.trip.TripService;
import org.zhaoshang.crm.trip.TripSummary;

/**
 * 外出招商活动台账: each row a trip saved through {@link TripService} (organized by the row's 组织单位, the importer's
 * own unit for STAFF and UNIT_LEAD), with a visit to each company it names on the first day. A trip of the same name
 * starting the same day is already there (UNCHANGED), so a second import, or an exported ledger read back, adds
 * nothing. Visits are recorded as 走访考察; what they turned into is left to the trip page, where it is recorded with
 * its date, rather than guessed from a ledger's free text.
 */
final class TripPlanner extends LedgerRowPlanner {

    static final List<LedgerField> REQUIRED = List.of(LedgerField.TRIP_TITLE, LedgerField.TRIP_START, LedgerField.CITIES);
    static final List<LedgerField> TEMPLATE = List.of(LedgerField.SEQ, LedgerField.TRIP_TITLE, LedgerField.TRIP_START,
            LedgerField.TRIP_END, LedgerField.CITIES, LedgerField.LEADER, LedgerField.UNIT, LedgerField.CO_UNITS,
            LedgerField.MEMBERS, LedgerField.VISITED_COMPANIES, LedgerField.REMARKS);
    private static final String SEPARATORS = "[、，,；;/\\n]+";
    /** The trip table's title and leading-official columns. */
    private static final int MAX_TITLE = 200;
    private static final int MAX_OFFICIAL = 100;
    private static final int MAX_PURPOSE = 2000;

    private final TripService trips;
    private final CompanyService companies;
    private final List<CitySummary> cities;
    private final Map<String, Integer> inFile = new HashMap<>();
    private final Map<Integer, List<TripSummary>> tripsOfYear = new HashMap<>();

    TripPlanner(TripService trips, CompanyService companies, List<CitySummary> cities, ImportPlanner.Context context,
            LedgerFile file, ColumnMapping mapping) {
        super(context, LedgerType.TRIPS, file, mapping);
        this.trips = trips;
        this.companies = companies;
        this.cities = cities;
    }

    @Override
    List<LedgerField> requiredColumns() {
        return REQUIRED;
    }

    @Override
    List<RowPlan> planAll(List<SourceRow> rows, ImportProgress progress) {
        return planInOrder(rows, progress, this::plan);
    }

    private RowPlan plan(SourceRow row) {
        RowPlan plan = newPlan(row);
        if (plan.action == RowAction.SKIP) {
            return plan;
        }
        String title = text(row, LedgerField.TRIP_TITLE, MAX_TITLE, plan);
        plan.tripTitle = title == null ? null : title.replace('\n', ' ').strip();
        if (plan.tripTitle == null) {
            plan.problems.add(Problem.error(col(LedgerField.TRIP_TITLE), "missing", LedgerField.TRIP_TITLE.labelKey(type)));
        }
        decideDates(row, plan);
        if (plan.tripTitle != null && plan.tripStart != null && alreadyThere(plan)) {
            return plan;
        }
        decideCities(row, plan);
        decideUnits(row, plan);
        decidePeople(row, plan);
        decideVisits(row, plan);
        String remarks = text(row, LedgerField.REMARKS, 10_000, plan);
        if (remarks != null && remarks.length() > MAX_PURPOSE) {
            plan.problems.add(Problem.warning(col(LedgerField.REMARKS), "tripPurposeCut", MAX_PURPOSE));
            remarks = remarks.substring(0, MAX_PURPOSE - 1) + "…";
        }
        plan.description = remarks;
        if (!plan.hasErrors()) {
            Integer earlier = inFile.putIfAbsent(InputText.withoutSpaces(plan.tripTitle) + "|" + plan.tripStart, plan.rowNumber);
            if (earlier != null) {
                plan.problems.add(Problem.error(col(LedgerField.TRIP_TITLE), "duplicateTripInFile", earlier));
            } else {
                plan.action = RowAction.CREATE_TRIP;
            }
        }
        if (plan.hasErrors()) {
            plan.action = RowAction.ERROR;
        }
        return plan;
    }

    /** 出发日期 and 返回日期; a one-day trip may leave the second empty. */
    private void decideDates(SourceRow row, RowPlan plan) {
        if (cell(row, LedgerField.TRIP_START).isBlank()) {
            plan.problems.add(Problem.error(col(LedgerField.TRIP_START), "missing", LedgerField.TRIP_START.labelKey(type)));
            return;
        }
        plan.tripStart = date(row, LedgerField.TRIP_START, plan);
        LocalDate end = date(row, LedgerField.TRIP_END, plan);
        plan.tripEnd = end == null ? plan.tripStart : end;
        if (plan.tripStart != null && plan.tripEnd.isBefore(plan.tripStart)) {
            plan.problems.add(Problem.error(col(LedgerField.TRIP_END), "tripEndBeforeStart", ChineseDates.format(plan.tripEnd),
                    ChineseDates.format(plan.tripStart)));
        }
    }

    /** A trip of the same name starting the same day (any unit's: the district has one record of a trip). */
    private boolean alreadyThere(RowPlan plan) {
        String title = InputText.withoutSpaces(plan.tripTitle);
        Optional<TripSummary> same = tripsOfYear.computeIfAbsent(plan.tripStart.getYear(), year -> trips.list(year, null)).stream()
                .filter(t -> t.startDate().equals(plan.tripStart) && InputText.withoutSpaces(t.title()).equals(title)).findFirst();
        if (same.isEmpty() || plan.hasErrors()) {
            return false;
        }
        plan.action = RowAction.UNCHANGED;
        plan.problems.add(Problem.note(col(LedgerField.TRIP_TITLE), "tripExists", same.get().organizerUnitName()));
        return true;
    }

    /** The destination cities in travel order, each one of the reference list (杭州 for 杭州市). */
    private void decideCities(SourceRow row, RowPlan plan) {
        String written = text(row, LedgerField.CITIES, 500, plan);
        int column = col(LedgerField.CITIES);
        if (written == null) {
            plan.problems.add(Problem.error(column, "missing", LedgerField.CITIES.labelKey(type)));
            return;
        }
        List<Long> ids = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (String name : written.split(SEPARATORS + "|和|及")) {
            String core = InputText.withoutSpaces(name).replaceAll("市$", "");
            if (core.isEmpty()) {
                continue;
            }
            Optional<CitySummary> city = cities.stream()
                    .filter(c -> InputText.withoutSpaces(c.name()).replaceAll("市$", "").equals(core)).findFirst();
            if (city.isEmpty()) {
                plan.problems.add(Problem.error(column, "unknownCity", name.strip()));
            } else if (!ids.contains(city.get().id())) {
                ids.add(city.get().id());
                names.add(city.get().name());
            }
        }
        plan.cityIds = List.copyOf(ids);
        plan.cityNames = String.join("、", names);
    }

    /** 组织单位 (the importer's own for STAFF and UNIT_LEAD; empty: the default unit) and 陪同单位. */
    private void decideUnits(SourceRow row, RowPlan plan) {
        String written = text(row, LedgerField.UNIT, 200, plan);
        UnitSummary organizer;
        if (written == null) {
            Long id = context.seesAll() && context.defaultUnitId() != null ? context.defaultUnitId() : context.me().unitId();
            organizer = context.units().stream().filter(u -> u.id().equals(id)).findFirst().orElse(null);
            if (organizer == null) {
                plan.problems.add(Problem.error(-1, "missing", LedgerField.UNIT.labelKey(type)));
                return;
            }
        } else {
            organizer = unit(written.split(SEPARATORS)[0], col(LedgerField.UNIT), plan).orElse(null);
            if (organizer == null) {
                return;
            }
        }
        if (!context.seesAll() && !organizer.id().equals(context.me().unitId())) {
            plan.problems.add(Problem.error(col(LedgerField.UNIT), "otherUnitTrip", organizer.name()));
            return;
        }
        plan.unitId = organizer.id();
        plan.unitName = organizer.name();
        String others = text(row, LedgerField.CO_UNITS, 1000, plan);
        if (others != null) {
            Set<Long> ids = new LinkedHashSet<>();
            for (String name : others.split(SEPARATORS)) {
                if (!name.isBlank()) {
                    unit(name, col(LedgerField.CO_UNITS), plan).map(UnitSummary::id).filter(id -> !id.equals(plan.unitId))
                            .ifPresent(ids::add);
                }
            }
            plan.coUnitIds = Set.copyOf(ids);
        }
    }

    private Optional<UnitSummary> unit(String written, int column, RowPlan plan) {
        LedgerWords.Match<UnitSummary> match = LedgerWords.name(written, context.units(), UnitSummary::name);
        if (match.unique()) {
            return Optional.of(match.found());
        }
        plan.problems.add(match.ambiguous()
                ? Problem.error(column, "ambiguousUnit", written,
                        String.join("、", match.candidates().stream().limit(5).map(UnitSummary::name).toList()))
                : Problem.error(column, "unknownUnit", written));
        return Optional.empty();
    }

    /** 带队领导 is kept as written (a title or a name); 成员 are the CRM's users of that name, others left out with a warning. */
    private void decidePeople(SourceRow row, RowPlan plan) {
        String official = text(row, LedgerField.LEADER, MAX_OFFICIAL, plan);
        plan.leadingOfficial = official == null ? null : official.replace('\n', ' ').strip();
        String members = text(row, LedgerField.MEMBERS, 1000, plan);
        if (members == null) {
            return;
        }
        Set<Long> ids = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String name : members.split(SEPARATORS + "|\\s+")) {
            String core = InputText.withoutSpaces(name);
            if (core.isEmpty()) {
                continue;
            }
            List<UserRef> named = context.users().stream().filter(u -> core.equals(InputText.withoutSpaces(u.displayName()))).toList();
            if (named.size() == 1) {
                ids.add(named.getFirst().id());
            } else {
                unknown.add(core);
            }
        }
        if (!unknown.isEmpty()) {
            plan.problems.add(Problem.warning(col(LedgerField.MEMBERS), "unknownMembers", String.join("、", unknown)));
        }
        plan.memberIds = Set.copyOf(ids);
    }

    /**
     * Each company named: the 企业库's of that exact name (or brand); otherwise a new company, with a warning when the
     * 企业库 has similar names (the same rule as project rows: a false merge is worse than a duplicate).
     */
    private void decideVisits(SourceRow row, RowPlan plan) {
        String written = text(row, LedgerField.VISITED_COMPANIES, 5000, plan);
        if (written == null) {
            return;
        }
        int column = col(LedgerField.VISITED_COMPANIES);
        if (InputText.withoutSpaces(written).matches("\\d+(\\.0+)?(家|个)?")) {
            // 走访企业（家） of an exported ledger: a count, not the companies.
            plan.problems.add(Problem.warning(column, "visitCountOnly", written));
            return;
        }
        List<RowPlan.VisitedCompany> visited = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String part : written.split("[、，,；;\\n]+")) {
            String name = InputText.strip(part);
            if (name.isEmpty() || !seen.add(InputText.withoutSpaces(name))) {
                continue;
            }
            if (name.length() > 200) {
                plan.problems.add(Problem.error(column, "companyNameTooLong", LedgerValues.shorten(name)));
                continue;
            }
            List<CompanySummary> same = companies.list(new CompanyFilter(name, null, null, null), 0, 20, "name", true).stream()
                    .filter(c -> name.equals(c.name()) || name.equals(c.shortName())).toList();
            Optional<CompanySummary> exact = same.stream().filter(c -> name.equals(c.name())).findFirst()
                    .or(() -> same.size() == 1 ? Optional.of(same.getFirst()) : Optional.empty());
            if (exact.isPresent()) {
                visited.add(new RowPlan.VisitedCompany(exact.get().name(), exact.get().id()));
                continue;
            }
            List<CompanyRef> similar = companies.similarTo(name, null);
            if (!similar.isEmpty()) {
                plan.problems.add(Problem.warning(column, "similarVisitCompany", name,
                        String.join("、", similar.stream().limit(5).map(CompanyRef::label).toList())));
            }
            visited.add(new RowPlan.VisitedCompany(name, null));
        }
        plan.visited = List.copyOf(visited);
        if (plan.tripStart != null && plan.tripStart.isAfter(context.today()) && !visited.isEmpty()) {
            plan.problems.add(Problem.note(column, "visitsPlanned"));
        }
    }
}
