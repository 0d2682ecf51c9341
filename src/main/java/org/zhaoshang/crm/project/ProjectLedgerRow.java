package org.zhaoshang.crm.project;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A project as the ledgers show it: the facts, the names of what it refers to, its milestones and, for signed
 * projects, the sum of its agreements' amounts and the type of the latest agreement. Dates are office calendar
 * days (Beijing time).
 */
public record ProjectLedgerRow(Long id, String name, String companyName, String industryName,
        InvestmentMode investmentMode, BigDecimal totalInvestment, BigDecimal fixedAssetInvestment,
        BigDecimal expectedAnnualRevenue, BigDecimal expectedTax, Integer jobs, BigDecimal landNeedMu, String areaName,
        String carrier, ProjectSource source, Long unitId, String unitName, String ownerName, String leaderName,
        boolean keyDistrict, boolean keyProvincial, Stage stage, Stage pausedFromStage, String holdReason,
        LocalDate createdOn, LocalDate stageEnteredOn, LocalDate lastActivityOn, LocalDate siteVisitDate,
        LocalDate plannedSignDate, LocalDate actualSignDate, LocalDate plannedLandDate, LocalDate actualLandDate,
        LocalDate plannedStartDate, LocalDate actualStartDate, LocalDate plannedOperationDate,
        LocalDate actualOperationDate, BigDecimal agreementAmount, AgreementType agreementType, String description,
        boolean overdueStart) {
}
