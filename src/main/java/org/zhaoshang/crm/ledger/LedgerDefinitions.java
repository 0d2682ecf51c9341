package org.zhaoshang.crm.ledger;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.project.ProjectLedgerQuery;
import org.zhaoshang.crm.project.ProjectLedgerQuery.DateField;
import org.zhaoshang.crm.project.ProjectLedgerRow;
import org.zhaoshang.crm.project.ProjectLedgerService;
import org.zhaoshang.crm.project.Stage;
import org.zhaoshang.crm.supervision.ProblemLedgerQuery;
import org.zhaoshang.crm.supervision.ProblemLedgerRow;
import org.zhaoshang.crm.supervision.ProblemRow;
import org.zhaoshang.crm.supervision.SupervisionService;
import org.zhaoshang.crm.trip.TripLedgerRow;
import org.zhaoshang.crm.trip.TripService;
import org.zhaoshang.crm.trip.TripSummary;

/**
 * The seven ledgers: columns (in the order the district's forms have them; 序号 comes first by itself), which rows,
 * which filters apply and what the period is about. Rows come from the owning features' services.
 */
@Component
class LedgerDefinitions {

    private final Map<LedgerType, LedgerDefinition> definitions = new EnumMap<>(LedgerType.class);
    private final Map<LedgerType, LedgerSource> sources = new EnumMap<>(LedgerType.class);

    LedgerDefinitions(ProjectLedgerService projects, SupervisionService supervision, TripService trips) {
        project(projects, LedgerType.LEADS, "ledger.col.createdOn", false,
                query(Set.of(Stage.LEAD, Stage.CONTACT, Stage.SITE_VISIT), false, DateField.CREATED, false),
                columns("name", "companyName", "industryName", "source", "totalInvestment", "areaName", "stage", "createdOn",
                        "lastActivityOn", "unitName", "ownerName", "leaderName", "description"));
        project(projects, LedgerType.NEGOTIATING, "ledger.col.negotiationSince", false,
                query(Set.of(Stage.NEGOTIATION), false, DateField.STAGE_ENTERED, false),
                columns("name", "companyName", "industryName", "investmentMode", "totalInvestment", "fixedAssetInvestment",
                        "areaName", "carrier", "landNeedMu", "siteVisitDate", "stageEnteredOn:ledger.col.negotiationSince",
                        "plannedSignDate", "lastActivityOn", "unitName", "ownerName", "leaderName", "description"));
        project(projects, LedgerType.SIGNED, "ledger.col.actualSignDate", false,
                query(Set.of(), false, DateField.SIGNED, true),
                columns("name", "companyName", "industryName", "investmentMode", "totalInvestment", "fixedAssetInvestment",
                        "agreementAmount", "agreementType", "actualSignDate", "areaName", "carrier", "expectedAnnualRevenue",
                        "expectedTax", "jobs", "stage", "plannedStartDate", "unitName", "ownerName", "leaderName"));
        threeBatches(projects);
        Set<Stage> notDropped = EnumSet.complementOf(EnumSet.of(Stage.DROPPED));
        project(projects, LedgerType.KEY_PROJECTS, "ledger.col.plannedStartDate", false,
                query(notDropped, true, DateField.PLANNED_START, false),
                columns("keyLevel", "name", "companyName", "industryName", "totalInvestment", "fixedAssetInvestment", "areaName",
                        "stage", "plannedStartDate", "actualStartDate", "plannedOperationDate", "actualOperationDate",
                        "overdueStart", "unitName", "leaderName", "description"));
        problems(supervision);
        trips(trips);
    }

    LedgerDefinition definition(LedgerType type) {
        return definitions.get(type);
    }

    LedgerSource source(LedgerType type) {
        return sources.get(type);
    }

    private void project(ProjectLedgerService projects, LedgerType type, String periodKey, boolean yearToDate,
            ProjectLedgerQuery query, List<LedgerColumn> columns) {
        definitions.put(type, new LedgerDefinition(type, columns, periodKey, yearToDate, true, true, true, null));
        sources.put(type, new ProjectLedgerSource(projects, query, columns));
    }

    /** 三个一批: the same columns three times over, for projects signed, started and put into operation in the period. */
    private void threeBatches(ProjectLedgerService projects) {
        List<LedgerColumn> columns = new ArrayList<>();
        columns.add(LedgerColumn.label("batch", "ledger.batch", 9).unsortable());
        columns.add(LedgerColumn.date("batchDate"));
        columns.addAll(columns("name", "companyName", "industryName", "totalInvestment", "fixedAssetInvestment", "areaName",
                "stage", "unitName", "ownerName", "leaderName"));
        Map<DateField, Function<ProjectLedgerRow, Object>> dates = Map.of(DateField.SIGNED, ProjectLedgerRow::actualSignDate,
                DateField.STARTED, ProjectLedgerRow::actualStartDate, DateField.OPERATING, ProjectLedgerRow::actualOperationDate);
        Map<DateField, String> sortFields = Map.of(DateField.SIGNED, "actualSignDate", DateField.STARTED, "actualStartDate",
                DateField.OPERATING, "actualOperationDate");
        List<SectionedSource.Section> sections = new ArrayList<>();
        for (DateField date : List.of(DateField.SIGNED, DateField.STARTED, DateField.OPERATING)) {
            String code = date.name();
            sections.add(new SectionedSource.Section(code, new ProjectLedgerSource(projects,
                    query(Set.of(), false, date, true), columns,
                    Map.of("batch", p -> code, "batchDate", dates.get(date)), Map.of("batchDate", sortFields.get(date)),
                    code + ":")));
        }
        definitions.put(LedgerType.THREE_BATCHES, new LedgerDefinition(LedgerType.THREE_BATCHES, columns,
                "ledger.col.batchDate", true, true, true, true, "batch"));
        sources.put(LedgerType.THREE_BATCHES, new SectionedSource(sections));
    }

