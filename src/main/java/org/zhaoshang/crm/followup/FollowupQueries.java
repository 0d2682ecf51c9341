package org.zhaoshang.crm.followup;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/** Read model of follow-ups, joined with their project, company and author names. */
@Component
class FollowupQueries {

    private static final String SELECT = """
            select f.*, p.name as project_name, c.name as company_name, u.display_name as author_name
            from followup f join project p on p.id = f.project_id join company c on c.id = p.company_id
            join app_user u on u.id = f.author_id
            """;

    private final NamedParameterJdbcTemplate jdbc;

    FollowupQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<FollowupRow> ofProject(Long projectId) {
        return jdbc.query(SELECT + " where f.project_id = :project order by f.happened_at desc, f.id desc",
                Map.of("project", projectId), MAPPER);
    }

    List<FollowupRow> openOf(Long authorId, LocalDate until) {
        return jdbc.query(SELECT + " where f.author_id = :author and f.closed_at is null and f.next_date is not null"
                + " and f.next_date <= :until order by f.next_date, f.id", Map.of("author", authorId, "until", until), MAPPER);
    }

    List<FollowupRow> dueOnOrBefore(LocalDate day) {
        return jdbc.query(SELECT + " where f.closed_at is null and f.next_date is not null and f.next_date <= :day"
                + " order by f.author_id, f.next_date, f.id", Map.of("day", day), MAPPER);
    }

    List<FollowupRow> upcomingOf(Long authorId, LocalDate from, int limit) {
        return jdbc.query(SELECT + " where f.author_id = :author and f.closed_at is null and f.next_date >= :from"
                + " order by f.next_date, f.id limit :limit", Map.of("author", authorId, "from", from, "limit", limit), MAPPER);
    }

    private static final RowMapper<FollowupRow> MAPPER = (rs, n) -> new FollowupRow(rs.getLong("id"), rs.getLong("version"),
            rs.getLong("project_id"), rs.getString("project_name"), rs.getString("company_name"), rs.getLong("author_id"),
            rs.getString("author_name"), FollowupKind.valueOf(rs.getString("kind")), instant(rs, "happened_at"),
            rs.getString("our_people"), rs.getString("their_people"), rs.getString("content"), rs.getString("result"),
            rs.getString("next_step"), rs.getObject("next_date", LocalDate.class), instant(rs, "closed_at"));

    private static java.time.Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
