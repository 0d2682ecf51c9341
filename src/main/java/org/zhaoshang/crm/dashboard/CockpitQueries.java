package org.zhaoshang.crm.dashboard;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.project.Stage;

/**
 * The cockpit's read-only SQL: aggregates over projects, agreements, trips and problems. Every statement
 * narrows projects exactly as the project list does for the same filter (unit = responsible unit, area and
 * industry including their children) and dates milestones exactly as {@code ProjectQueries} does, so the
 * drill-down list of a figure has as many rows as the figure says — {@code CockpitIT} checks it.
 *
 * <p>The cockpit reads other features' tables directly (never writes them): one grouped statement per
 * chart instead of thousands of service calls. See docs/adr/0006.
 */
@Component
class CockpitQueries {

    static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");


    private final NamedParameterJdbcTemplate jdbc;

    CockpitQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Totals(long count, BigDecimal amount) {
        static final Totals ZERO = new Totals(0, BigDecimal.ZERO.setScale(2));
    }

    /** Projects whose first signing fell in the period. */
    Totals signed(CockpitFilter f, LocalDate from, LocalDate to) {
        MapSqlParameterSource p = params(f).addValue("from", from).addValue("to", to);
        return totals("select count(*) as n, coalesce(sum(p.total_investment), 0) as amount from project p"
                + " where p.first_signed_on between :from and :to" + where(f), p);
    }

    /** Projects whose dated column (actual_land_date …) fell in the period. */
    Totals dated(CockpitFilter f, String column, LocalDate from, LocalDate to) {
        MapSqlParameterSource p = params(f).addValue("from", from).addValue("to", to);
        String extra = column.equals("library_date") ? " and p.in_library = true" : "";
        return totals("select count(*) as n, coalesce(sum(p.total_investment), 0) as amount from project p where p."
                + column + " between :from and :to" + extra + where(f), p);
    }

    /**
     * For one dated column ({@code first_signed_on}, {@code actual_start_date} …): the projects in each of
     * the given nested periods (month inside quarter inside year), in one range scan over the widest.
     */
    List<Totals> datedNested(CockpitFilter f, String column, List<Period> periods) {
        MapSqlParameterSource p = params(f);
        StringBuilder select = new StringBuilder("select ");
        LocalDate min = periods.getFirst().from();
        LocalDate max = periods.getFirst().to();
        for (int i = 0; i < periods.size(); i++) {
            p.addValue("f" + i, periods.get(i).from()).addValue("t" + i, periods.get(i).to());
            min = periods.get(i).from().isBefore(min) ? periods.get(i).from() : min;
            max = periods.get(i).to().isAfter(max) ? periods.get(i).to() : max;
            String in = "p." + column + " between :f" + i + " and :t" + i;
            select.append(i == 0 ? "" : ", ").append("sum(case when ").append(in).append(" then 1 else 0 end) as n").append(i)
                    .append(", coalesce(sum(case when ").append(in).append(" then p.total_investment end), 0) as a").append(i);
        }
        p.addValue("min", min).addValue("max", max);
        return jdbc.queryForObject(select + " from project p where p." + column + " between :min and :max" + where(f), p,
                (rs, n) -> {
                    List<Totals> result = new ArrayList<>();
                    for (int i = 0; i < periods.size(); i++) {
                        result.add(new Totals(rs.getLong("n" + i), rs.getBigDecimal("a" + i)));
                    }
                    return result;
                });
    }

    /** Pipeline projects per stage now (the funnel does not depend on the period). */
    Map<Stage, Totals> byStage(CockpitFilter f) {
        Map<Stage, Totals> result = new LinkedHashMap<>();
        jdbc.query("select p.stage, count(*) as n, coalesce(sum(p.total_investment), 0) as amount from project p"
                + " where p.stage in (:pipeline)" + where(f) + " group by p.stage",
                params(f).addValue("pipeline", names(Stage.PIPELINE)),
                rs -> {
                    result.put(Stage.valueOf(rs.getString("stage")), new Totals(rs.getLong("n"), rs.getBigDecimal("amount")));
                });
        return result;
    }

    /** Pipeline projects per industry id (null = untagged). */
    Map<Long, Totals> byIndustry(CockpitFilter f) {
        Map<Long, Totals> result = new HashMap<>();
        jdbc.query("select p.industry_id, count(*) as n, coalesce(sum(p.total_investment), 0) as amount from project p"
                + " where p.stage in (:pipeline)" + where(f) + " group by p.industry_id",
                params(f).addValue("pipeline", names(Stage.PIPELINE)), rs -> {
                    result.put(rs.getObject("industry_id", Long.class), new Totals(rs.getLong("n"), rs.getBigDecimal("amount")));
                });
        return result;
    }

