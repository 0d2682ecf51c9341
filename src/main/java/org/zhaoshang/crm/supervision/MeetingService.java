package org.zhaoshang.crm.supervision;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhaoshang.crm.base.BusinessException;
import org.zhaoshang.crm.base.NotFoundException;
import org.zhaoshang.crm.project.StageNames;
import org.zhaoshang.crm.security.CrmPrincipal;
import org.zhaoshang.crm.security.CurrentUser;

/**
 * Meetings (推进会, 专题会, 现场办公, 项目服务日). Recording one turns each decision into a supervised item in
 * the same transaction: a meeting is never saved with decisions that did not become items.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class MeetingService {

    private final NamedParameterJdbcTemplate jdbc;
    private final SupervisionService supervision;
    private final CurrentUser currentUser;

    MeetingService(NamedParameterJdbcTemplate jdbc, SupervisionService supervision, CurrentUser currentUser) {
        this.jdbc = jdbc;
        this.supervision = supervision;
        this.currentUser = currentUser;
    }

    /** Records a meeting and its decisions (LEADER, ADMIN, UNIT_LEAD); returns its id. */
    @Transactional
    @PreAuthorize("hasAnyRole('LEADER', 'ADMIN', 'UNIT_LEAD')")
    public Long record(MeetingDraft draft) {
        CrmPrincipal me = currentUser.require();
        if (draft.kind() == null || draft.title() == null || draft.title().isBlank() || draft.heldOn() == null) {
            throw new BusinessException("validation.required", "meeting.field.title");
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update("""
                insert into meeting (kind, title, held_on, place, chair, attendees, minutes, created_by_id, version, created_at, updated_at)
                values (:kind, :title, :heldOn, :place, :chair, :attendees, :minutes, :by, 0, :now, :now)
                """, new MapSqlParameterSource().addValue("kind", draft.kind().name()).addValue("title", draft.title().strip())
                .addValue("heldOn", draft.heldOn()).addValue("place", draft.place()).addValue("chair", draft.chair())
                .addValue("attendees", draft.attendees()).addValue("minutes", draft.minutes())
                .addValue("by", me.userId()).addValue("now", Timestamp.from(Instant.now())), key, new String[] {"id"});
        Long meetingId = key.getKey().longValue();
        for (Long unit : draft.unitIds() == null ? java.util.Set.<Long>of() : draft.unitIds()) {
            jdbc.update("insert into meeting_unit (meeting_id, unit_id) values (:m, :u)", Map.of("m", meetingId, "u", unit));
        }
        for (Long project : draft.projectIds() == null ? java.util.Set.<Long>of() : draft.projectIds()) {
            jdbc.update("insert into meeting_project (meeting_id, project_id) values (:m, :p)", Map.of("m", meetingId, "p", project));
        }
        for (MeetingDraft.DecisionDraft d : draft.decisions() == null ? List.<MeetingDraft.DecisionDraft>of() : draft.decisions()) {
            supervision.fromDecision(decisionDraft(d), meetingId);
        }
        return meetingId;
    }

    /** A meeting with its projects and decisions. */
    public MeetingDetails details(Long meetingId) {
        Map<String, Object> m = jdbc.queryForList("select * from meeting where id = :id", Map.of("id", meetingId)).stream()
                .findFirst().orElseThrow(() -> new NotFoundException("meeting", meetingId));
        List<String> units = jdbc.queryForList("select u.name from meeting_unit mu join unit u on u.id = mu.unit_id"
                + " where mu.meeting_id = :id order by u.sort_order", Map.of("id", meetingId), String.class);
        List<MeetingDetails.ProjectLine> projects = jdbc.query("""
                select p.id, p.name, p.stage, l.display_name from meeting_project mp join project p on p.id = mp.project_id
                left join app_user l on l.id = p.leader_in_charge_id where mp.meeting_id = :id
                order by l.display_name is null, l.display_name, p.name
                """, Map.of("id", meetingId), (rs, n) -> new MeetingDetails.ProjectLine(rs.getLong(1), rs.getString(2),
                StageNames.chinese(org.zhaoshang.crm.project.Stage.valueOf(rs.getString(3))), rs.getString(4)));
        List<MeetingDetails.DecisionLine> decisions = jdbc.query("""
                select p.id, p.title, pr.name, u.name, p.deadline, p.status from problem p join unit u on u.id = p.lead_unit_id
                join project pr on pr.id = p.project_id where p.meeting_id = :id order by p.id
                """, Map.of("id", meetingId), (rs, n) -> new MeetingDetails.DecisionLine(rs.getLong(1), rs.getString(2),
                rs.getString(3), rs.getString(4), rs.getObject(5, java.time.LocalDate.class), ProblemStatus.valueOf(rs.getString(6))));
        return new MeetingDetails(meetingId, ((Number) m.get("version")).longValue(), MeetingKind.valueOf((String) m.get("kind")),
                (String) m.get("title"), localDate(m.get("held_on")), (String) m.get("place"), (String) m.get("chair"),
                (String) m.get("attendees"), units, projects, (String) m.get("minutes"), decisions, m.get("prepared_key") != null);
    }

    /** Writes the minutes (e.g. of a prepared 项目服务日 after it was held); refused when someone saved them first. */
    @Transactional
    @PreAuthorize("hasAnyRole('LEADER', 'ADMIN', 'UNIT_LEAD')")
    public void updateMinutes(Long meetingId, long version, String minutes) {
        int updated = jdbc.update("update meeting set minutes = :minutes, version = version + 1, updated_at = :now"
                + " where id = :id and version = :version", new MapSqlParameterSource().addValue("minutes", minutes)
                .addValue("now", Timestamp.from(Instant.now())).addValue("id", meetingId).addValue("version", version));
        if (updated == 0) {
            details(meetingId);
            throw new org.zhaoshang.crm.base.ConcurrentEditException();
        }
    }

    /** A further decision of a meeting already recorded; it becomes a supervised item at once. */
    @Transactional
    @PreAuthorize("hasAnyRole('LEADER', 'ADMIN', 'UNIT_LEAD')")
    public Long addDecision(Long meetingId, MeetingDraft.DecisionDraft d) {
        details(meetingId);
        return supervision.fromDecision(decisionDraft(d), meetingId);
    }

    private static ProblemDraft decisionDraft(MeetingDraft.DecisionDraft d) {
        return new ProblemDraft(null, 0, d.projectId(), d.item(), null, d.categoryId(), ProblemSource.MEETING,
                d.leadUnitId(), d.coUnitIds() == null ? java.util.Set.of() : d.coUnitIds(), d.deadline(), null,
                d.supervisingLeaderId());
    }

    private static java.time.LocalDate localDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (java.time.LocalDate) value;
    }

    public List<MeetingRow> list() {
        return jdbc.query("""
                select m.id, m.kind, m.title, m.held_on, m.chair,
                       (select count(*) from problem p where p.meeting_id = m.id) as decisions,
                       (select count(*) from problem p where p.meeting_id = m.id and p.status <> 'CLOSED') as open_decisions
                from meeting m order by m.held_on desc, m.id desc
                """, Map.of(), (rs, n) -> new MeetingRow(rs.getLong("id"), MeetingKind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getObject("held_on", java.time.LocalDate.class), rs.getString("chair"),
                rs.getInt("decisions"), rs.getInt("open_decisions")));
    }

    /** The minutes as a Word document, with the decisions table. */
    public void writeMinutes(Long meetingId, OutputStream out) throws IOException {
        MinutesDocument.write(minutes(meetingId), out);
    }

    MeetingMinutes minutes(Long meetingId) {
        Map<String, Object> m = jdbc.queryForList("select * from meeting where id = :id", Map.of("id", meetingId)).stream()
                .findFirst().orElseThrow(() -> new NotFoundException("meeting", meetingId));
        List<String> units = jdbc.queryForList("select u.name from meeting_unit mu join unit u on u.id = mu.unit_id"
                + " where mu.meeting_id = :id order by u.sort_order", Map.of("id", meetingId), String.class);
        List<MeetingMinutes.ProjectLine> projects = jdbc.query("""
                select p.name, p.stage, l.display_name from meeting_project mp join project p on p.id = mp.project_id
                left join app_user l on l.id = p.leader_in_charge_id where mp.meeting_id = :id order by p.name
                """, Map.of("id", meetingId), (rs, n) -> new MeetingMinutes.ProjectLine(rs.getString(1),
                StageNames.chinese(org.zhaoshang.crm.project.Stage.valueOf(rs.getString(2))), rs.getString(3)));
        List<MeetingMinutes.Decision> decisions = jdbc.query("""
                select p.id, p.title, u.name, p.deadline, l.display_name from problem p join unit u on u.id = p.lead_unit_id
                left join app_user l on l.id = p.supervising_leader_id where p.meeting_id = :id order by p.id
                """, Map.of("id", meetingId), (rs, n) -> new MeetingMinutes.Decision(rs.getString(2), rs.getString(3),
                jdbc.queryForList("select cu.name from problem_unit pu join unit cu on cu.id = pu.unit_id where pu.problem_id = :p",
                        Map.of("p", rs.getLong(1)), String.class), rs.getObject(4, java.time.LocalDate.class), rs.getString(5)));
        java.time.LocalDate heldOn = localDate(m.get("held_on"));
        String attendees = (String) m.get("attendees");
        return new MeetingMinutes((String) m.get("title") + "会议纪要", kindName(MeetingKind.valueOf((String) m.get("kind"))), heldOn,
                (String) m.get("place"), (String) m.get("chair"), attendees == null ? List.of() : List.of(attendees.split("[、,，]")),
                units, projects, (String) m.get("minutes"), decisions, "二七区招商引资工作领导小组办公室", heldOn);
    }

    static String kindName(MeetingKind kind) {
        return switch (kind) {
            case PROGRESS -> "推进会";
            case TOPIC -> "专题会";
            case ON_SITE -> "现场办公";
            case SERVICE_DAY -> "项目服务日";
        };
    }
}
