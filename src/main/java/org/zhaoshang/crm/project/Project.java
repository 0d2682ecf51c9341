package org.zhaoshang.crm.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.zhaoshang.crm.base.AbstractEntity;
import org.zhaoshang.crm.base.BusinessException;

/**
 * A 招商项目. The stage changes only through the named transitions below, each of which checks its
 * preconditions and returns the {@link StageChange} to record; there is no stage setter.
 */
@Entity
@Table(name = "project")
@Audited
class Project extends AbstractEntity {

    @Column(nullable = false, length = 200)
    private String name;
    @Column(name = "company_id", nullable = false)
    private Long companyId;
    @Column(name = "industry_id")
    private Long industryId;
    @Enumerated(EnumType.STRING)
    @Column(name = "investment_mode", length = 30)
    private InvestmentMode investmentMode;
    @Column(name = "total_investment", precision = 16, scale = 2)
    private BigDecimal totalInvestment;
    @Column(name = "fixed_asset_investment", precision = 16, scale = 2)
    private BigDecimal fixedAssetInvestment;
    @Column(name = "expected_annual_revenue", precision = 16, scale = 2)
    private BigDecimal expectedAnnualRevenue;
    @Column(name = "expected_tax", precision = 16, scale = 2)
    private BigDecimal expectedTax;
    private Integer jobs;
    @Column(name = "land_need_mu", precision = 12, scale = 2)
    private BigDecimal landNeedMu;
    @Column(name = "floor_space_sqm", precision = 14, scale = 2)
    private BigDecimal floorSpaceSqm;
    @Column(name = "area_id")
    private Long areaId;
    @Column(length = 200)
    private String carrier;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ProjectSource source;
    @Column(name = "source_trip_id")
    private Long sourceTripId;
    @Column(name = "owner_id", nullable = false)
    private Long ownerId;
    @Column(name = "responsible_unit_id", nullable = false)
    private Long responsibleUnitId;
    @Column(name = "leader_in_charge_id")
    private Long leaderInChargeId;
    @Column(name = "key_district", nullable = false)
    private boolean keyDistrict;
    @Column(name = "key_provincial", nullable = false)
    private boolean keyProvincial;
    @Column(name = "in_library", nullable = false)
    private boolean inLibrary;
    @Column(name = "library_date")
    private LocalDate libraryDate;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Stage stage;
    @NotAudited
    @Enumerated(EnumType.STRING)
    @Column(name = "paused_from_stage", length = 20)
    private Stage pausedFromStage;
    @Column(name = "hold_reason", length = 500)
    private String holdReason;
    @NotAudited
    @Column(name = "stage_changed_at", nullable = false)
    private Instant stageChangedAt;
    @NotAudited
    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;
    @Column(name = "site_visit_date")
    private LocalDate siteVisitDate;
    @Column(name = "planned_sign_date")
    private LocalDate plannedSignDate;
    @Column(name = "actual_sign_date")
    private LocalDate actualSignDate;
    /**
     * The date of the earliest agreement: the day the project counts as signed in targets and rankings
     * (once, whatever agreements follow, and kept when the project steps back). Set with each agreement;
     * not audited, as it only mirrors the agreements, which have their own history.
     */
    @org.hibernate.envers.NotAudited
    @Column(name = "first_signed_on")
    private LocalDate firstSignedOn;

    /** The sum of the agreements' amounts (签约金额), kept for the ledgers; not audited, like the first signing. */
    @NotAudited
    @Column(name = "agreement_amount", precision = 16, scale = 2)
    private BigDecimal agreementAmount;
    /** The type of the latest agreement (by date, then as recorded), kept for the ledgers. */
    @NotAudited
    @Enumerated(EnumType.STRING)
    @Column(name = "agreement_type", length = 30)
    private AgreementType agreementType;

    /** The company's home city, copied for the cockpit's map (the company's column is the source). */
    @NotAudited
    @Column(name = "origin_city_id")
    private Long originCityId;
    @Column(name = "planned_land_date")
    private LocalDate plannedLandDate;
    @Column(name = "actual_land_date")
    private LocalDate actualLandDate;
    @Column(name = "planned_start_date")
    private LocalDate plannedStartDate;
    @Column(name = "actual_start_date")
    private LocalDate actualStartDate;
    @Column(name = "planned_operation_date")
    private LocalDate plannedOperationDate;
    @Column(name = "actual_operation_date")
    private LocalDate actualOperationDate;
    @Column(length = 2000)
    private String description;
    @NotAudited
    @Column(name = "search_key", length = 600)
    private String searchKey;

