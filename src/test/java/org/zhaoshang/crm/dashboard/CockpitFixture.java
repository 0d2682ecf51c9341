package org.zhaoshang.crm.dashboard;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.zhaoshang.crm.org.CitySummary;
import org.zhaoshang.crm.org.IndustrySummary;
import org.zhaoshang.crm.org.ReferenceDataService;
import org.zhaoshang.crm.org.UnitDraft;
import org.zhaoshang.crm.org.UnitType;
import org.zhaoshang.crm.project.ProjectTestData;
import org.zhaoshang.crm.support.Actors;

/**
 * The hand-computed cockpit fixture: two new units and, in 2018–2019 (years no other test writes), seven
 * projects with their agreements, a trip with a visit and three problems, written with plain SQL so that
 * every date is exactly as the expected figures in {@link CockpitIT} assume. The expectations are worked out
 * by hand in the comments of {@link #build}.
 */
class CockpitFixture {

    final Long unit;
    final Long otherUnit;
    final Long wheelA;
    final Long branchA1;
    final Long branchA2;
    final Long wheelB;
    final Long branchB1;
    final Long cityOne;
    final Long cityTwo;
    Long trip;
    Long p1;
    Long p2;
    Long p3;
    Long p4;
    Long p5;
    Long p6;
    Long p7;

    private final JdbcTemplate jdbc;
    private final Long owner;

    CockpitFixture(JdbcTemplate jdbc, Actors actors, ReferenceDataService referenceData) {
        this.jdbc = jdbc;
        String tag = ProjectTestData.unique("驾驶舱");
        unit = actors.as("admin", () -> referenceData.saveUnit(new UnitDraft(null, 0, "CK" + tag.hashCode(), tag + "单位",
                UnitType.TASK_FORCE, 900, true))).id();
        otherUnit = actors.as("admin", () -> referenceData.saveUnit(new UnitDraft(null, 0, "CKO" + tag.hashCode(),
                tag + "兄弟单位", UnitType.TASK_FORCE, 901, true))).id();
        List<IndustrySummary> industries = actors.as("admin", referenceData::industries);
        List<IndustrySummary> wheels = industries.stream().filter(IndustrySummary::isWheel).toList();
        wheelA = wheels.get(0).id();
        wheelB = wheels.get(1).id();
        List<IndustrySummary> aBranches = industries.stream().filter(i -> wheelA.equals(i.parentId())).toList();
        branchA1 = aBranches.get(0).id();
        branchA2 = aBranches.get(1).id();
        branchB1 = industries.stream().filter(i -> wheelB.equals(i.parentId())).findFirst().orElseThrow().id();
        List<CitySummary> cities = actors.as("admin", referenceData::cities);
        cityOne = cities.get(0).id();
        cityTwo = cities.get(1).id();
        owner = jdbc.queryForObject("select id from app_user where username = 'staff'", Long.class);
    }

