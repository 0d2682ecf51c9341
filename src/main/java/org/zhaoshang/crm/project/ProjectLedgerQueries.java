package org.zhaoshang.crm.project;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.security.CrmPrincipal;

/**
 * Read model of the ledgers over projects: one SQL statement per page, count or export, narrowed by the caller's
 * access rule like every project list. Exports stream: the driver hands rows over as the server sends them
 * (Connector/J's streaming mode), so a 100,000-row ledger never sits in memory.
 */
@Component
class ProjectLedgerQueries {

    private static final String AGREEMENT_AMOUNT = "(select sum(g.amount) from project_agreement g where g.project_id = p.id)";

    /** Sort keys are {@link ProjectLedgerRow} field names; anything else is ignored. */
    private static final Map<String, String> SORTABLE = Map.ofEntries(
            Map.entry("name", "p.name"), Map.entry("companyName", "c.name"), Map.entry("industryName", "ind.name"),
            Map.entry("investmentMode", "p.investment_mode"), Map.entry("totalInvestment", "p.total_investment"),
            Map.entry("fixedAssetInvestment", "p.fixed_asset_investment"),
            Map.entry("expectedAnnualRevenue", "p.expected_annual_revenue"), Map.entry("expectedTax", "p.expected_tax"),
            Map.entry("jobs", "p.jobs"), Map.entry("landNeedMu", "p.land_need_mu"), Map.entry("areaName", "a.name"),
            Map.entry("carrier", "p.carrier"), Map.entry("source", "p.source"), Map.entry("unitName", "u.sort_order"),
            Map.entry("ownerName", "o.display_name"), Map.entry("leaderName", "l.display_name"), Map.entry("stage", "p.stage"),
            Map.entry("createdOn", "p.created_at"), Map.entry("stageEnteredOn", "p.stage_changed_at"),
            Map.entry("lastActivityOn", "p.last_activity_at"), Map.entry("siteVisitDate", "p.site_visit_date"),
            Map.entry("plannedSignDate", "p.planned_sign_date"), Map.entry("actualSignDate", "p.actual_sign_date"),
            Map.entry("plannedLandDate", "p.planned_land_date"), Map.entry("actualLandDate", "p.actual_land_date"),
            Map.entry("plannedStartDate", "p.planned_start_date"), Map.entry("actualStartDate", "p.actual_start_date"),
            Map.entry("plannedOperationDate", "p.planned_operation_date"),
            Map.entry("actualOperationDate", "p.actual_operation_date"), Map.entry("agreementAmount", AGREEMENT_AMOUNT));

    private static final Map<ProjectLedgerQuery.DateField, String> DATE_COLUMNS = Map.of(
            ProjectLedgerQuery.DateField.CREATED, "p.created_at",
            ProjectLedgerQuery.DateField.STAGE_ENTERED, "p.stage_changed_at",
            ProjectLedgerQuery.DateField.SIGNED, "p.actual_sign_date",
            ProjectLedgerQuery.DateField.STARTED, "p.actual_start_date",
            ProjectLedgerQuery.DateField.OPERATING, "p.actual_operation_date",
            ProjectLedgerQuery.DateField.PLANNED_START, "p.planned_start_date");

    private static final String FROM = """
            from project p
            join company c on c.id = p.company_id
            join unit u on u.id = p.responsible_unit_id
            join app_user o on o.id = p.owner_id
            left join app_user l on l.id = p.leader_in_charge_id
            left join industry ind on ind.id = p.industry_id
            left join area a on a.id = p.area_id
            """;

    /** How a field is read from its column. */
    private interface Reader {
        Object read(ResultSet rs, int column) throws SQLException;
    }

    /** A {@link ProjectLedgerRow} field: its SQL expression and how to read it. */
    private record Field(String name, String sql, Reader reader) {
    }

