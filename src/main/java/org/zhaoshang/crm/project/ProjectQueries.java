package org.zhaoshang.crm.project;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.base.SqlText;
import org.zhaoshang.crm.security.CrmPrincipal;

/**
 * Read model of the pipeline: list pages, counts, board columns and the project page, each one SQL
 * statement over the schema (joining companies, units, users and reference data for their names), narrowed
 * by the caller's access rule. Writes go through JPA in {@link ProjectService}.
 */
@Component
class ProjectQueries {

    static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");

    private static final Map<String, String> SORTABLE = Map.ofEntries(
            Map.entry("name", "p.name"), Map.entry("company", "c.name"), Map.entry("stage", "p.stage"),
            Map.entry("industry", "ind.name"), Map.entry("unit", "u.sort_order"), Map.entry("owner", "o.display_name"),
            Map.entry("investment", "p.total_investment"), Map.entry("area", "a.name"),
            Map.entry("plannedStart", "p.planned_start_date"), Map.entry("updated", "p.updated_at"));

    private static final String SELECT = """
            select p.id, p.name, c.name as company_name, p.stage, ind.name as industry_name, u.name as unit_name,
                   o.display_name as owner_name, p.total_investment, a.name as area_name, p.planned_start_date,
                   p.key_district, p.key_provincial, p.last_activity_at, p.updated_at
            from project p
            join company c on c.id = p.company_id
            join unit u on u.id = p.responsible_unit_id
            join app_user o on o.id = p.owner_id
            left join industry ind on ind.id = p.industry_id
            left join area a on a.id = p.area_id
            """;

    private final NamedParameterJdbcTemplate jdbc;
    private final ProjectAccess access;
    private final StaleRules staleRules;
    private final Clock clock;

