package org.zhaoshang.crm.project;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A new or edited project. The stage is not part of it: stages move only through transitions.
 * {@code initialStage} is read on creation only (线索 or 对接).
 */
public record ProjectDraft(Long id, long version, String name, Long companyId, Long industryId,
        InvestmentMode investmentMode, BigDecimal totalInvestment, BigDecimal fixedAssetInvestment,
        BigDecimal expectedAnnualRevenue, BigDecimal expectedTax, Integer jobs, BigDecimal landNeedMu,
        BigDecimal floorSpaceSqm, Long areaId, String carrier, ProjectSource source, Long sourceTripId, Long ownerId,
        Long responsibleUnitId, Long leaderInChargeId, boolean keyDistrict, boolean keyProvincial, boolean inLibrary,
        LocalDate libraryDate, LocalDate siteVisitDate, LocalDate plannedSignDate, LocalDate actualSignDate,
        LocalDate plannedLandDate, LocalDate actualLandDate, LocalDate plannedStartDate, LocalDate actualStartDate,
        LocalDate plannedOperationDate, LocalDate actualOperationDate, String description, Stage initialStage) {

    /** A new lead: name, company, source and owner are what it must have. */
    public static ProjectDraft newLead(String name, Long companyId, ProjectSource source, Long ownerId, Long unitId) {
        return new ProjectDraft(null, 0, name, companyId, null, null, null, null, null, null, null, null, null, null, null,
                source, null, ownerId, unitId, null, false, false, false, null, null, null, null, null, null, null, null,
                null, null, null, Stage.LEAD);
    }

    /** A lead (or contact) found on a trip: source 外出招商走访, linked to the trip. */
    public static ProjectDraft fromTrip(String name, Long companyId, Long ownerId, Long unitId, Long tripId, Stage stage) {
        return new ProjectDraft(null, 0, name, companyId, null, null, null, null, null, null, null, null, null, null, null,
                ProjectSource.TRIP_VISIT, tripId, ownerId, unitId, null, false, false, false, null, null, null, null, null,
                null, null, null, null, null, null, stage);
    }

    public static ProjectDraft of(ProjectDetails p) {
        return new ProjectDraft(p.id(), p.version(), p.name(), p.companyId(), p.industryId(), p.investmentMode(),
                p.totalInvestment(), p.fixedAssetInvestment(), p.expectedAnnualRevenue(), p.expectedTax(), p.jobs(),
                p.landNeedMu(), p.floorSpaceSqm(), p.areaId(), p.carrier(), p.source(), p.sourceTripId(), p.ownerId(),
                p.responsibleUnitId(), p.leaderInChargeId(), p.keyDistrict(), p.keyProvincial(), p.inLibrary(),
                p.libraryDate(), p.siteVisitDate(), p.plannedSignDate(), p.actualSignDate(), p.plannedLandDate(),
                p.actualLandDate(), p.plannedStartDate(), p.actualStartDate(), p.plannedOperationDate(),
                p.actualOperationDate(), p.description(), p.stage());
    }

    public ProjectDraft withTotalInvestment(BigDecimal amount) {
        return new ProjectDraft(id, version, name, companyId, industryId, investmentMode, amount, fixedAssetInvestment,
                expectedAnnualRevenue, expectedTax, jobs, landNeedMu, floorSpaceSqm, areaId, carrier, source, sourceTripId,
                ownerId, responsibleUnitId, leaderInChargeId, keyDistrict, keyProvincial, inLibrary, libraryDate,
                siteVisitDate, plannedSignDate, actualSignDate, plannedLandDate, actualLandDate, plannedStartDate,
                actualStartDate, plannedOperationDate, actualOperationDate, description, initialStage);
    }
}
