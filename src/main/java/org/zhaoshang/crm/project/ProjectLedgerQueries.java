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
            Map.entry("actualOperationDate", "p.actual_operation_date"), Map.entry("agreementAmount", "p.agreement_amount"));

    private static final Map<ProjectLedgerQuery.DateField, String> DATE_COLUMNS = Map.of(
            ProjectLedgerQuery.DateField.CREATED, "p.created_at",
            ProjectLedgerQuery.DateField.STAGE_ENTERED, "p.stage_changed_at",
            ProjectLedgerQuery.DateField.SIGNED, "p.actual_sign_date",
            ProjectLedgerQuery.DateField.STARTED, "p.actual_start_date",
            ProjectLedgerQuery.DateField.OPERATING, "p.actual_operation_date",
            ProjectLedgerQuery.DateField.PLANNED_START, "p.planned_start_date");

    /**
     * Projects and their companies; the names of units, people, industries and areas are looked up in memory
     * ({@link Names}) instead of joined, and their tables are joined only to sort by them.
     */
    private static final String FROM = """
            from project p
            join company c on c.id = p.company_id
            """;

    /** The joins a sort expression needs, by the table alias it uses. */
    private static final Map<String, String> SORT_JOINS = Map.of(
            "u.", " join unit u on u.id = p.responsible_unit_id",
            "o.", " join app_user o on o.id = p.owner_id",
            "l.", " left join app_user l on l.id = p.leader_in_charge_id",
            "ind.", " left join industry ind on ind.id = p.industry_id",
            "a.", " left join area a on a.id = p.area_id");

    /** How a field is read from its column. */
    private interface Reader {
        Object read(ResultSet rs, int column, Names names) throws SQLException;

        /** A reader that needs no names. */
        static Reader of(SimpleReader reader) {
            return (rs, column, names) -> reader.read(rs, column);
        }
    }

    private interface SimpleReader {
        Object read(ResultSet rs, int column) throws SQLException;
    }

    /**
     * The names of the small reference tables, read once per query: a hundred units, areas and industries and the
     * district's users, against a lookup per row and table in the database.
     */
    private record Names(Map<Long, String> units, Map<Long, String> users, Map<Long, String> industries,
            Map<Long, String> areas) {

        static String of(Map<Long, String> names, ResultSet rs, int column) throws SQLException {
            long id = rs.getLong(column);
            return rs.wasNull() ? null : names.get(id);
        }
    }

    /** A {@link ProjectLedgerRow} field: its SQL expression and how to read it. */
    private record Field(String name, String sql, Reader reader) {
    }

    /** In the order of {@link ProjectLedgerRow}'s components (all but the derived overdueStart); checked on start. */
    private static final List<Field> FIELDS = List.of(
            new Field("id", "p.id", Reader.of((rs, i) -> rs.getLong(i))),
            new Field("name", "p.name", Reader.of(ResultSet::getString)),
            new Field("companyName", "c.name", Reader.of(ResultSet::getString)),
            new Field("industryName", "p.industry_id", (rs, i, n) -> Names.of(n.industries(), rs, i)),
            new Field("investmentMode", "p.investment_mode", Reader.of((rs, i) -> enumOrNull(InvestmentMode.class, rs.getString(i)))),
            new Field("totalInvestment", "p.total_investment", Reader.of(ResultSet::getBigDecimal)),
            new Field("fixedAssetInvestment", "p.fixed_asset_investment", Reader.of(ResultSet::getBigDecimal)),
            new Field("expectedAnnualRevenue", "p.expected_annual_revenue", Reader.of(ResultSet::getBigDecimal)),
            new Field("expectedTax", "p.expected_tax", Reader.of(ResultSet::getBigDecimal)),
            new Field("jobs", "p.jobs", Reader.of((rs, i) -> rs.getObject(i, Integer.class))),
            new Field("landNeedMu", "p.land_need_mu", Reader.of(ResultSet::getBigDecimal)),
            new Field("areaName", "p.area_id", (rs, i, n) -> Names.of(n.areas(), rs, i)),
            new Field("carrier", "p.carrier", Reader.of(ResultSet::getString)),
            new Field("source", "p.source", Reader.of((rs, i) -> ProjectSource.valueOf(rs.getString(i)))),
            new Field("unitId", "p.responsible_unit_id", Reader.of((rs, i) -> rs.getLong(i))),
            new Field("unitName", "p.responsible_unit_id", (rs, i, n) -> Names.of(n.units(), rs, i)),
            new Field("ownerName", "p.owner_id", (rs, i, n) -> Names.of(n.users(), rs, i)),
            new Field("leaderName", "p.leader_in_charge_id", (rs, i, n) -> Names.of(n.users(), rs, i)),
            new Field("keyDistrict", "p.key_district", Reader.of(ResultSet::getBoolean)),
            new Field("keyProvincial", "p.key_provincial", Reader.of(ResultSet::getBoolean)),
            new Field("stage", "p.stage", Reader.of((rs, i) -> Stage.valueOf(rs.getString(i)))),
            new Field("pausedFromStage", "p.paused_from_stage", Reader.of((rs, i) -> enumOrNull(Stage.class, rs.getString(i)))),
            new Field("holdReason", "p.hold_reason", Reader.of(ResultSet::getString)),
            new Field("createdOn", "p.created_at", Reader.of(ProjectLedgerQueries::day)),
            new Field("stageEnteredOn", "p.stage_changed_at", Reader.of(ProjectLedgerQueries::day)),
            new Field("lastActivityOn", "p.last_activity_at", Reader.of(ProjectLedgerQueries::day)),
            new Field("siteVisitDate", "p.site_visit_date", Reader.of(ProjectLedgerQueries::date)),
            new Field("plannedSignDate", "p.planned_sign_date", Reader.of(ProjectLedgerQueries::date)),
            new Field("actualSignDate", "p.actual_sign_date", Reader.of(ProjectLedgerQueries::date)),
            new Field("plannedLandDate", "p.planned_land_date", Reader.of(ProjectLedgerQueries::date)),
            new Field("actualLandDate", "p.actual_land_date", Reader.of(ProjectLedgerQueries::date)),
            new Field("plannedStartDate", "p.planned_start_date", Reader.of(ProjectLedgerQueries::date)),
            new Field("actualStartDate", "p.actual_start_date", Reader.of(ProjectLedgerQueries::date)),
            new Field("plannedOperationDate", "p.planned_operation_date", Reader.of(ProjectLedgerQueries::date)),
            new Field("actualOperationDate", "p.actual_operation_date", Reader.of(ProjectLedgerQueries::date)),
            // Both kept on the project with every agreement (Project.agreementsChanged).
            new Field("agreementAmount", "p.agreement_amount", Reader.of(ResultSet::getBigDecimal)),
            new Field("agreementType", "p.agreement_type", Reader.of((rs, i) -> enumOrNull(AgreementType.class, rs.getString(i)))),
            new Field("description", "p.description", Reader.of(ResultSet::getString)));

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
        String order = orderBy(query, sort);
        String sql = select(fields, order) + where(query, params) + order + " limit :limit offset :offset";
        params.addValue("limit", limit).addValue("offset", offset);
        return jdbc.query(sql, params, mapper(fields));
    }

    void stream(ProjectLedgerQuery query, List<ProjectSort> sort, Consumer<ProjectLedgerRow> sink) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        List<Field> fields = fields(query);
        String order = orderBy(query, sort);
        String sql = select(fields, order) + where(query, params) + order;
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
                       sum(p.land_need_mu) as land, sum(p.agreement_amount) as agreement_amount
                """ + FROM + where(query, params);
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
    private static String select(List<Field> fields, String orderBy) {
        StringBuilder joins = new StringBuilder();
        SORT_JOINS.forEach((alias, join) -> {
            if (orderBy.contains(" " + alias) || orderBy.contains("," + alias)) {
                joins.append(join);
            }
        });
        return "select straight_join " + fields.stream().map(Field::sql).collect(Collectors.joining(", ")) + "\n" + FROM
                + joins;
    }

    /** Reads the selected fields by position: a 100,000-row export reads millions of values. */
    private RowMapper<ProjectLedgerRow> mapper(List<Field> fields) {
        LocalDate today = projectQueries.today();
        Names names = names();
        int[] slots = fields.stream().mapToInt(FIELDS::indexOf).toArray();
        return (rs, n) -> {
            Object[] v = new Object[FIELDS.size()];
            for (int k = 0; k < slots.length; k++) {
                v[slots[k]] = fields.get(k).reader().read(rs, k + 1, names);
            }
            return row(v, today);
        };
    }

    private Names names() {
        return new Names(idsToNames("select id, name from unit"), idsToNames("select id, display_name from app_user"),
                idsToNames("select id, name from industry"), idsToNames("select id, name from area"));
    }

    private Map<Long, String> idsToNames(String sql) {
        Map<Long, String> names = new java.util.HashMap<>();
        jdbc.getJdbcTemplate().query(sql, rs -> {
            names.put(rs.getLong(1), rs.getString(2));
        });
        return names;
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