    /**
     * The projects of {@link #unit} (amounts 万元):
     * <pre>
     * P1 投产  a1 1000 entered 2019-01-10 city1, agreements 2019-02-01 and 2019-03-15, landed 03-01, started 04-10,
     *          in operation 05-10, library 01-20, source of the trip
     * P2 落地  a2  500 entered 2019-02-01 city1, agreement 2019-05-05, landed 05-15, library 05-01, visited on the trip
     * P3 签约  b1 2000 entered 2018-06-01 city2, agreement 2018-12-20 (counted last year), planned start 2019-03-01
     * P4 洽谈  a1  300 entered 2019-03-03 city2, no activity since 2019-01-01 (stale), planned start 2019-04-01,
     *          source of the trip
     * P5 线索  —     — entered 2019-04-04 city1
     * P6 终止  a2  700 entered 2019-01-05 city2, agreement 2019-06-30 (a signing counts even if dropped later)
     * </pre>
     * and P7 of {@link #otherUnit}: 签约 b1 400 entered 2019-02-02 city1, agreement 2019-02-10.
     */
    void build() {
        p1 = project("投产", unit, branchA1, "1000", "2019-01-10", cityOne, "OPERATING", "2019-05-10");
        jdbc.update("update project set actual_sign_date = '2019-02-01', actual_land_date = '2019-03-01',"
                + " actual_start_date = '2019-04-10', actual_operation_date = '2019-05-10', in_library = true,"
                + " library_date = '2019-01-20' where id = ?", p1);
        agreement(p1, "2019-03-15");
        agreement(p1, "2019-02-01");
        p2 = project("落地", unit, branchA2, "500", "2019-02-01", cityOne, "LANDED", "2019-05-15");
        jdbc.update("update project set actual_sign_date = '2019-05-05', actual_land_date = '2019-05-15', in_library = true,"
                + " library_date = '2019-05-01' where id = ?", p2);
        agreement(p2, "2019-05-05");
        p3 = project("签约", unit, branchB1, "2000", "2018-06-01", cityTwo, "SIGNED", "2018-12-20");
        jdbc.update("update project set actual_sign_date = '2018-12-20', planned_start_date = '2019-03-01' where id = ?", p3);
        agreement(p3, "2018-12-20");
        p4 = project("洽谈", unit, branchA1, "300", "2019-03-03", cityTwo, "NEGOTIATION", "2019-01-01");
        jdbc.update("update project set planned_start_date = '2019-04-01' where id = ?", p4);
        p5 = project("线索", unit, null, null, "2019-04-04", cityOne, "LEAD", "2019-04-04");
        p6 = project("终止", unit, branchA2, "700", "2019-01-05", cityTwo, "DROPPED", "2019-07-01");
        jdbc.update("update project set hold_reason = '投资方战略调整' where id = ?", p6);
        agreement(p6, "2019-06-30");
        p7 = project("兄弟单位签约", otherUnit, branchB1, "400", "2019-02-02", cityOne, "SIGNED", "2019-02-10");
        jdbc.update("update project set actual_sign_date = '2019-02-10' where id = ?", p7);
        agreement(p7, "2019-02-10");

        trip = insert("insert into trip (title, start_date, end_date, organizer_unit_id, version, created_at, updated_at)"
                + " values (?, '2019-04-21', '2019-04-23', ?, 0, utc_timestamp(6), utc_timestamp(6))",
                "驾驶舱测试考察" + unit, unit);
        jdbc.update("update project set source_trip_id = ? where id in (?, ?)", trip, p1, p4);
        Long company2 = jdbc.queryForObject("select company_id from project where id = ?", Long.class, p2);
        Long company1 = jdbc.queryForObject("select company_id from project where id = ?", Long.class, p1);
        for (Object[] visit : new Object[][] {{company2, p2}, {company1, p1}}) {
            jdbc.update("insert into trip_visit (trip_id, visit_date, position, company_id, kind, project_id, done, version,"
                    + " created_at, updated_at) values (?, '2019-04-22', 0, ?, 'SURVEY', ?, true, 0, utc_timestamp(6),"
                    + " utc_timestamp(6))", trip, visit[0], visit[1]);
        }

        problem(p4, "土地指标未落实", "2019-04-30", "IN_PROGRESS");
        problem(p1, "电力增容", "2019-03-01", "CLOSED");
        problem(p3, "规划调整", "2030-01-01", "IN_PROGRESS");
    }

    private Long project(String name, Long unitId, Long industry, String amount, String entered, Long city, String stage,
            String lastActivity) {
        String full = ProjectTestData.unique("驾驶舱" + name);
        Timestamp created = Timestamp.valueOf(LocalDate.parse(entered).atTime(2, 0));
        Long company = insert("insert into company (name, normalized_name, hq_city_id, version, created_at, updated_at)"
                + " values (?, ?, ?, 0, ?, ?)", full + "有限公司", full + "有限公司", city, created, created);
        Timestamp activity = Timestamp.valueOf(LocalDate.parse(lastActivity).atTime(2, 0));
        return insert("""
                insert into project (name, company_id, origin_city_id, industry_id, total_investment, source, owner_id,
                    responsible_unit_id, stage, stage_changed_at, last_activity_at, version, created_at, updated_at)
                values (?, ?, ?, ?, ?, 'OTHER', ?, ?, ?, ?, ?, 0, ?, ?)""", full, company, city, industry,
                amount == null ? null : new BigDecimal(amount), owner, unitId, stage, activity, activity, created, created);
    }

    /** An agreement, and the first-signing date the application keeps with it (the earliest one). */
    private void agreement(Long project, String signedOn) {
        jdbc.update("insert into project_agreement (project_id, type, signed_on, amount, version, created_at, updated_at)"
                + " values (?, 'FRAMEWORK', ?, 100.00, 0, utc_timestamp(6), utc_timestamp(6))", project, LocalDate.parse(signedOn));
        jdbc.update("update project set first_signed_on = (select min(signed_on) from project_agreement where project_id = ?)"
                + " where id = ?", project, project);
    }

    private void problem(Long project, String title, String deadline, String status) {
        Long category = jdbc.queryForObject("select min(id) from problem_category", Long.class);
        jdbc.update("insert into problem (project_id, title, category_id, source, raised_by_id, raised_on, lead_unit_id,"
                + " deadline, status, version, created_at, updated_at) values (?, ?, ?, 'DIRECT', ?, '2019-01-15', ?, ?, ?, 0,"
                + " utc_timestamp(6), utc_timestamp(6))", project, title, category, owner, unit, LocalDate.parse(deadline), status);
    }

    private Long insert(String sql, Object... args) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(con -> {
            var statement = con.prepareStatement(sql, java.sql.Statement.RETURN_GENERATED_KEYS);
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement;
        }, keys);
        return keys.getKey().longValue();
    }
}