    record CityRow(Long cityId, String name, String province, BigDecimal longitude, BigDecimal latitude, Totals totals) {
    }

    /**
     * Pipeline projects (线索 to 投产) now, by their company's home city (where the lead came from), kept on the
     * project ({@code origin_city_id}) so that one index answers without visiting the companies.
     */
    List<CityRow> pipelineByCity(CockpitFilter f) {
        Map<Long, Totals> byCity = new LinkedHashMap<>();
        jdbc.query("select p.origin_city_id as city, count(*) as n, coalesce(sum(p.total_investment), 0) as amount"
                + " from project p where p.stage in (:pipeline) and p.origin_city_id is not null" + where(f)
                + " group by p.origin_city_id",
                params(f).addValue("pipeline", names(Stage.PIPELINE)), rs -> {
                    byCity.put(rs.getLong("city"), new Totals(rs.getLong("n"), rs.getBigDecimal("amount")));
                });
        if (byCity.isEmpty()) {
            return List.of();
        }
        List<CityRow> rows = jdbc.query("select id, name, province, longitude, latitude from city where id in (:ids)",
                new MapSqlParameterSource("ids", byCity.keySet()), (rs, n) -> new CityRow(rs.getLong("id"), rs.getString("name"),
                        rs.getString("province"), rs.getBigDecimal("longitude"), rs.getBigDecimal("latitude"),
                        byCity.get(rs.getLong("id"))));
        return rows.stream().sorted(java.util.Comparator.comparingLong((CityRow r) -> r.totals().count()).reversed()
                .thenComparing(CityRow::cityId)).toList();
    }

    record UnitRow(Long unitId, Totals leads, Totals signed, Totals landed) {
    }

    /** Per responsible unit: leads entered, first signings and landings in the period. */
    Map<Long, UnitRow> byUnit(CockpitFilter f) {
        MapSqlParameterSource p = createdParams(f);
        Map<Long, Totals> leads = new HashMap<>();
        jdbc.query("select p.responsible_unit_id as unit, count(*) as n, coalesce(sum(p.total_investment), 0) as amount"
                + " from project p where p.created_at >= :fromInstant and p.created_at < :toInstant" + where(f)
                + " group by p.responsible_unit_id", p, rs -> {
                    leads.put(rs.getLong("unit"), new Totals(rs.getLong("n"), rs.getBigDecimal("amount")));
                });
        Map<Long, Totals> signed = new HashMap<>();
        jdbc.query("select p.responsible_unit_id as unit, count(*) as n, coalesce(sum(p.total_investment), 0) as amount"
                + " from project p where p.first_signed_on between :from and :to" + where(f)
                + " group by p.responsible_unit_id", p, rs -> {
                    signed.put(rs.getLong("unit"), new Totals(rs.getLong("n"), rs.getBigDecimal("amount")));
                });
        Map<Long, Totals> landed = new HashMap<>();
        jdbc.query("select p.responsible_unit_id as unit, count(*) as n, coalesce(sum(p.total_investment), 0) as amount"
                + " from project p where p.actual_land_date between :from and :to" + where(f)
                + " group by p.responsible_unit_id", p, rs -> {
                    landed.put(rs.getLong("unit"), new Totals(rs.getLong("n"), rs.getBigDecimal("amount")));
                });
        Map<Long, UnitRow> rows = new HashMap<>();
        for (Long unit : union(leads.keySet(), signed.keySet(), landed.keySet())) {
            rows.put(unit, new UnitRow(unit, leads.getOrDefault(unit, Totals.ZERO), signed.getOrDefault(unit, Totals.ZERO),
                    landed.getOrDefault(unit, Totals.ZERO)));
        }
        return rows;
    }

    record TripRow(Long tripId, String title, LocalDate startDate, Totals projects, Totals negotiating, Totals signed,
            Totals landed) {
    }

