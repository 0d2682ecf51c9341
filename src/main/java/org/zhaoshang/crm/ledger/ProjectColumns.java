package org.zhaoshang.crm.ledger;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.zhaoshang.crm.project.ProjectLedgerRow;
import org.zhaoshang.crm.project.ProjectLedgerTotals;

/**
 * The columns a project ledger can have and where each value comes from. A column's key is the name of the
 * {@link ProjectLedgerRow} field it shows, which is also how the project feature sorts by it.
 */
final class ProjectColumns {

    /** A column, where its value comes from, its sum, and the row fields it needs read. */
    record Spec(LedgerColumn column, Function<ProjectLedgerRow, Object> value, Function<ProjectLedgerTotals, Object> total,
            Set<String> needs) {
    }

    private static final Map<String, Spec> SPECS = new LinkedHashMap<>();

    static {
        add(LedgerColumn.text("name", 28), ProjectLedgerRow::name);
        add(LedgerColumn.text("companyName", 26), ProjectLedgerRow::companyName);
        add(LedgerColumn.text("industryName", 12), ProjectLedgerRow::industryName);
        add(LedgerColumn.label("investmentMode", "investmentMode", 9), p -> code(p.investmentMode()));
        add(LedgerColumn.amount("totalInvestment", 14), ProjectLedgerRow::totalInvestment, ProjectLedgerTotals::totalInvestment);
        add(LedgerColumn.amount("fixedAssetInvestment", 14), ProjectLedgerRow::fixedAssetInvestment,
                ProjectLedgerTotals::fixedAssetInvestment);
        add(LedgerColumn.amount("expectedAnnualRevenue", 14), ProjectLedgerRow::expectedAnnualRevenue,
                ProjectLedgerTotals::expectedAnnualRevenue);
        add(LedgerColumn.amount("expectedTax", 12), ProjectLedgerRow::expectedTax, ProjectLedgerTotals::expectedTax);
        add(LedgerColumn.count("jobs", 9, true), p -> p.jobs() == null ? null : p.jobs().longValue(), ProjectLedgerTotals::jobs);
        add(LedgerColumn.amount("landNeedMu", 10), ProjectLedgerRow::landNeedMu, ProjectLedgerTotals::landNeedMu);
        add(LedgerColumn.text("areaName", 12), ProjectLedgerRow::areaName);
        add(LedgerColumn.text("carrier", 16), ProjectLedgerRow::carrier);
        add(LedgerColumn.label("source", "projectSource", 12), p -> code(p.source()));
        add(LedgerColumn.text("unitName", 14), ProjectLedgerRow::unitName);
        add(LedgerColumn.text("ownerName", 9), ProjectLedgerRow::ownerName);
        add(LedgerColumn.text("leaderName", 9), ProjectLedgerRow::leaderName);
        add(LedgerColumn.label("stage", "stage", 8), p -> code(p.stage()));
        add(LedgerColumn.date("createdOn"), ProjectLedgerRow::createdOn);
        add(LedgerColumn.date("stageEnteredOn"), ProjectLedgerRow::stageEnteredOn);
        add(LedgerColumn.date("lastActivityOn"), ProjectLedgerRow::lastActivityOn);
        add(LedgerColumn.date("siteVisitDate"), ProjectLedgerRow::siteVisitDate);
        add(LedgerColumn.date("plannedSignDate"), ProjectLedgerRow::plannedSignDate);
        add(LedgerColumn.date("actualSignDate"), ProjectLedgerRow::actualSignDate);
        add(LedgerColumn.date("actualLandDate"), ProjectLedgerRow::actualLandDate);
        add(LedgerColumn.date("plannedStartDate"), ProjectLedgerRow::plannedStartDate);
        add(LedgerColumn.date("actualStartDate"), ProjectLedgerRow::actualStartDate);
        add(LedgerColumn.date("plannedOperationDate"), ProjectLedgerRow::plannedOperationDate);
        add(LedgerColumn.date("actualOperationDate"), ProjectLedgerRow::actualOperationDate);
        add(LedgerColumn.amount("agreementAmount", 14), ProjectLedgerRow::agreementAmount, ProjectLedgerTotals::agreementAmount);
        add(LedgerColumn.label("agreementType", "agreementType", 12), p -> code(p.agreementType()));
        add(LedgerColumn.text("description", 36), ProjectLedgerRow::description);
        SPECS.put("keyLevel", new Spec(LedgerColumn.label("keyLevel", "ledger.keyLevel", 10).unsortable(),
                ProjectColumns::keyLevel, null, Set.of("keyDistrict", "keyProvincial")));
        // Derived from the planned start and the stage, which are always read.
        SPECS.put("overdueStart", new Spec(LedgerColumn.flag("overdueStart", 8).unsortable(), ProjectLedgerRow::overdueStart,
                null, Set.of()));
    }

    private ProjectColumns() {
    }

    static Spec spec(String key) {
        Spec spec = SPECS.get(key);
        if (spec == null) {
            throw new IllegalArgumentException("No project ledger column " + key);
        }
        return spec;
    }

    private static void add(LedgerColumn column, Function<ProjectLedgerRow, Object> value) {
        add(column, value, null);
    }

    private static void add(LedgerColumn column, Function<ProjectLedgerRow, Object> value,
            Function<ProjectLedgerTotals, Object> total) {
        SPECS.put(column.key(), new Spec(column, value, total, Set.of(column.key())));
    }

    private static String code(Enum<?> value) {
        return value == null ? null : value.name();
    }

    /** 省市重点 outranks 区重点: a project that is both is listed as 省市重点 and 区重点. */
    private static String keyLevel(ProjectLedgerRow p) {
        if (p.keyProvincial() && p.keyDistrict()) {
            return "BOTH";
        }
        return p.keyProvincial() ? "PROVINCIAL" : p.keyDistrict() ? "DISTRICT" : null;
    }

    static BigDecimal asAmount(Object total) {
        return total instanceof BigDecimal amount ? amount : BigDecimal.valueOf(((Number) total).longValue());
    }
}