    /** In the order of {@link ProjectLedgerRow}'s components (all but the derived overdueStart); checked on start. */
    private static final List<Field> FIELDS = List.of(
            new Field("id", "p.id", (rs, i) -> rs.getLong(i)),
            new Field("name", "p.name", ResultSet::getString),
            new Field("companyName", "c.name", ResultSet::getString),
            new Field("industryName", "ind.name", ResultSet::getString),
            new Field("investmentMode", "p.investment_mode", (rs, i) -> enumOrNull(InvestmentMode.class, rs.getString(i))),
            new Field("totalInvestment", "p.total_investment", ResultSet::getBigDecimal),
            new Field("fixedAssetInvestment", "p.fixed_asset_investment", ResultSet::getBigDecimal),
            new Field("expectedAnnualRevenue", "p.expected_annual_revenue", ResultSet::getBigDecimal),
            new Field("expectedTax", "p.expected_tax", ResultSet::getBigDecimal),
            new Field("jobs", "p.jobs", (rs, i) -> rs.getObject(i, Integer.class)),
            new Field("landNeedMu", "p.land_need_mu", ResultSet::getBigDecimal),
            new Field("areaName", "a.name", ResultSet::getString),
            new Field("carrier", "p.carrier", ResultSet::getString),
            new Field("source", "p.source", (rs, i) -> ProjectSource.valueOf(rs.getString(i))),
            new Field("unitId", "p.responsible_unit_id", (rs, i) -> rs.getLong(i)),
            new Field("unitName", "u.name", ResultSet::getString),
            new Field("ownerName", "o.display_name", ResultSet::getString),
            new Field("leaderName", "l.display_name", ResultSet::getString),
            new Field("keyDistrict", "p.key_district", ResultSet::getBoolean),
            new Field("keyProvincial", "p.key_provincial", ResultSet::getBoolean),
            new Field("stage", "p.stage", (rs, i) -> Stage.valueOf(rs.getString(i))),
            new Field("pausedFromStage", "p.paused_from_stage", (rs, i) -> enumOrNull(Stage.class, rs.getString(i))),
            new Field("holdReason", "p.hold_reason", ResultSet::getString),
            new Field("createdOn", "p.created_at", ProjectLedgerQueries::day),
            new Field("stageEnteredOn", "p.stage_changed_at", ProjectLedgerQueries::day),
            new Field("lastActivityOn", "p.last_activity_at", ProjectLedgerQueries::day),
            new Field("siteVisitDate", "p.site_visit_date", ProjectLedgerQueries::date),
            new Field("plannedSignDate", "p.planned_sign_date", ProjectLedgerQueries::date),
            new Field("actualSignDate", "p.actual_sign_date", ProjectLedgerQueries::date),
            new Field("plannedLandDate", "p.planned_land_date", ProjectLedgerQueries::date),
            new Field("actualLandDate", "p.actual_land_date", ProjectLedgerQueries::date),
            new Field("plannedStartDate", "p.planned_start_date", ProjectLedgerQueries::date),
            new Field("actualStartDate", "p.actual_start_date", ProjectLedgerQueries::date),
            new Field("plannedOperationDate", "p.planned_operation_date", ProjectLedgerQueries::date),
            new Field("actualOperationDate", "p.actual_operation_date", ProjectLedgerQueries::date),
            new Field("agreementAmount", AGREEMENT_AMOUNT, ResultSet::getBigDecimal),
            new Field("agreementType", """
                    (select g.type from project_agreement g where g.project_id = p.id
                     order by g.signed_on desc, g.id desc limit 1)""",
                    (rs, i) -> enumOrNull(AgreementType.class, rs.getString(i))),
            new Field("description", "p.description", ResultSet::getString));

    private static final Set<String> ALWAYS = Set.of("id", "unitId", "stage", "plannedStartDate");