    /**
     * Trips that started in the period (organised by or accompanied by the unit, when one is chosen),
     * newest first, with what their projects — those they are the source of and those their visits
     * concern — reached by now.
     */
    List<TripRow> trips(CockpitFilter f, int limit) {
        MapSqlParameterSource p = params(f).addValue("from", f.period().from()).addValue("to", f.period().to())
                .addValue("limit", limit);
        String unit = f.unitId() == null ? "" : " and (t.organizer_unit_id = :unit"
                + " or exists (select 1 from trip_unit tu where tu.trip_id = t.id and tu.unit_id = :unit))";
        List<Object[]> trips = jdbc.query("select t.id, t.title, t.start_date from trip t where t.start_date between :from and :to"
                + unit + " order by t.start_date desc, t.id desc limit :limit", p,
                (rs, n) -> new Object[] {rs.getLong("id"), rs.getString("title"), rs.getObject("start_date", LocalDate.class)});
        if (trips.isEmpty()) {
            return List.of();
        }
        Map<Long, Totals[]> totals = new HashMap<>();
        p.addValue("trips", trips.stream().map(t -> t[0]).toList())
                .addValue("negotiating", names(EnumSet.range(Stage.NEGOTIATION, Stage.OPERATING)))
                .addValue("signedStages", names(EnumSet.range(Stage.SIGNED, Stage.OPERATING)))
                .addValue("landedStages", names(EnumSet.range(Stage.LANDED, Stage.OPERATING)));
        jdbc.query("""
                select tp.trip_id,
                       count(*) as n, coalesce(sum(p.total_investment), 0) as amount,
                       sum(case when p.stage in (:negotiating) then 1 else 0 end) as n_neg,
                       coalesce(sum(case when p.stage in (:negotiating) then p.total_investment end), 0) as a_neg,
                       sum(case when p.stage in (:signedStages) then 1 else 0 end) as n_signed,
                       coalesce(sum(case when p.stage in (:signedStages) then p.total_investment end), 0) as a_signed,
                       sum(case when p.stage in (:landedStages) then 1 else 0 end) as n_landed,
                       coalesce(sum(case when p.stage in (:landedStages) then p.total_investment end), 0) as a_landed
                from (select pp.source_trip_id as trip_id, pp.id as project_id from project pp where pp.source_trip_id in (:trips)
                      union
                      select v.trip_id, v.project_id from trip_visit v where v.trip_id in (:trips) and v.project_id is not null) tp
                join project p on p.id = tp.project_id
                where 1 = 1""" + where(f) + " group by tp.trip_id", p, rs -> {
                    totals.put(rs.getLong("trip_id"), new Totals[] {
                            new Totals(rs.getLong("n"), rs.getBigDecimal("amount")),
                            new Totals(rs.getLong("n_neg"), rs.getBigDecimal("a_neg")),
                            new Totals(rs.getLong("n_signed"), rs.getBigDecimal("a_signed")),
                            new Totals(rs.getLong("n_landed"), rs.getBigDecimal("a_landed"))});
                });
        List<TripRow> rows = new ArrayList<>();
        for (Object[] t : trips) {
            Totals[] x = totals.getOrDefault((Long) t[0], new Totals[] {Totals.ZERO, Totals.ZERO, Totals.ZERO, Totals.ZERO});
            rows.add(new TripRow((Long) t[0], (String) t[1], (LocalDate) t[2], x[0], x[1], x[2], x[3]));
        }
        return rows;
    }

    /** 应开未开 now: planned start passed, stage still before 开工. */
    Totals overdueStart(CockpitFilter f, LocalDate today) {
        return totals("select count(*) as n, coalesce(sum(p.total_investment), 0) as amount from project p"
                + " where p.planned_start_date < :today and p.stage in (:beforeStart)" + where(f),
                params(f).addValue("today", today).addValue("beforeStart", names(Stage.BEFORE_START)));
    }

    /**
     * 洽谈 projects with no activity for longer than the stage's stale rule. The cut-off instant is computed
     * first, so that the index (stage, last_activity_at) answers with a range instead of a date function per row.
     */
    Totals staleNegotiations(CockpitFilter f, Instant now) {
        Integer days = jdbc.query("select days from stale_rule where stage = 'NEGOTIATION'", Map.of(),
                rs -> rs.next() ? (Integer) rs.getObject(1) : null);
        if (days == null) {
            return Totals.ZERO;
        }
        return totals("select count(*) as n, coalesce(sum(p.total_investment), 0) as amount from project p"
                + " where p.stage = 'NEGOTIATION' and p.last_activity_at < :cutoff" + where(f),
                params(f).addValue("cutoff", Timestamp.from(now.minus(java.time.Duration.ofDays(days)))));
    }

    record ProblemRow(Long id, String title, Long projectId, String projectName, String leadUnitName, LocalDate deadline,
            String status) {
    }

    /** Open statuses listed (not "<> CLOSED") so that the index (status, deadline) is read as ranges. */
    private static final String OPEN = " pr.status in ('TO_ASSIGN', 'IN_PROGRESS', 'CLOSE_REQUESTED') and pr.deadline < :today";
    private static final String OVERDUE_PROBLEMS = " from problem pr join project p on p.id = pr.project_id where" + OPEN;