    protected Project() {
    }

    /** A new project enters the pipeline as 线索 or 对接. */
    static Project create(Stage initialStage, Instant now) {
        if (initialStage != Stage.LEAD && initialStage != Stage.CONTACT) {
            throw new BusinessException("project.error.initialStage");
        }
        Project project = new Project();
        project.stage = initialStage;
        project.stageChangedAt = now;
        project.lastActivityAt = now;
        return project;
    }

    void update(ProjectDraft d, String searchKey, LocalDate today) {
        checkActualDate(d.actualSignDate(), Stage.SIGNED, today);
        checkActualDate(d.actualLandDate(), Stage.LANDED, today);
        checkActualDate(d.actualStartDate(), Stage.STARTED, today);
        checkActualDate(d.actualOperationDate(), Stage.OPERATING, today);
        this.name = d.name().strip();
        this.companyId = d.companyId();
        this.industryId = d.industryId();
        this.investmentMode = d.investmentMode();
        this.totalInvestment = d.totalInvestment();
        this.fixedAssetInvestment = d.fixedAssetInvestment();
        this.expectedAnnualRevenue = d.expectedAnnualRevenue();
        this.expectedTax = d.expectedTax();
        this.jobs = d.jobs();
        this.landNeedMu = d.landNeedMu();
        this.floorSpaceSqm = d.floorSpaceSqm();
        this.areaId = d.areaId();
        this.carrier = blankToNull(d.carrier());
        this.source = d.source();
        this.sourceTripId = d.sourceTripId();
        this.ownerId = d.ownerId();
        this.responsibleUnitId = d.responsibleUnitId();
        this.leaderInChargeId = d.leaderInChargeId();
        this.keyDistrict = d.keyDistrict();
        this.keyProvincial = d.keyProvincial();
        this.inLibrary = d.inLibrary();
        this.libraryDate = d.inLibrary() ? (d.libraryDate() == null ? today : d.libraryDate()) : null;
        this.siteVisitDate = d.siteVisitDate();
        this.plannedSignDate = d.plannedSignDate();
        this.actualSignDate = d.actualSignDate();
        this.plannedLandDate = d.plannedLandDate();
        this.actualLandDate = d.actualLandDate();
        this.plannedStartDate = d.plannedStartDate();
        this.actualStartDate = d.actualStartDate();
        this.plannedOperationDate = d.plannedOperationDate();
        this.actualOperationDate = d.actualOperationDate();
        this.description = blankToNull(d.description());
        this.searchKey = searchKey;
    }

    /** An actual date may only be given for a stage the project has reached, and not in the future. */
    private void checkActualDate(LocalDate date, Stage milestone, LocalDate today) {
        if (date == null) {
            return;
        }
        if (date.isAfter(today)) {
            throw new BusinessException("project.error.actualDateInFuture", "stage." + milestone.name());
        }
        Stage reached = stage == Stage.ON_HOLD || stage == Stage.DROPPED ? pausedFromStage : stage;
        if (reached == null || !reached.atLeast(milestone)) {
            throw new BusinessException("project.error.actualDateBeforeStage", "stage." + milestone.name());
        }
    }

    /** Facts the target stage needs that the project does not have yet (cumulative along the pipeline). */
    List<Fact> missingFor(Stage target, boolean hasAgreement) {
        List<Fact> missing = new ArrayList<>();
        if (target == Stage.SITE_VISIT && siteVisitDate == null) {
            missing.add(Fact.SITE_VISIT_DATE);
        }
        if (target.atLeast(Stage.NEGOTIATION)) {
            if (totalInvestment == null || totalInvestment.signum() <= 0) {
                missing.add(Fact.TOTAL_INVESTMENT);
            }
            if (areaId == null) {
                missing.add(Fact.AREA);
            }
        }
        if (target.atLeast(Stage.SIGNED)) {
            if (actualSignDate == null) {
                missing.add(Fact.SIGN_DATE);
            }
            if (!hasAgreement) {
                missing.add(Fact.AGREEMENT_TYPE);
                missing.add(Fact.AGREEMENT_AMOUNT);
            }
        }
        if (target.atLeast(Stage.LANDED) && actualLandDate == null) {
            missing.add(Fact.LAND_DATE);
        }
        if (target.atLeast(Stage.STARTED) && actualStartDate == null) {
            missing.add(Fact.START_DATE);
        }
        if (target.atLeast(Stage.OPERATING) && actualOperationDate == null) {
            missing.add(Fact.OPERATION_DATE);
        }
        return missing;
    }