    ProjectQueries(NamedParameterJdbcTemplate jdbc, ProjectAccess access, StaleRules staleRules, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.staleRules = staleRules;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    List<ProjectSummary> list(ProjectFilter filter, int offset, int limit, List<ProjectSort> sort) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, params);
        String order = sort.stream()
                .filter(s -> SORTABLE.containsKey(s.column()))
                .map(s -> SORTABLE.get(s.column()) + (s.ascending() ? " asc" : " desc"))
                .collect(Collectors.joining(", "));
        order = (order.isEmpty() ? "p.updated_at desc" : order) + ", p.id desc";
        params.addValue("limit", limit).addValue("offset", offset);
        return jdbc.query(SELECT + where + " order by " + order + " limit :limit offset :offset", params,
                summaryMapper(staleRules.all()));
    }

    long count(ProjectFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, params);
        String joins = needsCompanyJoin(filter) ? " join company c on c.id = p.company_id" : "";
        Long count = jdbc.queryForObject("select count(*) from project p" + joins + where, params, Long.class);
        return count == null ? 0 : count;
    }

    ProjectTotals totals(ProjectFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, params);
        String joins = needsCompanyJoin(filter) ? " join company c on c.id = p.company_id" : "";
        return jdbc.queryForObject("select count(*) as n, coalesce(sum(p.total_investment), 0) as amount from project p"
                + joins + where, params, (rs, n) -> new ProjectTotals(rs.getLong("n"), rs.getBigDecimal("amount")));
    }

    /** Per stage: how many projects and how much investment under the filter, and the newest cards. */
    List<BoardColumn> board(ProjectFilter filter, int cardsPerColumn) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, params);
        String joins = needsCompanyJoin(filter) ? " join company c on c.id = p.company_id" : "";
        Map<Stage, Object[]> totals = new java.util.EnumMap<>(Stage.class);
        jdbc.query("select p.stage, count(*) as n, coalesce(sum(p.total_investment), 0) as amount from project p"
                + joins + where + " group by p.stage", params, rs -> {
                    totals.put(Stage.valueOf(rs.getString("stage")), new Object[] {rs.getLong("n"), rs.getBigDecimal("amount")});
                });
        List<BoardColumn> columns = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            Object[] total = totals.getOrDefault(stage, new Object[] {0L, BigDecimal.ZERO});
            List<ProjectSummary> cards = (Long) total[0] == 0 ? List.of()
                    : list(filter.withStages(java.util.Set.of(stage)), 0, cardsPerColumn, List.of(new ProjectSort("updated", false)));
            columns.add(new BoardColumn(stage, (Long) total[0], (BigDecimal) total[1], cards));
        }
        return columns;
    }

    Optional<ProjectDetails> details(Long id, boolean editable) {
        return jdbc.query("""
                select p.*, c.name as company_name, ind.name as industry_name, a.name as area_name,
                       o.display_name as owner_name, u.name as unit_name, l.display_name as leader_name
                from project p
                join company c on c.id = p.company_id
                join unit u on u.id = p.responsible_unit_id
                join app_user o on o.id = p.owner_id
                left join app_user l on l.id = p.leader_in_charge_id
                left join industry ind on ind.id = p.industry_id
                left join area a on a.id = p.area_id
                where p.id = :id
                """, Map.of("id", id), (rs, n) -> {
                    Stage stage = Stage.valueOf(rs.getString("stage"));
                    LocalDate plannedStart = date(rs, "planned_start_date");
                    Instant lastActivity = instant(rs, "last_activity_at");
                    return new ProjectDetails(rs.getLong("id"), rs.getLong("version"), rs.getString("name"),
                            rs.getLong("company_id"), rs.getString("company_name"), longOrNull(rs, "industry_id"),
                            rs.getString("industry_name"), enumOrNull(InvestmentMode.class, rs.getString("investment_mode")),
                            rs.getBigDecimal("total_investment"), rs.getBigDecimal("fixed_asset_investment"),
                            rs.getBigDecimal("expected_annual_revenue"), rs.getBigDecimal("expected_tax"),
                            (Integer) rs.getObject("jobs", Integer.class), rs.getBigDecimal("land_need_mu"),
                            rs.getBigDecimal("floor_space_sqm"), longOrNull(rs, "area_id"), rs.getString("area_name"),
                            rs.getString("carrier"), ProjectSource.valueOf(rs.getString("source")),
                            longOrNull(rs, "source_trip_id"), rs.getLong("owner_id"), rs.getString("owner_name"),
                            rs.getLong("responsible_unit_id"), rs.getString("unit_name"),
                            longOrNull(rs, "leader_in_charge_id"), rs.getString("leader_name"),
                            rs.getBoolean("key_district"), rs.getBoolean("key_provincial"), rs.getBoolean("in_library"),
                            date(rs, "library_date"), stage, enumOrNull(Stage.class, rs.getString("paused_from_stage")),
                            rs.getString("hold_reason"), instant(rs, "stage_changed_at"), lastActivity,
                            date(rs, "site_visit_date"), date(rs, "planned_sign_date"), date(rs, "actual_sign_date"),
                            date(rs, "planned_land_date"), date(rs, "actual_land_date"), plannedStart,
                            date(rs, "actual_start_date"), date(rs, "planned_operation_date"),
                            date(rs, "actual_operation_date"), rs.getString("description"),
                            isOverdueStart(stage, plannedStart), isStale(stage, lastActivity), editable);
                }).stream().findFirst();
    }

    List<ProjectMove> moves(Instant from, Instant to) {
        return jdbc.query("""
                select sc.*, p.name as project_name, c.name as company_name from project_stage_change sc
                join project p on p.id = sc.project_id join company c on c.id = p.company_id
                where sc.changed_at >= :from and sc.changed_at < :to order by sc.changed_at desc, sc.id desc
                """, new MapSqlParameterSource().addValue("from", Timestamp.from(from)).addValue("to", Timestamp.from(to)),
                (rs, n) -> new ProjectMove(rs.getLong("project_id"), rs.getString("project_name"), rs.getString("company_name"),
                        StageChangeKind.valueOf(rs.getString("kind")), enumOrNull(Stage.class, rs.getString("from_stage")),
                        Stage.valueOf(rs.getString("to_stage")), instant(rs, "changed_at"), rs.getString("changed_by_name")));
    }

    List<StaleProject> staleProjects() {
        return jdbc.query("""
                select p.id, p.name, p.stage, p.owner_id, o.display_name, p.responsible_unit_id, p.last_activity_at
                from project p join stale_rule r on r.stage = p.stage join app_user o on o.id = p.owner_id
                where p.last_activity_at < date_sub(:now, interval r.days day) order by p.owner_id, p.last_activity_at
                """, Map.of("now", Timestamp.from(clock.instant())), (rs, n) -> new StaleProject(rs.getLong("id"),
                rs.getString("name"), Stage.valueOf(rs.getString("stage")), rs.getLong("owner_id"), rs.getString("display_name"),
                rs.getLong("responsible_unit_id"), instant(rs, "last_activity_at")));
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(OFFICE_ZONE));
    }

    boolean isOverdueStart(Stage stage, LocalDate plannedStart) {
        return plannedStart != null && plannedStart.isBefore(today()) && Stage.BEFORE_START.contains(stage);
    }

    private static boolean stale(Map<Stage, Integer> rules, Stage stage, Instant lastActivity, Instant now) {
        Integer days = rules.get(stage);
        return days != null && lastActivity != null && lastActivity.isBefore(now.minus(days, ChronoUnit.DAYS));
    }

    /** Stale: no activity for longer than the stage's rule allows (stages without a rule never are). */
    boolean isStale(Stage stage, Instant lastActivity) {
        Integer days = staleRules.all().get(stage);
        return days != null && lastActivity != null && lastActivity.isBefore(clock.instant().minus(days, ChronoUnit.DAYS));
    }

    private static boolean needsCompanyJoin(ProjectFilter filter) {
        return filter.text() != null && !filter.text().isBlank();
    }

    private String where(ProjectFilter filter, MapSqlParameterSource params) {
        CrmPrincipal me = access.me();
        StringBuilder where = new StringBuilder(" where ").append(access.sqlCondition(me));
        params.addValue("accessUnit", me.unitId()).addValue("accessUser", me.userId());
        if (filter.stages() != null && !filter.stages().isEmpty()) {
            where.append(" and p.stage in (:stages)");
            params.addValue("stages", filter.stages().stream().map(Enum::name).toList());
        }
        if (filter.industryId() != null) {
            where.append(" and (p.industry_id = :industry or p.industry_id in (select id from industry where parent_id = :industry))");
            params.addValue("industry", filter.industryId());
        }
        if (filter.unitId() != null) {
            where.append(" and p.responsible_unit_id = :unit");
            params.addValue("unit", filter.unitId());
        }
        if (filter.ownerId() != null) {
            where.append(" and p.owner_id = :owner");
            params.addValue("owner", filter.ownerId());
        }
        if (filter.areaId() != null) {
            where.append(" and (p.area_id = :area or p.area_id in (select id from area where parent_id = :area))");
            params.addValue("area", filter.areaId());
        }
        if (filter.companyId() != null) {
            where.append(" and p.company_id = :company");
            params.addValue("company", filter.companyId());
        }
        if (filter.keyDistrict()) {
            where.append(" and p.key_district = true");
        }
        if (filter.keyProvincial()) {
            where.append(" and p.key_provincial = true");
        }
        if (filter.overdueStart()) {
            where.append(" and p.planned_start_date < :today and p.stage in (:beforeStart)");
            params.addValue("today", today()).addValue("beforeStart", Stage.BEFORE_START.stream().map(Enum::name).toList());
        }
        if (filter.stale()) {
            where.append(" and exists (select 1 from stale_rule r where r.stage = p.stage"
                    + " and p.last_activity_at < date_sub(:now, interval r.days day))");
            params.addValue("now", Timestamp.from(clock.instant()));
        }
        if (filter.milestone() != null && filter.from() != null && filter.to() != null) {
            where.append(" and ").append(milestoneCondition(filter.milestone()));
            params.addValue("from", filter.from()).addValue("to", filter.to())
                    .addValue("fromInstant", Timestamp.from(filter.from().atStartOfDay(OFFICE_ZONE).toInstant()))
                    .addValue("toInstant", Timestamp.from(filter.to().plusDays(1).atStartOfDay(OFFICE_ZONE).toInstant()));
        }
        if (filter.cityId() != null) {
            where.append(" and p.origin_city_id = :city");
            params.addValue("city", filter.cityId());
        }
        if (filter.tripId() != null) {
            where.append(" and (p.source_trip_id = :trip or p.id in (select tv.project_id from trip_visit tv"
                    + " where tv.trip_id = :trip and tv.project_id is not null))");
            params.addValue("trip", filter.tripId());
        }
        if (needsCompanyJoin(filter)) {
            String text = filter.text().strip();
            where.append(" and (p.name like :text or c.name like :text or c.short_name like :text or p.search_key like :initials)");
            params.addValue("text", SqlText.contains(text)).addValue("initials", SqlText.contains(text.toLowerCase()));
        }
        return where.toString();
    }

    /**
     * The SQL for "the milestone fell between :from and :to" (dates; :fromInstant/:toInstant for the
     * entry time, which is stored in UTC while the period is in office days). The cockpit counts with the
     * same definitions, so a figure and its list agree.
     */
    static String milestoneCondition(Milestone milestone) {
        return switch (milestone) {
            case CREATED -> "p.created_at >= :fromInstant and p.created_at < :toInstant";
            case SIGNED -> "p.first_signed_on between :from and :to";
            case LANDED -> "p.actual_land_date between :from and :to";
            case STARTED -> "p.actual_start_date between :from and :to";
            case OPERATING -> "p.actual_operation_date between :from and :to";
            case LIBRARY -> "p.in_library = true and p.library_date between :from and :to";
        };
    }

    private RowMapper<ProjectSummary> summaryMapper(Map<Stage, Integer> rules) {
        Instant now = clock.instant();
        return (rs, n) -> {
            Stage stage = Stage.valueOf(rs.getString("stage"));
            LocalDate plannedStart = date(rs, "planned_start_date");
            return new ProjectSummary(rs.getLong("id"), rs.getString("name"), rs.getString("company_name"), stage,
                    rs.getString("industry_name"), rs.getString("unit_name"), rs.getString("owner_name"),
                    rs.getBigDecimal("total_investment"), rs.getString("area_name"), plannedStart,
                    rs.getBoolean("key_district"), rs.getBoolean("key_provincial"), isOverdueStart(stage, plannedStart),
                    stale(rules, stage, instant(rs, "last_activity_at"), now), instant(rs, "updated_at"));
        };
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, Long.class);
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }
}