    /**
     * Supervision items not closed out whose deadline has passed. The unit filter means the lead unit
     * (the one that must act); area and industry are those of the problem's project.
     */
    long overdueProblems(CockpitFilter f, LocalDate today) {
        // Without an area or industry filter the project is not needed: the index (status, deadline) or
        // (lead_unit_id, status, deadline) answers alone.
        String from = f.areaId() == null && f.industryId() == null
                ? " from problem pr where" + OPEN : OVERDUE_PROBLEMS;
        Long n = jdbc.queryForObject("select count(*)" + from + problemWhere(f),
                params(f).addValue("today", today), Long.class);
        return n == null ? 0 : n;
    }

    List<ProblemRow> overdueProblemList(CockpitFilter f, LocalDate today) {
        return jdbc.query("select pr.id, pr.title, p.id as project_id, p.name as project_name, u.name as unit_name,"
                + " pr.deadline, pr.status from problem pr join project p on p.id = pr.project_id"
                + " join unit u on u.id = pr.lead_unit_id where pr.status <> 'CLOSED' and pr.deadline < :today"
                + problemWhere(f) + " order by pr.deadline, pr.id", params(f).addValue("today", today),
                (rs, n) -> new ProblemRow(rs.getLong("id"), rs.getString("title"), rs.getLong("project_id"),
                        rs.getString("project_name"), rs.getString("unit_name"), rs.getObject("deadline", LocalDate.class),
                        rs.getString("status")));
    }

    /** First signings per month of two years: key year * 100 + month. */
    Map<Integer, Totals> signedByMonth(CockpitFilter f, int year) {
        MapSqlParameterSource p = params(f).addValue("from", LocalDate.of(year - 1, 1, 1)).addValue("to", LocalDate.of(year, 12, 31));
        Map<Integer, Totals> result = new HashMap<>();
        jdbc.query("select year(p.first_signed_on) * 100 + month(p.first_signed_on) as ym, count(*) as n,"
                + " coalesce(sum(p.total_investment), 0) as amount from project p"
                + " where p.first_signed_on between :from and :to" + where(f) + " group by ym", p, rs -> {
                    result.put(rs.getInt("ym"), new Totals(rs.getLong("n"), rs.getBigDecimal("amount")));
                });
        return result;
    }

    private Totals totals(String sql, MapSqlParameterSource p) {
        return jdbc.queryForObject(sql, p, (rs, n) -> new Totals(rs.getLong("n"), rs.getBigDecimal("amount")));
    }

    private static MapSqlParameterSource params(CockpitFilter f) {
        return new MapSqlParameterSource().addValue("unit", f.unitId()).addValue("area", f.areaId())
                .addValue("industry", f.industryId());
    }

    private static MapSqlParameterSource createdParams(CockpitFilter f) {
        return params(f).addValue("from", f.period().from()).addValue("to", f.period().to())
                .addValue("fromInstant", Timestamp.from(f.period().from().atStartOfDay(OFFICE_ZONE).toInstant()))
                .addValue("toInstant", Timestamp.from(f.period().to().plusDays(1).atStartOfDay(OFFICE_ZONE).toInstant()));
    }

    /** The filter on project alias {@code p}, the same conditions as the project list's. */
    private static String where(CockpitFilter f) {
        StringBuilder w = new StringBuilder();
        if (f.unitId() != null) {
            w.append(" and p.responsible_unit_id = :unit");
        }
        return w.append(areaAndIndustry(f)).toString();
    }

    private static String problemWhere(CockpitFilter f) {
        StringBuilder w = new StringBuilder();
        if (f.unitId() != null) {
            w.append(" and pr.lead_unit_id = :unit");
        }
        return w.append(areaAndIndustry(f)).toString();
    }

    private static String areaAndIndustry(CockpitFilter f) {
        StringBuilder w = new StringBuilder();
        if (f.areaId() != null) {
            w.append(" and (p.area_id = :area or p.area_id in (select id from area where parent_id = :area))");
        }
        if (f.industryId() != null) {
            w.append(" and (p.industry_id = :industry or p.industry_id in (select id from industry where parent_id = :industry))");
        }
        return w.toString();
    }

    private static List<String> names(java.util.Collection<Stage> stages) {
        return stages.stream().map(Enum::name).toList();
    }

    @SafeVarargs
    private static Set<Long> union(Set<Long>... sets) {
        Set<Long> all = new java.util.HashSet<>();
        for (Set<Long> s : sets) {
            all.addAll(s);
        }
        return all;
    }
}