    static {
        List<String> components = java.util.Arrays.stream(ProjectLedgerRow.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).toList();
        List<String> fields = java.util.stream.Stream.concat(FIELDS.stream().map(Field::name),
                java.util.stream.Stream.of("overdueStart")).toList();
        if (!components.equals(fields)) {
            throw new IllegalStateException("ProjectLedgerQueries.FIELDS is out of step with ProjectLedgerRow: " + components);
        }
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate streaming;
    private final ProjectAccess access;
    private final ProjectQueries projectQueries;

    ProjectLedgerQueries(NamedParameterJdbcTemplate jdbc, DataSource dataSource, ProjectAccess access,
            ProjectQueries projectQueries) {
        this.jdbc = jdbc;
        JdbcTemplate streamingTemplate = new JdbcTemplate(dataSource);
        // Connector/J streams a result set row by row only with this fetch size (MySQL and MariaDB alike).
        streamingTemplate.setFetchSize(Integer.MIN_VALUE);
        this.streaming = new NamedParameterJdbcTemplate(streamingTemplate);
        this.access = access;
        this.projectQueries = projectQueries;
    }

    List<ProjectLedgerRow> page(ProjectLedgerQuery query, List<ProjectSort> sort, int offset, int limit) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        List<Field> fields = fields(query);
        String sql = select(fields) + where(query, params) + orderBy(query, sort) + " limit :limit offset :offset";
        params.addValue("limit", limit).addValue("offset", offset);
        return jdbc.query(sql, params, mapper(fields));
    }

