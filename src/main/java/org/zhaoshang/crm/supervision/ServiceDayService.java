package org.zhaoshang.crm.supervision;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhaoshang.crm.base.ChineseDates;
import org.zhaoshang.crm.project.Stage;
import org.zhaoshang.crm.project.StageNames;

/**
 * 项目服务日 (every Friday): which projects the leaders in charge take up — those with open problems (overdue ones
 * first) and those 应开未开 — and the meeting prepared for it on Thursday, so that the day's minutes and decisions
 * are recorded against the same agenda.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('LEADER', 'ADMIN')")
public class ServiceDayService {

    static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");

    private final NamedParameterJdbcTemplate jdbc;
    private final WorkingDays workingDays;
    private final Clock clock;

    ServiceDayService(NamedParameterJdbcTemplate jdbc, WorkingDays workingDays, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.workingDays = workingDays;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The agenda as it stands for the given day (read only). */
    public ServiceDayAgenda agenda(LocalDate day) {
        return new ServiceDayAgenda(day, preparedMeeting(day), groups(day));
    }

    /**
     * Prepares the 项目服务日 meeting of {@code day} with its agenda (projects, minutes pre-filled with the agenda);
     * idempotent: a second call, on any node, returns the meeting already prepared. Empty when the day is not a
     * working day (a holiday Friday has no 项目服务日).
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public Optional<ServiceDayAgenda> prepare(LocalDate day) {
        if (!workingDays.isWorkingDay(day)) {
            return Optional.empty();
        }
        List<ServiceDayAgenda.Group> groups = groups(day);
        Long existing = preparedMeeting(day);
        if (existing != null) {
            return Optional.of(new ServiceDayAgenda(day, existing, groups));
        }
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        Timestamp now = Timestamp.from(clock.instant());
        try {
            jdbc.update("""
                    insert into meeting (kind, title, held_on, minutes, prepared_key, version, created_at, updated_at)
                    values ('SERVICE_DAY', :title, :day, :minutes, :key, 0, :now, :now)
                    """, new MapSqlParameterSource().addValue("title", "项目服务日（" + ChineseDates.format(day) + "）")
                    .addValue("day", day).addValue("minutes", agendaText(groups)).addValue("key", preparedKey(day))
                    .addValue("now", now), key, new String[] {"id"});
        } catch (DuplicateKeyException preparedMeanwhile) {
            return Optional.of(new ServiceDayAgenda(day, preparedMeeting(day), groups));
        }
        Long meetingId = key.getKey().longValue();
        groups.stream().flatMap(g -> g.projects().stream()).forEach(p -> jdbc.update(
                "insert into meeting_project (meeting_id, project_id) values (:m, :p)", Map.of("m", meetingId, "p", p.projectId())));
        return Optional.of(new ServiceDayAgenda(day, meetingId, groups));
    }

    private Long preparedMeeting(LocalDate day) {
        return jdbc.query("select id from meeting where prepared_key = :key", Map.of("key", preparedKey(day)),
                rs -> rs.next() ? rs.getLong(1) : null);
    }

    private static String preparedKey(LocalDate day) {
        return "SERVICE_DAY:" + day;
    }

    private List<ServiceDayAgenda.Group> groups(LocalDate day) {
        Map<Long, List<ServiceDayAgenda.Item>> items = new LinkedHashMap<>();
        jdbc.query("""
                select p.id, p.project_id, p.title, u.name as unit_name, p.deadline, p.status
                from problem p join unit u on u.id = p.lead_unit_id
                where p.status <> 'CLOSED' order by p.deadline, p.id
                """, Map.of(), rs -> {
                    LocalDate deadline = rs.getObject("deadline", LocalDate.class);
                    boolean overdue = deadline.isBefore(day);
                    items.computeIfAbsent(rs.getLong("project_id"), k -> new ArrayList<>()).add(new ServiceDayAgenda.Item(
                            rs.getLong("id"), rs.getString("title"), rs.getString("unit_name"), deadline, overdue,
                            overdue ? workingDays.workingDaysBetween(deadline, day) : 0,
                            ProblemStatus.valueOf(rs.getString("status")).name()));
                });
        MapSqlParameterSource params = new MapSqlParameterSource().addValue("day", day)
                .addValue("beforeStart", Stage.BEFORE_START.stream().map(Enum::name).toList());
        Map<Long, ServiceDayAgenda.Group> groups = new LinkedHashMap<>();
        List<ServiceDayAgenda.Entry> withoutLeader = new ArrayList<>();
        jdbc.query("""
                select p.id, p.name, p.stage, p.planned_start_date, p.leader_in_charge_id, l.display_name as leader_name,
                       l.email as leader_email, u.name as unit_name
                from project p join unit u on u.id = p.responsible_unit_id left join app_user l on l.id = p.leader_in_charge_id
                where exists (select 1 from problem q where q.project_id = p.id and q.status <> 'CLOSED')
                   or (p.planned_start_date < :day and p.stage in (:beforeStart))
                order by l.display_name is null, l.display_name, p.name
                """, params, rs -> {
                    long projectId = rs.getLong("id");
                    Stage stage = Stage.valueOf(rs.getString("stage"));
                    LocalDate plannedStart = rs.getObject("planned_start_date", LocalDate.class);
                    boolean overdueStart = plannedStart != null && plannedStart.isBefore(day) && Stage.BEFORE_START.contains(stage);
                    List<ServiceDayAgenda.Item> open = items.getOrDefault(projectId, List.of());
                    open = open.stream().sorted(java.util.Comparator.comparing((ServiceDayAgenda.Item i) -> !i.overdue())
                            .thenComparing(ServiceDayAgenda.Item::deadline)).toList();
                    ServiceDayAgenda.Entry entry = new ServiceDayAgenda.Entry(projectId, rs.getString("name"),
                            StageNames.chinese(stage), rs.getString("unit_name"), open, overdueStart, plannedStart);
                    Long leaderId = rs.getObject("leader_in_charge_id", Long.class);
                    if (leaderId == null) {
                        withoutLeader.add(entry);
                    } else {
                        String name = rs.getString("leader_name");
                        String email = rs.getString("leader_email");
                        groups.computeIfAbsent(leaderId, id -> new ServiceDayAgenda.Group(id, name, email, new ArrayList<>()))
                                .projects().add(entry);
                    }
                });
        List<ServiceDayAgenda.Group> result = new ArrayList<>(groups.values());
        if (!withoutLeader.isEmpty()) {
            result.add(new ServiceDayAgenda.Group(null, "未明确分包领导", null, withoutLeader));
        }
        return result;
    }

    /** The agenda as the meeting's pre-filled minutes: one paragraph per leader, one line per project. */
    static String agendaText(List<ServiceDayAgenda.Group> groups) {
        StringBuilder text = new StringBuilder("议程（系统于周四生成）：\n");
        int n = 0;
        for (ServiceDayAgenda.Group group : groups) {
            text.append(toChineseNumber(++n)).append("、").append(group.leaderName()).append("分包项目\n");
            int i = 0;
            for (ServiceDayAgenda.Entry entry : group.projects()) {
                text.append(++i).append(". ").append(entry.projectName()).append("（").append(entry.stage()).append("，")
                        .append(entry.ownerUnit()).append("）");
                List<String> why = new ArrayList<>();
                if (!entry.openItems().isEmpty()) {
                    why.add("待解决问题 " + entry.openItems().size() + " 项" + (entry.overdueItems() > 0
                            ? "（逾期 " + entry.overdueItems() + " 项）" : ""));
                }
                if (entry.overdueStart()) {
                    why.add("应开未开（计划开工 " + ChineseDates.format(entry.plannedStartDate()) + "）");
                }
                text.append("：").append(String.join("；", why)).append("\n");
            }
        }
        return text.toString();
    }

    private static String toChineseNumber(int n) {
        String[] digits = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        return n <= 10 ? digits[n] : n < 20 ? "十" + digits[n - 10] : String.valueOf(n);
    }
}
