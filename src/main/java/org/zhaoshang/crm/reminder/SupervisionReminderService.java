package org.zhaoshang.crm.reminder;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.zhaoshang.crm.base.ChineseDates;
import org.zhaoshang.crm.org.Role;
import org.zhaoshang.crm.org.UserAccountService;
import org.zhaoshang.crm.org.UserRef;
import org.zhaoshang.crm.project.ProjectNavigation;
import org.zhaoshang.crm.supervision.ProblemRow;
import org.zhaoshang.crm.supervision.ServiceDayAgenda;
import org.zhaoshang.crm.supervision.ServiceDayService;
import org.zhaoshang.crm.supervision.SupervisionNavigation;
import org.zhaoshang.crm.supervision.SupervisionService;
import org.zhaoshang.crm.supervision.WorkingDays;

/**
 * Reminders of 问题督办, decided on the working-day calendar: the lead unit hears of an item three working days
 * before its deadline, on the day, and every working day while it is overdue; an item under 挂单督办 overdue
 * longer than N working days goes to its supervising leader every working day; and on Thursday each leader in
 * charge gets Friday's 项目服务日 agenda. Idempotent per person and day like the other reminders.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class SupervisionReminderService {

    static final int WARN_WORKING_DAYS = 3;

    private final SupervisionService supervision;
    private final ServiceDayService serviceDays;
    private final WorkingDays workingDays;
    private final UserAccountService users;
    private final ReminderDelivery delivery;
    private final ReminderSettings settings;

    SupervisionReminderService(SupervisionService supervision, ServiceDayService serviceDays, WorkingDays workingDays,
            UserAccountService users, ReminderDelivery delivery, ReminderSettings settings) {
        this.supervision = supervision;
        this.serviceDays = serviceDays;
        this.workingDays = workingDays;
        this.users = users;
        this.delivery = delivery;
        this.settings = settings;
    }

    /**
     * 督办提醒 of a working day to everyone of each lead unit (unit leads and staff): items due in three working
     * days, due today, and overdue. A deadline on a rest day counts as due on the working day before it.
     */
    public String deadlineReminders(LocalDate day) {
        if (!workingDays.isWorkingDay(day)) {
            return "not a working day on the calendar, no supervision reminders";
        }
        LocalDate nextWorkingDay = workingDays.plusWorkingDays(day, 1);
        LocalDate warnFrom = workingDays.plusWorkingDays(day, WARN_WORKING_DAYS);
        LocalDate warnUntil = workingDays.plusWorkingDays(day, WARN_WORKING_DAYS + 1);
        Map<Long, List<ProblemRow>> byUnit = supervision.openDueBy(warnUntil.minusDays(1)).stream()
                .filter(p -> p.deadline().isBefore(nextWorkingDay) || !p.deadline().isBefore(warnFrom))
                .collect(Collectors.groupingBy(ProblemRow::leadUnitId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, List<UserRef>> unitPeople = users.pickList(null).stream()
                .filter(u -> u.role() == Role.STAFF || u.role() == Role.UNIT_LEAD)
                .collect(Collectors.groupingBy(UserRef::unitId));
        int people = 0;
        int mails = 0;
        for (Map.Entry<Long, List<ProblemRow>> unit : byUnit.entrySet()) {
            List<Map<String, Object>> overdue = new ArrayList<>();
            List<Map<String, Object>> today = new ArrayList<>();
            List<Map<String, Object>> soon = new ArrayList<>();
            for (ProblemRow p : unit.getValue()) {
                if (p.deadline().isBefore(day)) {
                    overdue.add(line(p, "已逾期 " + workingDays.workingDaysBetween(p.deadline(), day) + " 个工作日"));
                } else if (p.deadline().isBefore(nextWorkingDay)) {
                    today.add(line(p, "今日到期"));
                } else {
                    soon.add(line(p, WARN_WORKING_DAYS + " 个工作日后到期"));
                }
            }
            String unitName = unit.getValue().getFirst().leadUnitName();
            String subject = "【督办提醒】" + ChineseDates.format(day) + " " + unitName + "：逾期 " + overdue.size() + " 项，今日到期 "
                    + today.size() + " 项，" + WARN_WORKING_DAYS + " 个工作日后到期 " + soon.size() + " 项";
            for (UserRef person : unitPeople.getOrDefault(unit.getKey(), List.of())) {
                Map<String, Object> model = Map.of("subject", subject, "name", person.displayName(), "day", ChineseDates.format(day),
                        "unit", unitName, "overdue", overdue, "due", today, "soon", soon, "days", WARN_WORKING_DAYS,
                        "inboxLink", link(SupervisionNavigation.INBOX));
                people++;
                mails += delivery.deliver(person, ReminderKind.SUPERVISION_DEADLINE, "SUPERVISION_DEADLINE:" + person.id() + ":" + day,
                        subject, "supervision-digest", model, SupervisionNavigation.INBOX) ? 1 : 0;
            }
        }
        return byUnit.size() + " units, " + people + " people reminded, " + mails + " mails queued";
    }

    /** 督办升级: items under supervision overdue beyond N working days, to their supervising leaders. */
    public String escalations(LocalDate day) {
        if (!workingDays.isWorkingDay(day)) {
            return "not a working day on the calendar, no supervision escalations";
        }
        int limit = settings.supervisionEscalateAfterWorkingDays();
        Map<Long, List<ProblemRow>> byLeader = supervision.openDueBy(day.minusDays(1)).stream()
                .filter(p -> p.supervisingLeaderId() != null)
                .filter(p -> workingDays.workingDaysBetween(p.deadline(), day) > limit)
                .collect(Collectors.groupingBy(ProblemRow::supervisingLeaderId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, UserRef> byId = users.pickList(null).stream().collect(Collectors.toMap(UserRef::id, Function.identity()));
        int mails = 0;
        for (Map.Entry<Long, List<ProblemRow>> leader : byLeader.entrySet()) {
            UserRef person = byId.get(leader.getKey());
            if (person == null) {
                continue;
            }
            List<Map<String, Object>> items = leader.getValue().stream().map(p -> {
                Map<String, Object> line = new LinkedHashMap<>(line(p, "已逾期 " + workingDays.workingDaysBetween(p.deadline(), day) + " 个工作日"));
                line.put("unit", p.leadUnitName());
                return (Map<String, Object>) line;
            }).toList();
            String subject = "【督办升级】您督办的 " + items.size() + " 项问题已逾期超过 " + limit + " 个工作日";
            Map<String, Object> model = Map.of("subject", subject, "name", person.displayName(), "days", limit, "items", items,
                    "supervisedLink", link(SupervisionNavigation.SUPERVISED_BY_ME));
            mails += delivery.deliver(person, ReminderKind.SUPERVISION_ESCALATION, "SUPERVISION_ESCALATION:" + person.id() + ":" + day,
                    subject, "supervision-escalation", model, SupervisionNavigation.SUPERVISED_BY_ME) ? 1 : 0;
        }
        return byLeader.size() + " supervising leaders told, " + mails + " mails queued";
    }

    /**
     * 项目服务日: prepares the meeting of {@code friday} with its agenda and sends each leader in charge the projects
     * they look after. Nothing when Friday is not a working day.
     */
    public String serviceDayAgenda(LocalDate friday) {
        Optional<ServiceDayAgenda> prepared = serviceDays.prepare(friday);
        if (prepared.isEmpty()) {
            return ChineseDates.format(friday) + " is not a working day, no 项目服务日";
        }
        ServiceDayAgenda agenda = prepared.get();
        Map<Long, UserRef> byId = users.pickList(null).stream().collect(Collectors.toMap(UserRef::id, Function.identity()));
        String meetingLink = link(SupervisionNavigation.meetingUrl(agenda.meetingId()));
        int mails = 0;
        int leaders = 0;
        for (ServiceDayAgenda.Group group : agenda.groups()) {
            UserRef leader = group.leaderId() == null ? null : byId.get(group.leaderId());
            if (leader == null) {
                continue;
            }
            List<Map<String, Object>> projects = group.projects().stream().map(e -> {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("project", e.projectName());
                line.put("stage", e.stage());
                line.put("unit", e.ownerUnit());
                line.put("link", link(ProjectNavigation.projectUrl(e.projectId())));
                line.put("overdueStart", e.overdueStart() ? "应开未开（计划开工 " + ChineseDates.format(e.plannedStartDate()) + "）" : "");
                line.put("items", e.openItems().stream().map(i -> Map.<String, Object>of("title", i.title(), "unit", i.leadUnit(),
                        "deadline", ChineseDates.format(i.deadline()),
                        "state", i.overdue() ? "逾期 " + i.overdueWorkingDays() + " 个工作日" : "办理中")).toList());
                return (Map<String, Object>) line;
            }).toList();
            String subject = "【项目服务日】" + ChineseDates.format(friday) + " 议程：您分包的 " + projects.size() + " 个项目";
            Map<String, Object> model = Map.of("subject", subject, "name", leader.displayName(), "day", ChineseDates.format(friday),
                    "projects", projects, "meetingLink", meetingLink);
            leaders++;
            mails += delivery.deliver(leader, ReminderKind.SERVICE_DAY_AGENDA, "SERVICE_DAY_AGENDA:" + leader.id() + ":" + friday,
                    subject, "service-day-agenda", model, SupervisionNavigation.meetingUrl(agenda.meetingId())) ? 1 : 0;
        }
        return "meeting " + agenda.meetingId() + ", " + agenda.projectCount() + " projects, " + leaders + " leaders, " + mails
                + " mails queued";
    }

    private Map<String, Object> line(ProblemRow p, String state) {
        return Map.of("title", p.title(), "project", p.projectName(), "deadline", ChineseDates.format(p.deadline()), "state", state,
                "link", link(SupervisionNavigation.problemUrl(p.id())));
    }

    private String link(String route) {
        return settings.baseUrl() + "/" + route;
    }
}