    private void problems(SupervisionService supervision) {
        List<LedgerColumn> columns = List.of(LedgerColumn.text("problemTitle", 24), LedgerColumn.text("projectName", 24),
                LedgerColumn.text("category", 10), LedgerColumn.label("problemSource", "problemSource", 10),
                LedgerColumn.text("leadUnit", 14), LedgerColumn.text("coUnits", 16), LedgerColumn.date("raisedOn"),
                LedgerColumn.date("deadline"), LedgerColumn.text("supervisingLeader", 9),
                LedgerColumn.label("problemStatus", "problemStatus", 9), LedgerColumn.flag("overdue", 8),
                LedgerColumn.count("overdueWorkingDays", 9, false), LedgerColumn.text("latestProgress", 32),
                LedgerColumn.date("closedOn"));
        definitions.put(LedgerType.PROBLEMS, new LedgerDefinition(LedgerType.PROBLEMS, columns, "ledger.col.raisedOn", false,
                true, true, true, null));
        sources.put(LedgerType.PROBLEMS, new ListSource(columns, f -> supervision.ledger(new ProblemLedgerQuery(f.unitId(),
                f.leaderId(), f.areaId(), f.industryId(), f.from(), f.to())).stream().map(LedgerDefinitions::problemRow).toList()));
    }

    private static LedgerRow problemRow(ProblemLedgerRow row) {
        ProblemRow p = row.problem();
        return new LedgerRow(String.valueOf(p.id()), p.leadUnitId(), new Object[] {p.title(), p.projectName(), p.category(),
            p.source().name(), p.leadUnitName(), String.join("、", p.coUnits()), p.raisedOn(), p.deadline(),
            p.supervisingLeader(), p.status().name(), p.overdue(), p.overdue() ? (long) p.overdueWorkingDays() : null,
            row.latestProgress(), row.closedOn()});
    }

    private void trips(TripService trips) {
        List<LedgerColumn> columns = List.of(LedgerColumn.text("tripTitle", 26), LedgerColumn.date("startDate"),
                LedgerColumn.date("endDate"), LedgerColumn.text("cities", 16), LedgerColumn.text("leadingOfficial", 10),
                LedgerColumn.text("organizer", 14), LedgerColumn.text("accompanyingUnits", 16),
                LedgerColumn.count("visits", 8, true), LedgerColumn.count("tripProjects", 8, true),
                LedgerColumn.count("negotiating", 8, true), LedgerColumn.count("signed", 8, true),
                LedgerColumn.count("landed", 8, true), LedgerColumn.amount("signedAmount", 14));
        definitions.put(LedgerType.TRIPS, new LedgerDefinition(LedgerType.TRIPS, columns, "ledger.col.startDate", false,
                false, false, false, null));
        sources.put(LedgerType.TRIPS, new ListSource(columns,
                f -> trips.ledger(f.from(), f.to(), f.unitId()).stream().map(LedgerDefinitions::tripRow).toList()));
    }

    private static LedgerRow tripRow(TripLedgerRow row) {
        TripSummary t = row.trip();
        return new LedgerRow(String.valueOf(t.id()), row.organizerUnitId(), new Object[] {t.title(), t.startDate(), t.endDate(),
            t.cities(), t.leadingOfficial(), t.organizerUnitName(), row.accompanyingUnits(), t.visits(), t.projects(),
            t.negotiating(), t.signed(), t.landed(), t.signedAmount()});
    }

    /** @param dateRequired leave out projects without the date (签约项目台账: only projects with a signing date) */
    private static ProjectLedgerQuery query(Set<Stage> stages, boolean keyOnly, DateField date, boolean dateRequired) {
        return new ProjectLedgerQuery(stages, keyOnly, date, dateRequired, null, null, null, null, null, null, Set.of());
    }

    /** Project columns by key; "key:headerKey" gives a column another heading. */
    private static List<LedgerColumn> columns(String... keys) {
        List<LedgerColumn> columns = new ArrayList<>();
        for (String key : keys) {
            int colon = key.indexOf(':');
            columns.add(colon < 0 ? ProjectColumns.spec(key).column()
                    : ProjectColumns.spec(key.substring(0, colon)).column().titled(key.substring(colon + 1)));
        }
        return columns;
    }
}