    /**
     * Moves forward along the pipeline (one or more stages). The facts fill what the target needs; what
     * is still missing afterwards refuses the move and changes nothing.
     */
    StageChange advanceTo(Stage target, StageFacts facts, boolean hasAgreement, Actor actor, String remark,
            LocalDate today) {
        if (!stage.inPipeline() || !target.isAfter(stage)) {
            throw new BusinessException("project.error.notForward", "stage." + stage.name(), "stage." + target.name());
        }
        List<Fact> needed = missingFor(target, hasAgreement);
        List<Fact> stillMissing = new ArrayList<>();
        boolean agreementGiven = facts.agreementType() != null && facts.agreementAmount() != null
                && facts.agreementAmount().signum() > 0;
        for (Fact fact : needed) {
            if (!supplied(fact, facts, agreementGiven)) {
                stillMissing.add(fact);
            }
        }
        if (!stillMissing.isEmpty()) {
            throw new MissingFactsException(stillMissing);
        }
        for (LocalDate actual : new LocalDate[] {facts.signDate(), facts.landDate(), facts.startDate(), facts.operationDate()}) {
            if (actual != null && actual.isAfter(today)) {
                throw new BusinessException("project.error.actualDateInFuture", "stage." + target.name());
            }
        }
        for (Fact fact : needed) {
            apply(fact, facts);
        }
        return changeStage(StageChangeKind.ADVANCED, target, actor, remark);
    }

    private static boolean supplied(Fact fact, StageFacts f, boolean agreementGiven) {
        return switch (fact) {
            case SITE_VISIT_DATE -> f.siteVisitDate() != null;
            case TOTAL_INVESTMENT -> f.totalInvestment() != null && f.totalInvestment().signum() > 0;
            case AREA -> f.areaId() != null;
            case SIGN_DATE -> f.signDate() != null;
            case AGREEMENT_TYPE, AGREEMENT_AMOUNT -> agreementGiven;
            case LAND_DATE -> f.landDate() != null;
            case START_DATE -> f.startDate() != null;
            case OPERATION_DATE -> f.operationDate() != null;
        };
    }

    private void apply(Fact fact, StageFacts f) {
        switch (fact) {
            case SITE_VISIT_DATE -> siteVisitDate = f.siteVisitDate();
            case TOTAL_INVESTMENT -> totalInvestment = f.totalInvestment();
            case AREA -> areaId = f.areaId();
            case SIGN_DATE -> actualSignDate = f.signDate();
            case LAND_DATE -> actualLandDate = f.landDate();
            case START_DATE -> actualStartDate = f.startDate();
            case OPERATION_DATE -> actualOperationDate = f.operationDate();
            case AGREEMENT_TYPE, AGREEMENT_AMOUNT -> {
                // recorded as an agreement by the service
            }
        }
    }

    /** Back to an earlier pipeline stage (LEADER/ADMIN, checked by the service), with a reason. */
    StageChange stepBackTo(Stage target, Actor actor, String reason) {
        requireReason(reason);
        if (!stage.inPipeline() || !stage.isAfter(target)) {
            throw new BusinessException("project.error.notBack", "stage." + stage.name(), "stage." + target.name());
        }
        if (!target.atLeast(Stage.SIGNED)) {
            actualSignDate = null;
        }
        if (!target.atLeast(Stage.LANDED)) {
            actualLandDate = null;
        }
        if (!target.atLeast(Stage.STARTED)) {
            actualStartDate = null;
        }
        if (!target.atLeast(Stage.OPERATING)) {
            actualOperationDate = null;
        }
        return changeStage(StageChangeKind.STEPPED_BACK, target, actor, reason);
    }

    /** 搁置: paused from any pipeline stage, with a reason; remembers where it was. */
    StageChange putOnHold(Actor actor, String reason) {
        requireReason(reason);
        if (!stage.inPipeline()) {
            throw new BusinessException("project.error.cannotHold", "stage." + stage.name());
        }
        pausedFromStage = stage;
        holdReason = reason.strip();
        return changeStage(StageChangeKind.HELD, Stage.ON_HOLD, actor, reason);
    }

    /** 终止: given up, from the pipeline or from 搁置, with a reason. */
    StageChange drop(Actor actor, String reason) {
        requireReason(reason);
        if (stage == Stage.DROPPED) {
            throw new BusinessException("project.error.alreadyDropped");
        }
        if (stage.inPipeline()) {
            pausedFromStage = stage;
        }
        holdReason = reason.strip();
        return changeStage(StageChangeKind.DROPPED, Stage.DROPPED, actor, reason);
    }

