package org.zhaoshang.crm.trip;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.project.Stage;

/**
 * Read model of trips: the list with outcome columns, the itinerary, and the funnel of what a trip's
 * projects reached. A trip's projects are those it is the source of and those its visits concern.
 */
@Component
class TripQueries {

    private static final String TRIP_PROJECTS = """
            (select p.id from project p where p.source_trip_id = t.id
             union select v.project_id from trip_visit v where v.trip_id = t.id and v.project_id is not null)""";

    private final NamedParameterJdbcTemplate jdbc;

    TripQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<TripSummary> list(Integer year, Long cityId, LocalDate today) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (year != null) {
            where.append(" and year(t.start_date) = :year");
            params.addValue("year", year);
        }
        if (cityId != null) {
            where.append(" and exists (select 1 from trip_city tc where tc.trip_id = t.id and tc.city_id = :city)");
            params.addValue("city", cityId);
        }
        return rows(where + " order by t.start_date desc, t.id desc", params, today).stream().map(TripLedgerRow::trip).toList();
    }

    /** The 外出招商活动台账: trips that started in the period, of one organizing unit or all, oldest first. */
    List<TripLedgerRow> ledger(LocalDate from, LocalDate to, Long unitId, LocalDate today) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (from != null) {
            where.append(" and t.start_date >= :from");
            params.addValue("from", from);
        }
        if (to != null) {
            where.append(" and t.start_date <= :to");
            params.addValue("to", to);
        }
        if (unitId != null) {
            where.append(" and t.organizer_unit_id = :unit");
            params.addValue("unit", unitId);
        }
        return rows(where + " order by t.start_date, t.id", params, today);
    }

    private List<TripLedgerRow> rows(String whereAndOrder, MapSqlParameterSource params, LocalDate today) {
        String reached = "(select count(*) from project p where p.id in " + TRIP_PROJECTS
                + " and coalesce(p.paused_from_stage, p.stage) in (%s))";
        return jdbc.query("""
                select t.id, t.title, t.start_date, t.end_date, t.leading_official, t.organizer_unit_id, u.name as unit_name,
                       (select group_concat(c.name order by tc.position separator '、') from trip_city tc
                          join city c on c.id = tc.city_id where tc.trip_id = t.id) as cities,
                       (select group_concat(au.name order by au.sort_order separator '、') from trip_unit tu
                          join unit au on au.id = tu.unit_id where tu.trip_id = t.id) as units,
                       (select count(*) from trip_visit v where v.trip_id = t.id) as visits,
                       (select count(*) from project p where p.id in %s) as projects,
                       %s as negotiating, %s as signed, %s as landed,
                       (select coalesce(sum(p.total_investment), 0) from project p where p.id in %s
                          and coalesce(p.paused_from_stage, p.stage) in (%s)) as signed_amount
                from trip t join unit u on u.id = t.organizer_unit_id
                """.formatted(TRIP_PROJECTS, reached.formatted(inList(Stage.NEGOTIATION)), reached.formatted(inList(Stage.SIGNED)),
                reached.formatted(inList(Stage.LANDED)), TRIP_PROJECTS, inList(Stage.SIGNED))
                + whereAndOrder, params, (rs, n) -> {
                    LocalDate start = rs.getObject("start_date", LocalDate.class);
                    LocalDate end = rs.getObject("end_date", LocalDate.class);
                    TripSummary trip = new TripSummary(rs.getLong("id"), rs.getString("title"), start, end, rs.getString("cities"),
                            rs.getString("leading_official"), rs.getString("unit_name"), TripStatus.of(start, end, today),
                            rs.getLong("visits"), rs.getLong("projects"), rs.getLong("negotiating"), rs.getLong("signed"),
                            rs.getLong("landed"), rs.getBigDecimal("signed_amount"));
                    return new TripLedgerRow(trip, rs.getLong("organizer_unit_id"), rs.getString("units"));
                });
    }

    /** Pipeline stages at or after the given one, as an SQL IN list (constants only, no user input). */
    private static String inList(Stage from) {
        return Stage.PIPELINE.stream().filter(s -> s.atLeast(from)).map(s -> "'" + s.name() + "'")
                .reduce((a, b) -> a + ", " + b).orElseThrow();
    }

    List<VisitRow> visits(Long tripId) {
        return jdbc.query("""
                select v.*, c.name as company_name, p.name as project_name, p.stage as project_stage
                from trip_visit v join company c on c.id = v.company_id
                left join project p on p.id = v.project_id
                where v.trip_id = :trip order by v.visit_date, v.position, v.id
                """, Map.of("trip", tripId), (rs, n) -> new VisitRow(rs.getLong("id"), rs.getLong("version"),
                rs.getLong("trip_id"), rs.getObject("visit_date", LocalDate.class), rs.getInt("position"),
                rs.getLong("company_id"), rs.getString("company_name"), VisitKind.valueOf(rs.getString("kind")),
                rs.getString("place"), rs.getString("our_participants"), rs.getString("their_people"),
                rs.getString("learned"), rs.getString("outcome"), rs.getObject("project_id", Long.class),
                rs.getString("project_name"), rs.getString("project_stage") == null ? null : Stage.valueOf(rs.getString("project_stage")),
                rs.getBoolean("done")));
    }

    List<ActionRow> actions(Long tripId, LocalDate today) {
        return jdbc.query("""
                select a.*, u.name as unit_name from trip_action a join unit u on u.id = a.responsible_unit_id
                where a.trip_id = :trip order by a.done, a.due_date, a.id
                """, Map.of("trip", tripId), (rs, n) -> {
                    LocalDate due = rs.getObject("due_date", LocalDate.class);
                    boolean done = rs.getBoolean("done");
                    return new ActionRow(rs.getLong("id"), rs.getLong("version"), rs.getLong("trip_id"),
                            rs.getObject("visit_id", Long.class), rs.getString("description"),
                            rs.getLong("responsible_unit_id"), rs.getString("unit_name"), due, done, !done && due.isBefore(today));
                });
    }

    /**
     * Per project of the trip: how far it got (a paused or dropped project counts where it stood), its
     * investment, the first visit of this trip that concerns it, and the day it reached each stage (the
     * actual milestone dates; 洽谈 from the stage history).
     */
    TripFunnel funnel(Long tripId) {
        Map<Long, Row> rows = new LinkedHashMap<>();
        jdbc.query("""
                select p.id, coalesce(p.paused_from_stage, p.stage) as reached, p.total_investment,
                       p.actual_sign_date, p.actual_land_date, p.actual_start_date, p.actual_operation_date,
                       coalesce((select min(v.visit_date) from trip_visit v where v.trip_id = :trip and v.project_id = p.id),
                                (select t.start_date from trip t where t.id = :trip)) as first_visit,
                       (select min(sc.changed_at) from project_stage_change sc where sc.project_id = p.id
                          and sc.to_stage = 'NEGOTIATION') as negotiation_at
                from project p
                where p.source_trip_id = :trip
                   or p.id in (select v.project_id from trip_visit v where v.trip_id = :trip and v.project_id is not null)
                """, Map.of("trip", tripId), rs -> {
                    String reached = rs.getString("reached");
                    Timestamp negotiationAt = rs.getTimestamp("negotiation_at");
                    rows.put(rs.getLong("id"), new Row(reached == null ? Stage.LEAD : Stage.valueOf(reached),
                            rs.getBigDecimal("total_investment"), rs.getObject("first_visit", LocalDate.class),
                            negotiationAt == null ? null : negotiationAt.toInstant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate(),
                            rs.getObject("actual_sign_date", LocalDate.class), rs.getObject("actual_land_date", LocalDate.class),
                            rs.getObject("actual_start_date", LocalDate.class), rs.getObject("actual_operation_date", LocalDate.class)));
                });
        List<TripFunnel.Step> steps = new ArrayList<>();
        for (Stage stage : List.of(Stage.NEGOTIATION, Stage.SIGNED, Stage.LANDED, Stage.STARTED, Stage.OPERATING)) {
            int count = 0;
            BigDecimal amount = BigDecimal.ZERO;
            long days = 0;
            int dated = 0;
            for (Row row : rows.values()) {
                if (!row.reached().atLeast(stage)) {
                    continue;
                }
                count++;
                amount = amount.add(row.investment() == null ? BigDecimal.ZERO : row.investment());
                LocalDate reachedOn = row.reachedOn(stage);
                if (reachedOn != null && row.firstVisit() != null && !reachedOn.isBefore(row.firstVisit())) {
                    days += ChronoUnit.DAYS.between(row.firstVisit(), reachedOn);
                    dated++;
                }
            }
            steps.add(new TripFunnel.Step(stage, count, amount, dated == 0 ? null : (int) Math.round((double) days / dated)));
        }
        BigDecimal leadAmount = rows.values().stream().map(Row::investment).filter(java.util.Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new TripFunnel(rows.size(), leadAmount, steps);
    }

    private record Row(Stage reached, BigDecimal investment, LocalDate firstVisit, LocalDate negotiationOn,
            LocalDate signed, LocalDate landed, LocalDate started, LocalDate operating) {

        LocalDate reachedOn(Stage stage) {
            return switch (stage) {
                case NEGOTIATION -> negotiationOn;
                case SIGNED -> signed;
                case LANDED -> landed;
                case STARTED -> started;
                case OPERATING -> operating;
                default -> null;
            };
        }
    }
}
