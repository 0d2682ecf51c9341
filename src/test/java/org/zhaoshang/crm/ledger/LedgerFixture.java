package org.zhaoshang.crm.ledger;

import static org.zhaoshang.crm.project.ProjectTestData.wan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.org.ReferenceDataService;
import org.zhaoshang.crm.project.AgreementType;
import org.zhaoshang.crm.project.ProjectDetails;
import org.zhaoshang.crm.project.ProjectDraft;
import org.zhaoshang.crm.project.ProjectService;
import org.zhaoshang.crm.project.ProjectTestData;
import org.zhaoshang.crm.project.Stage;
import org.zhaoshang.crm.project.StageFacts;
import org.zhaoshang.crm.supervision.ProblemDraft;
import org.zhaoshang.crm.supervision.ProblemSource;
import org.zhaoshang.crm.supervision.SupervisionService;
import org.zhaoshang.crm.support.Actors;
import org.zhaoshang.crm.trip.TripDraft;
import org.zhaoshang.crm.trip.TripService;

/** Projects in every ledger-relevant state, a problem and a trip, made through the services as a demo user. */
@Component
class LedgerFixture {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    private final ProjectTestData data;
    private final ProjectService projects;
    private final SupervisionService supervision;
    private final TripService trips;
    private final ReferenceDataService referenceData;
    private final Actors actors;

    LedgerFixture(ProjectTestData data, ProjectService projects, SupervisionService supervision, TripService trips,
            ReferenceDataService referenceData, Actors actors) {
        this.data = data;
        this.projects = projects;
        this.supervision = supervision;
        this.trips = trips;
        this.referenceData = referenceData;
        this.actors = actors;
    }

    /** A lead of the user's unit. */
    Long lead(String user, String name) {
        return data.lead(user, name);
    }

    Long negotiating(String user, String name, long investment) {
        Long id = data.lead(user, name);
        advance(user, id, Stage.NEGOTIATION, new StageFacts(null, wan(investment), area("中央商务区"), null, null,
                null, null, null, null, null, null));
        return id;
    }

    /** Signed today, with an investment agreement of {@code agreement} 万元. */
    Long signed(String user, String name, BigDecimal investment, BigDecimal agreement) {
        Long id = data.lead(user, name);
        advance(user, id, Stage.SIGNED, new StageFacts(TODAY, investment, area("中央商务区"), TODAY,
                AgreementType.INVESTMENT, agreement, "《" + name + "投资协议》", null, null, null, null));
        return id;
    }

    /** Signed, landed and started today. */
    Long started(String user, String name, BigDecimal investment) {
        Long id = signed(user, name, investment, investment);
        advance(user, id, Stage.LANDED, new StageFacts(null, null, null, null, null, null, null, null, TODAY, null, null));
        advance(user, id, Stage.STARTED, new StageFacts(null, null, null, null, null, null, null, null, null, TODAY, null));
        return id;
    }

    void advance(String user, Long id, Stage target, StageFacts facts) {
        long version = data.get(user, id).version();
        actors.run(user, () -> projects.advance(id, version, target, facts, null));
    }

    void setInvestment(String user, Long id, BigDecimal amount) {
        ProjectDetails p = data.get(user, id);
        actors.run(user, () -> projects.update(ProjectDraft.of(p).withTotalInvestment(amount)));
    }

    /** Marks the project as a district key project that should have started {@code daysAgo} days ago. */
    void key(String user, Long id, int daysAgo) {
        ProjectDetails p = data.get(user, id);
        ProjectDraft d = ProjectDraft.of(p);
        actors.run(user, () -> projects.update(new ProjectDraft(d.id(), d.version(), d.name(), d.companyId(), d.industryId(),
                d.investmentMode(), d.totalInvestment(), d.fixedAssetInvestment(), d.expectedAnnualRevenue(), d.expectedTax(),
                d.jobs(), d.landNeedMu(), d.floorSpaceSqm(), d.areaId(), d.carrier(), d.source(), d.sourceTripId(), d.ownerId(),
                d.responsibleUnitId(), d.leaderInChargeId(), true, false, d.inLibrary(), d.libraryDate(), d.siteVisitDate(),
                d.plannedSignDate(), d.actualSignDate(), d.plannedLandDate(), d.actualLandDate(), TODAY.minusDays(daysAgo),
                d.actualStartDate(), d.plannedOperationDate(), d.actualOperationDate(), d.description(), d.initialStage())));
    }

    /** A problem on the project, led by the user's own unit, due in 20 days. */
    Long problem(String user, Long projectId, String title, String unitName) {
        Long category = actors.as(user, () -> supervision.categories()).keySet().iterator().next();
        Long unit = unitId(unitName);
        return actors.as(user, () -> supervision.raise(new ProblemDraft(null, 0, projectId, title, "说明", category,
                ProblemSource.DIRECT, unit, Set.of(), TODAY.plusDays(20), null, null)));
    }

    /** A one-day trip today, organized by the user's unit, to the first city of the reference data. */
    Long trip(String user, String title) {
        Long city = actors.as(user, () -> referenceData.cities()).getFirst().id();
        return actors.as(user, () -> trips.save(new TripDraft(null, 0, title, TODAY, TODAY, List.of(city), "带队领导（测试）",
                Set.of(), Set.of(), "台账测试", null)));
    }

    Long area(String name) {
        return actors.as("admin", () -> data.areaId(name));
    }

    Long unitId(String name) {
        return actors.as("admin", () -> referenceData.units()).stream().filter(u -> u.name().equals(name)).findFirst()
                .orElseThrow().id();
    }
}