    /** Back to the stage it was paused (or dropped) from. */
    StageChange resume(Actor actor, String remark) {
        if ((stage != Stage.ON_HOLD && stage != Stage.DROPPED) || pausedFromStage == null) {
            throw new BusinessException("project.error.notPaused");
        }
        Stage back = pausedFromStage;
        pausedFromStage = null;
        holdReason = null;
        return changeStage(StageChangeKind.RESUMED, back, actor, remark);
    }

    private StageChange changeStage(StageChangeKind kind, Stage target, Actor actor, String remark) {
        Stage from = stage;
        stage = target;
        stageChangedAt = actor.at();
        lastActivityAt = actor.at();
        return new StageChange(getId(), kind, from, target, actor, remark);
    }

    /** A follow-up or visit counts as activity (keeps the project from going stale). */
    void touch(Instant at) {
        if (lastActivityAt == null || at.isAfter(lastActivityAt)) {
            lastActivityAt = at;
        }
    }

    void moveToCompany(Long survivorId) {
        this.companyId = survivorId;
    }

    /** The company's home city changed, or the project moved to another company. */
    void locate(Long cityId) {
        this.originCityId = cityId;
    }

    void reindex(String searchKey) {
        this.searchKey = searchKey;
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("validation.required", "project.field.reason");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Who acts and when, for the stage history. */
    record Actor(Long userId, String name, Instant at) {
    }

    String getName() { return name; }
    Long getCompanyId() { return companyId; }
    Long getIndustryId() { return industryId; }
    InvestmentMode getInvestmentMode() { return investmentMode; }
    BigDecimal getTotalInvestment() { return totalInvestment; }
    BigDecimal getFixedAssetInvestment() { return fixedAssetInvestment; }
    BigDecimal getExpectedAnnualRevenue() { return expectedAnnualRevenue; }
    BigDecimal getExpectedTax() { return expectedTax; }
    Integer getJobs() { return jobs; }
    BigDecimal getLandNeedMu() { return landNeedMu; }
    BigDecimal getFloorSpaceSqm() { return floorSpaceSqm; }
    Long getAreaId() { return areaId; }
    String getCarrier() { return carrier; }
    ProjectSource getSource() { return source; }
    Long getSourceTripId() { return sourceTripId; }
    Long getOwnerId() { return ownerId; }
    Long getResponsibleUnitId() { return responsibleUnitId; }
    Long getLeaderInChargeId() { return leaderInChargeId; }
    boolean isKeyDistrict() { return keyDistrict; }
    boolean isKeyProvincial() { return keyProvincial; }
    boolean isInLibrary() { return inLibrary; }
    LocalDate getLibraryDate() { return libraryDate; }
    Stage getStage() { return stage; }
    Stage getPausedFromStage() { return pausedFromStage; }
    String getHoldReason() { return holdReason; }
    Instant getStageChangedAt() { return stageChangedAt; }
    Instant getLastActivityAt() { return lastActivityAt; }
    LocalDate getSiteVisitDate() { return siteVisitDate; }
    LocalDate getPlannedSignDate() { return plannedSignDate; }
    LocalDate getActualSignDate() { return actualSignDate; }

    /**
     * The project's agreements changed ({@code newestFirst}: by date, then as recorded, the latest first): the first
     * signing moves only to an earlier day (it counts once, even if an agreement goes), the 签约金额 is their sum and
     * the 协议类型 the latest one's.
     */
    void agreementsChanged(List<Agreement> newestFirst) {
        BigDecimal sum = null;
        for (Agreement agreement : newestFirst) {
            LocalDate signedOn = agreement.getSignedOn();
            if (signedOn != null && (firstSignedOn == null || signedOn.isBefore(firstSignedOn))) {
                firstSignedOn = signedOn;
            }
            if (agreement.getAmount() != null) {
                sum = sum == null ? agreement.getAmount() : sum.add(agreement.getAmount());
            }
        }
        agreementAmount = sum;
        agreementType = newestFirst.isEmpty() ? null : newestFirst.getFirst().getType();
    }
    LocalDate getPlannedLandDate() { return plannedLandDate; }
    LocalDate getActualLandDate() { return actualLandDate; }
    LocalDate getPlannedStartDate() { return plannedStartDate; }
    LocalDate getActualStartDate() { return actualStartDate; }
    LocalDate getPlannedOperationDate() { return plannedOperationDate; }
    LocalDate getActualOperationDate() { return actualOperationDate; }
    String getDescription() { return description; }
}
