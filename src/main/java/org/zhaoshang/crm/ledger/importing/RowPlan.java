package org.zhaoshang.crm.ledger.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.zhaoshang.crm.company.CompanyRef;
import org.zhaoshang.crm.project.AgreementType;
import org.zhaoshang.crm.project.InvestmentMode;
import org.zhaoshang.crm.project.ProjectDetails;
import org.zhaoshang.crm.project.ProjectSource;
import org.zhaoshang.crm.project.Stage;

/** Everything decided about one row: what it becomes and the values it brings. Filled by {@link ImportPlanner}. */
final class RowPlan {

    final int rowNumber;
    RowAction action;
    final List<Problem> problems = new ArrayList<>();
    final List<FieldChange> changes = new ArrayList<>();

    String projectName;
    String companyName;
    String creditCode;
    /** An existing company, or null when the row (or an earlier row, see {@link #companyKey}) creates it. */
    Long companyId;
    /** For a new company: the key under which the first row creating it registers it. */
    String companyKey;
    /** For a company that an earlier row of the file creates: that row. */
    Integer companyFromRow;
    /** Companies of the 企业库 with a similar name, offered as 归入已有企业 (empty when the company is certain). */
    List<CompanyRef> similarCompanies = List.of();
    /** The similar company the user chose for this row (or an earlier row of the same company name chose). */
    CompanyRef chosenCompany;
    ProjectDetails existing;
    boolean existingHasAgreement;
    /** The pipeline stage the project is in (or, for a 搁置/终止 row, was in before it was paused). */
    Stage target;
    /** 搁置 or 终止 when the row says so: the project is put on hold or dropped after reaching {@link #target}. */
    Stage pause;
    /** The reason the row gives for {@link #pause}; null for the standard text naming the file and row. */
    String pauseReason;
    /** A dropped project the ledger shows 搁置: resumed first (LEADER and ADMIN only), then put on hold. */
    boolean resumeFirst;

    Long industryId;
    InvestmentMode investmentMode;
    BigDecimal totalInvestment;
    BigDecimal fixedAssetInvestment;
    BigDecimal expectedRevenue;
    BigDecimal expectedTax;
    Integer jobs;
    BigDecimal landMu;
    BigDecimal floorSpace;
    Long areaId;
    String carrier;
    ProjectSource source;
    Long ownerId;
    Long unitId;
    String unitName;
    Long leaderId;
    Boolean keyDistrict;
    Boolean keyProvincial;
    LocalDate siteVisitDate;
    LocalDate plannedSignDate;
    LocalDate signDate;
    LocalDate landDate;
    LocalDate plannedStartDate;
    LocalDate startDate;
    LocalDate plannedOperationDate;
    LocalDate operationDate;
    String description;
    AgreementType agreementType;
    String agreementTitle;
    BigDecimal agreementAmount;

    // 问题督办 (the project is {@link #projectId}, the lead unit {@link #unitId}, the supervising leader {@link #leaderId})
    String problemTitle;
    Long projectId;
    Long categoryId;
    org.zhaoshang.crm.supervision.ProblemSource problemSource;
    java.util.Set<Long> coUnitIds = java.util.Set.of();
    LocalDate deadline;
    /** The ledger says 办理中 and the importer may 交办: the problem is assigned after it is raised. */
    boolean assign;

    // 外出招商 (the organizer is {@link #unitId}, the accompanying units {@link #coUnitIds})
    String tripTitle;
    LocalDate tripStart;
    LocalDate tripEnd;
    List<Long> cityIds = List.of();
    String cityNames;
    String leadingOfficial;
    java.util.Set<Long> memberIds = java.util.Set.of();
    /** The companies visited: an existing company's id, or a name to create (with the duplicate question answered). */
    List<VisitedCompany> visited = List.of();

    /** A company a trip visited: {@code companyId} when the 企业库 has it, else created by its name. */
    record VisitedCompany(String name, Long companyId) {
    }

    RowPlan(int rowNumber) {
        this.rowNumber = rowNumber;
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    boolean writes() {
        return action == RowAction.CREATE_COMPANY_AND_PROJECT || action == RowAction.CREATE_PROJECT
                || action == RowAction.UPDATE_PROJECT || action == RowAction.CREATE_PROBLEM || action == RowAction.CREATE_TRIP;
    }

    /** A trip's dates, cities and visits in a line, for the preview. */
    private String tripDetail() {
        if (tripTitle == null || tripStart == null) {
            return null;
        }
        String dates = org.zhaoshang.crm.base.ChineseDates.format(tripStart)
                + (tripEnd == null || tripEnd.equals(tripStart) ? "" : "—" + org.zhaoshang.crm.base.ChineseDates.format(tripEnd));
        return dates + (cityNames == null || cityNames.isEmpty() ? "" : " · " + cityNames)
                + (visited.isEmpty() ? "" : " · " + String.join("、", visited.stream().map(VisitedCompany::name).toList()));
    }

    PreviewRow toPreview() {
        Stage shown = action == RowAction.SKIP ? null : pause != null && target != null ? pause : target;
        return new PreviewRow(rowNumber, action, projectName, companyName, shown,
                totalInvestment != null ? totalInvestment : existing == null ? null : existing.totalInvestment(), unitName,
                problems, changes, similarCompanies, chosenCompany == null ? null : chosenCompany.id(), problemTitle != null ? problemTitle : tripTitle, tripDetail());
    }
}
