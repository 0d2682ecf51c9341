package org.zhaoshang.crm.ledger.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
    ProjectDetails existing;
    boolean existingHasAgreement;
    Stage target;

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

    RowPlan(int rowNumber) {
        this.rowNumber = rowNumber;
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    boolean writes() {
        return action == RowAction.CREATE_COMPANY_AND_PROJECT || action == RowAction.CREATE_PROJECT
                || action == RowAction.UPDATE_PROJECT;
    }

    PreviewRow toPreview() {
        return new PreviewRow(rowNumber, action, projectName, companyName, action == RowAction.SKIP ? null : target,
                totalInvestment != null ? totalInvestment : existing == null ? null : existing.totalInvestment(), unitName,
                problems, changes);
    }
}
