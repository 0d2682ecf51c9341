package org.zhaoshang.crm.reminder;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhaoshang.crm.base.ChineseDates;
import org.zhaoshang.crm.followup.FollowupRow;
import org.zhaoshang.crm.followup.FollowupService;
import org.zhaoshang.crm.org.Role;
import org.zhaoshang.crm.org.UserAccountService;
import org.zhaoshang.crm.org.UserRef;
import org.zhaoshang.crm.project.ProjectMove;
import org.zhaoshang.crm.project.ProjectNavigation;
import org.zhaoshang.crm.project.ProjectService;
import org.zhaoshang.crm.project.Stage;
import org.zhaoshang.crm.project.StaleProject;
import org.zhaoshang.crm.project.StageChangeKind;
import org.zhaoshang.crm.supervision.WorkingDays;

/**
 * Decides the reminders of a day and writes them — bell item and, where the person wants mail, an outbox
 * message — in one transaction per recipient. Idempotent: keys (recipient, kind, day) make a second run of
 * the same day add nothing. Runs as the system actor (from the jobs, or "run now").
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class ReminderJobsService {

    static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");

    private final FollowupService followups;
    private final ProjectService projects;
    private final UserAccountService users;
    private final Outbox outbox;
    private final ReminderDelivery delivery;
    private final WorkingDays workingDays;
    private final ReminderSettings settings;
    private final TransactionTemplate transactions;

    ReminderJobsService(FollowupService followups, ProjectService projects, UserAccountService users, Outbox outbox,
            ReminderDelivery delivery, WorkingDays workingDays, ReminderSettings settings, TransactionTemplate transactions) {
        this.followups = followups;
        this.projects = projects;
        this.users = users;
        this.outbox = outbox;
        this.delivery = delivery;
        this.workingDays = workingDays;
        this.settings = settings;
        this.transactions = transactions;
    }

    /** 每日提醒 of a working day (on the working-day calendar: holidays skipped, 调休 Saturdays included): each person's overdue and due follow-ups and the stale projects they own. */
    public String dailyDigests(LocalDate day) {
        if (!workingDays.isWorkingDay(day)) {
            return "not a working day on the calendar, nothing sent";
        }
        Map<Long, List<FollowupRow>> due = followups.dueOnOrBefore(day).stream()
                .collect(Collectors.groupingBy(FollowupRow::authorId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, List<StaleProject>> stale = projects.staleProjects().stream()
                .collect(Collectors.groupingBy(StaleProject::ownerId, LinkedHashMap::new, Collectors.toList()));
        Set<Long> people = new LinkedHashSet<>(due.keySet());
        people.addAll(stale.keySet());
        Map<Long, UserRef> byId = people();
        int digests = 0;
        int mails = 0;
        for (Long userId : people) {
            UserRef person = byId.get(userId);
            if (person == null) {
                continue;
            }
            List<FollowupRow> mine = due.getOrDefault(userId, List.of());
            List<Map<String, Object>> overdue = mine.stream().filter(f -> f.nextDate().isBefore(day)).map(this::line).toList();
            List<Map<String, Object>> today = mine.stream().filter(f -> f.nextDate().equals(day)).map(this::line).toList();
            List<Map<String, Object>> staleLines = stale.getOrDefault(userId, List.of()).stream().map(p -> staleLine(p, day)).toList();
            String subject = "【招商提醒】" + ChineseDates.format(day) + "：逾期 " + overdue.size() + " 项，今日到期 " + today.size()
                    + " 项，停滞项目 " + staleLines.size() + " 个";
            Map<String, Object> model = Map.of("subject", subject, "name", person.displayName(), "day", ChineseDates.format(day),
                    "overdue", overdue, "due", today, "stale", staleLines, "mineLink", settings.baseUrl() + "/followups");
            String key = "DAILY_DIGEST:" + userId + ":" + day;
            boolean mailed = deliver(person, ReminderKind.DAILY_DIGEST, key, subject, "daily-digest", model, "followups");
            digests++;
            mails += mailed ? 1 : 0;
        }
        return digests + " digests, " + mails + " mails queued";
    }

    /** 逾期升级: follow-ups overdue by more than N days go to the unit leads of their authors' units. */
    public String escalations(LocalDate day) {
        if (!workingDays.isWorkingDay(day)) {
            return "not a working day on the calendar, nothing sent";
        }
        LocalDate limit = day.minusDays(settings.escalateAfterDays());
        Map<Long, UserRef> byId = people();
        Map<Long, List<FollowupRow>> byUnit = followups.dueOnOrBefore(limit.minusDays(1)).stream()
                .filter(f -> byId.containsKey(f.authorId()))
                .collect(Collectors.groupingBy(f -> byId.get(f.authorId()).unitId(), LinkedHashMap::new, Collectors.toList()));
        int mails = 0;
        int leads = 0;
        for (Map.Entry<Long, List<FollowupRow>> unit : byUnit.entrySet()) {
            List<Map<String, Object>> items = unit.getValue().stream().map(f -> {
                Map<String, Object> line = new LinkedHashMap<>(line(f));
                line.put("owner", f.authorName());
                return (Map<String, Object>) line;
            }).toList();
            for (UserRef lead : users.unitLeads(unit.getKey())) {
                String subject = "【逾期跟进】本单位 " + items.size() + " 项跟进已逾期超过 " + settings.escalateAfterDays() + " 天";
                Map<String, Object> model = Map.of("subject", subject, "name", lead.displayName(), "days", settings.escalateAfterDays(),
                        "items", items);
                leads++;
                mails += deliver(lead, ReminderKind.ESCALATION, "ESCALATION:" + lead.id() + ":" + day, subject, "escalation",
                        model, "followups") ? 1 : 0;
            }
        }
        return leads + " unit leads told, " + mails + " mails queued";
    }

    /** 每周简报 for every district leader: last week's moves, signings, landings, overdue and stale. */
    public String weeklyDigest(LocalDate day) {
        LocalDate from = day.minusDays(7);
        List<ProjectMove> moves = projects.moves(from.atStartOfDay(OFFICE).toInstant(), day.atStartOfDay(OFFICE).toInstant());
        long newLeads = moves.stream().filter(m -> m.kind() == StageChangeKind.CREATED).count();
        long signings = moves.stream().filter(m -> m.to() == Stage.SIGNED && m.kind() == StageChangeKind.ADVANCED).count();
        long landings = moves.stream().filter(m -> m.to() == Stage.LANDED && m.kind() == StageChangeKind.ADVANCED).count();
        int overdue = followups.dueOnOrBefore(day.minusDays(1)).size();
        List<Map<String, Object>> stale = projects.staleProjects().stream().filter(p -> p.stage() == Stage.NEGOTIATION)
                .map(p -> staleLine(p, day)).toList();
        List<Map<String, Object>> moveLines = moves.stream().map(m -> (Map<String, Object>) Map.<String, Object>of(
                "date", ChineseDates.format(m.at().atZone(OFFICE).toLocalDate()), "project", m.projectName(),
                "change", (m.from() == null ? "" : stageName(m.from()) + " → ") + stageName(m.to()), "by", m.byName(),
                "link", link(ProjectNavigation.projectUrl(m.projectId())))).toList();
        String period = ChineseDates.range(from, day.minusDays(1));
        String subject = "【每周简报】" + period + "：新增线索 " + newLeads + " 个，签约 " + signings + " 个，落地 " + landings + " 个";
        int mails = 0;
        List<UserRef> leaders = users.pickList(Role.LEADER);
        for (UserRef leader : leaders) {
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("subject", subject);
            model.put("name", leader.displayName());
            model.put("period", period);
            model.put("newLeads", newLeads);
            model.put("signings", signings);
            model.put("landings", landings);
            model.put("overdue", overdue);
            model.put("stale", stale);
            model.put("moves", moveLines);
            model.put("appLink", settings.baseUrl());
            mails += deliver(leader, ReminderKind.WEEKLY_DIGEST, "WEEKLY_DIGEST:" + leader.id() + ":" + day, subject,
                    "weekly-digest", model, "") ? 1 : 0;
        }
        if (settings.wecomWebhook() != null && !settings.wecomWebhook().isBlank()) {
            String text = "**" + subject + "**\n逾期跟进 " + overdue + " 项，停滞洽谈 " + stale.size() + " 个。\n[打开系统](" + settings.baseUrl() + ")";
            transactions.executeWithoutResult(tx -> outbox.enqueue("WEEKLY_DIGEST:wecom:" + day, Channel.WECOM,
                    ReminderKind.WEEKLY_DIGEST, settings.wecomWebhook(), null, subject, text, null));
        }
        return leaders.size() + " leaders, " + mails + " mails queued, " + moves.size() + " moves";
    }

    private boolean deliver(UserRef person, ReminderKind kind, String key, String subject, String template,
            Map<String, Object> model, String route) {
        return delivery.deliver(person, kind, key, subject, template, model, route);
    }

    private Map<String, Object> line(FollowupRow f) {
        return Map.of("date", ChineseDates.format(f.nextDate()), "project", f.projectName(),
                "step", f.nextStep() == null ? f.content() : f.nextStep(), "link", link(ProjectNavigation.projectUrl(f.projectId())));
    }

    private Map<String, Object> staleLine(StaleProject p, LocalDate day) {
        long days = ChronoUnit.DAYS.between(p.lastActivityAt().atZone(OFFICE).toLocalDate(), day);
        return Map.of("project", p.name(), "step", stageName(p.stage()) + "，已 " + days + " 天无进展（" + p.ownerName() + "）",
                "link", link(ProjectNavigation.projectUrl(p.id())));
    }

    private String link(String route) {
        return settings.baseUrl() + "/" + route;
    }

    private Map<Long, UserRef> people() {
        return users.pickList(null).stream().collect(Collectors.toMap(UserRef::id, Function.identity()));
    }

    static String stageName(Stage stage) {
        return org.zhaoshang.crm.project.StageNames.chinese(stage);
    }
}
