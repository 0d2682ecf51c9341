package org.zhaoshang.crm.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Everything the project page shows, with the display names of what it refers to. */
public record ProjectDetails(Long id, long version, String name, Long companyId, String companyName, Long industryId,
        String industryName, InvestmentMode investmentMode, BigDecimal totalInvestment, BigDecimal fixedAssetInvestment,
        BigDecimal expectedAnnualRevenue, BigDecimal expectedTax, Integer jobs, BigDecimal landNeedMu,
        BigDecimal floorSpaceSqm, Long areaId, String areaName, String carrier, ProjectSource source, Long sourceTripId,
        Long ownerId, String ownerName, Long responsibleUnitId, String responsibleUnitName, Long leaderInChargeId,
        String leaderInChargeName, boolean keyDistrict, boolean keyProvincial, boolean inLibrary, LocalDate libraryDate,
        Stage stage, Stage pausedFromStage, String holdReason, Instant stageChangedAt, Instant lastActivityAt,
        LocalDate siteVisitDate, LocalDate plannedSignDate, LocalDate actualSignDate, LocalDate plannedLandDate,
        LocalDate actualLandDate, LocalDate plannedStartDate, LocalDate actualStartDate, LocalDate plannedOperationDate,
        LocalDate actualOperationDate, String description, boolean overdueStart, boolean stale, boolean editable) {
}