    void stream(ProjectLedgerQuery query, List<ProjectSort> sort, Consumer<ProjectLedgerRow> sink) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        List<Field> fields = fields(query);
        String sql = select(fields) + where(query, params) + orderBy(query, sort);
        RowMapper<ProjectLedgerRow> mapper = mapper(fields);
        int[] n = {0};
        streaming.query(sql, params, rs -> {
            sink.accept(mapper.mapRow(rs, n[0]++));
        });
    }

    ProjectLedgerTotals totals(ProjectLedgerQuery query) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String sql = """
                select straight_join count(*) as n, sum(p.total_investment) as total,
                       sum(p.fixed_asset_investment) as fixed_asset, sum(p.expected_annual_revenue) as revenue, sum(p.expected_tax) as tax, sum(p.jobs) as jobs,
                       sum(p.land_need_mu) as land, sum(g.amount) as agreement_amount
                """ + FROM + """
                left join (select project_id, sum(amount) as amount from project_agreement group by project_id) g
                  on g.project_id = p.id
                """ + where(query, params);
        return jdbc.queryForObject(sql, params, (rs, n) -> new ProjectLedgerTotals(rs.getLong("n"),
                zero(rs.getBigDecimal("total")), zero(rs.getBigDecimal("fixed_asset")), zero(rs.getBigDecimal("revenue")),
                zero(rs.getBigDecimal("tax")), rs.getLong("jobs"), zero(rs.getBigDecimal("land")),
                zero(rs.getBigDecimal("agreement_amount"))));
    }

    private String where(ProjectLedgerQuery query, MapSqlParameterSource params) {
        CrmPrincipal me = access.me();
        StringBuilder where = new StringBuilder(" where ").append(access.sqlCondition(me));
        params.addValue("accessUnit", me.unitId()).addValue("accessUser", me.userId());
        if (!query.stages().isEmpty()) {
            where.append(" and p.stage in (:stages)");
            params.addValue("stages", query.stages().stream().map(Enum::name).sorted().toList());
        }
        if (query.keyOnly()) {
            where.append(" and (p.key_district = true or p.key_provincial = true)");
        }
        if (query.unitId() != null) {
            where.append(" and p.responsible_unit_id = :unit");
            params.addValue("unit", query.unitId());
        }
        if (query.industryId() != null) {
            where.append(" and (p.industry_id = :industry or p.industry_id in (select id from industry where parent_id = :industry))");
            params.addValue("industry", query.industryId());
        }
        if (query.areaId() != null) {
            where.append(" and (p.area_id = :area or p.area_id in (select id from area where parent_id = :area))");
            params.addValue("area", query.areaId());
        }
        if (query.leaderId() != null) {
            where.append(" and p.leader_in_charge_id = :leader");
            params.addValue("leader", query.leaderId());
        }
        if (query.date() != null) {
            String column = DATE_COLUMNS.get(query.date());
            boolean instant = query.date() == ProjectLedgerQuery.DateField.CREATED
                    || query.date() == ProjectLedgerQuery.DateField.STAGE_ENTERED;
            if (query.dateRequired()) {
                where.append(" and ").append(column).append(" is not null");
            }
            if (query.from() != null) {
                where.append(" and ").append(column).append(" >= :periodFrom");
                params.addValue("periodFrom", instant ? startOfDay(query.from()) : query.from());
            }
            if (query.to() != null) {
                where.append(" and ").append(column).append(instant ? " < :periodTo" : " <= :periodTo");
                params.addValue("periodTo", instant ? startOfDay(query.to().plusDays(1)) : query.to());
            }
        }
        return where.toString();
    }

    private static String orderBy(ProjectLedgerQuery query, List<ProjectSort> sort) {
        String order = sort.stream()
                .filter(s -> SORTABLE.containsKey(s.column()))
                .map(s -> SORTABLE.get(s.column()) + (s.ascending() ? " asc" : " desc"))
                .collect(Collectors.joining(", "));
        if (order.isEmpty()) {
            // The ledger's own order: by the date its period is about, then as recorded.
            order = query.date() == null ? "u.sort_order, p.created_at" : DATE_COLUMNS.get(query.date());
        }
        return " order by " + order + ", p.id";
    }

    private static List<Field> fields(ProjectLedgerQuery query) {
        return FIELDS.stream().filter(f -> query.fields().isEmpty() || query.fields().contains(f.name())
                || ALWAYS.contains(f.name())).toList();
    }

    /*
     * STRAIGHT_JOIN: projects first, everything else looked up by primary key. Left to itself the optimizer may start
     * from a small table (app_user) and sort through a temporary table, so a 100,000-row export waited two seconds
     * for its first row instead of a tenth of one (MySQL 8 and MariaDB alike know the keyword).
     */
    private static String select(List<Field> fields) {
        return "select straight_join " + fields.stream().map(Field::sql).collect(Collectors.joining(", ")) + "\n" + FROM;
    }

    /** Reads the selected fields by position: a 100,000-row export reads millions of values. */
    private RowMapper<ProjectLedgerRow> mapper(List<Field> fields) {
        LocalDate today = projectQueries.today();
        int[] slots = fields.stream().mapToInt(FIELDS::indexOf).toArray();
        return (rs, n) -> {
            Object[] v = new Object[FIELDS.size()];
            for (int k = 0; k < slots.length; k++) {
                v[slots[k]] = fields.get(k).reader().read(rs, k + 1);
            }
            return row(v, today);
        };
    }

    /** The row from its values in component order; what was not read stays empty. */
    private static ProjectLedgerRow row(Object[] v, LocalDate today) {
        Stage stage = (Stage) v[20];
        LocalDate plannedStart = (LocalDate) v[31];
        return new ProjectLedgerRow((Long) v[0], (String) v[1], (String) v[2], (String) v[3], (InvestmentMode) v[4],
                (BigDecimal) v[5], (BigDecimal) v[6], (BigDecimal) v[7], (BigDecimal) v[8], (Integer) v[9], (BigDecimal) v[10],
                (String) v[11], (String) v[12], (ProjectSource) v[13], (Long) v[14], (String) v[15], (String) v[16],
                (String) v[17], Boolean.TRUE.equals(v[18]), Boolean.TRUE.equals(v[19]), stage, (Stage) v[21], (String) v[22],
                (LocalDate) v[23], (LocalDate) v[24], (LocalDate) v[25], (LocalDate) v[26], (LocalDate) v[27],
                (LocalDate) v[28], (LocalDate) v[29], (LocalDate) v[30], plannedStart, (LocalDate) v[32], (LocalDate) v[33],
                (LocalDate) v[34], (BigDecimal) v[35], (AgreementType) v[36], (String) v[37],
                plannedStart != null && plannedStart.isBefore(today) && Stage.BEFORE_START.contains(stage));
    }

    private static Timestamp startOfDay(LocalDate day) {
        return Timestamp.from(day.atStartOfDay(ProjectQueries.OFFICE_ZONE).toInstant());
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    private static LocalDate day(ResultSet rs, int column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant().atZone(ProjectQueries.OFFICE_ZONE).toLocalDate();
    }

    private static BigDecimal zero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }
}
