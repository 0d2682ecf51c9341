package org.zhaoshang.crm.ledger.importing;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.zhaoshang.crm.base.ChineseDates;
import org.zhaoshang.crm.base.text.InputText;
import org.zhaoshang.crm.ledger.LedgerType;
import org.zhaoshang.crm.org.Role;
import org.zhaoshang.crm.org.UnitSummary;
import org.zhaoshang.crm.org.UserRef;
import org.zhaoshang.crm.project.ProjectDetails;
import org.zhaoshang.crm.project.ProjectFilter;
import org.zhaoshang.crm.project.ProjectService;
import org.zhaoshang.crm.project.ProjectSummary;
import org.zhaoshang.crm.supervision.ProblemRow;
import org.zhaoshang.crm.supervision.ProblemSource;
import org.zhaoshang.crm.supervision.ProblemStatus;
import org.zhaoshang.crm.supervision.SupervisionService;

/**
 * 问题督办台账: each row a problem raised on an existing project, checked the way {@link SupervisionService#raise}
 * will check it. The project is found by its exact name among the projects the importer sees (never created here);
 * STAFF and UNIT_LEAD raise problems on their own unit's projects only. A problem of the same title on the same
 * project is already there (UNCHANGED), so a second import adds nothing. 销号 is a confirmation by the supervisor
 * that the service records only as it happens, so a row that says 已销号 is an error row, not an open problem that
 * would be chased as overdue.
 */
final class ProblemPlanner extends LedgerRowPlanner {

    static final List<LedgerField> REQUIRED = List.of(LedgerField.PROBLEM_TITLE, LedgerField.PROJECT_NAME,
            LedgerField.CATEGORY, LedgerField.UNIT, LedgerField.DEADLINE);
    static final List<LedgerField> TEMPLATE = List.of(LedgerField.SEQ, LedgerField.PROBLEM_TITLE, LedgerField.PROJECT_NAME,
            LedgerField.CATEGORY, LedgerField.SOURCE, LedgerField.UNIT, LedgerField.CO_UNITS, LedgerField.DEADLINE,
            LedgerField.LEADER, LedgerField.STATUS, LedgerField.REMARKS);
    /** The problem table's title column. */
    private static final int MAX_TITLE = 200;
    private static final int MAX_DESCRIPTION = 4000;

    private static final Map<String, ProblemSource> SOURCES = new HashMap<>();
    private static final Map<String, ProblemStatus> STATUSES = new HashMap<>();

    static {
        for (String w : List.of("外出招商", "招商考察", "外出考察", "考察", "外出")) {
            SOURCES.put(w, ProblemSource.TRIP);
        }
        for (String w : List.of("会议", "推进会", "专题会", "现场办公", "项目服务日", "会议交办", "调度会", "周例会", "例会")) {
            SOURCES.put(w, ProblemSource.MEETING);
        }
        for (String w : List.of("跟进", "走访", "跟进记录", "日常跟进", "座谈")) {
            SOURCES.put(w, ProblemSource.FOLLOWUP);
        }
        for (String w : List.of("问题直报", "直报", "企业反映", "企业诉求", "单位上报", "上报")) {
            SOURCES.put(w, ProblemSource.DIRECT);
        }
        for (String w : List.of("待交办", "未交办", "新提出", "新增", "待办")) {
            STATUSES.put(w, ProblemStatus.TO_ASSIGN);
        }
        for (String w : List.of("办理中", "正在办理", "推进中", "在办", "未销号", "未办结", "未完成", "未解决", "已交办", "持续推进",
                "否")) {
            STATUSES.put(w, ProblemStatus.IN_PROGRESS);
        }
        for (String w : List.of("申请销号", "待销号", "已申请销号", "销号申请中", "拟销号")) {
            STATUSES.put(w, ProblemStatus.CLOSE_REQUESTED);
        }
        for (String w : List.of("已销号", "销号", "已办结", "办结", "已解决", "已完成", "完成", "是")) {
            STATUSES.put(w, ProblemStatus.CLOSED);
        }
    }

    private final ProjectService projects;
    private final SupervisionService supervision;
    private final Map<Long, String> categories;
    /** Problems met so far in the file, by project and title, and their row. */
    private final Map<String, Integer> inFile = new HashMap<>();
    private final Map<String, List<ProjectSummary>> projectsByName = new HashMap<>();
    private final Map<Long, List<ProblemRow>> problemsOfProject = new HashMap<>();

    ProblemPlanner(ProjectService projects, SupervisionService supervision, Map<Long, String> categories,
            ImportPlanner.Context context, LedgerFile file, ColumnMapping mapping) {
        super(context, LedgerType.PROBLEMS, file, mapping);
        this.projects = projects;
        this.supervision = supervision;
        this.categories = categories;
    }

    @Override
    List<LedgerField> requiredColumns() {
        return REQUIRED;
    }

    @Override
    List<RowPlan> planAll(List<SourceRow> rows, ImportProgress progress) {
        return planInOrder(rows, progress, this::plan);
    }

    private RowPlan plan(SourceRow row) {
        RowPlan plan = newPlan(row);
        if (plan.action == RowAction.SKIP) {
            return plan;
        }
        plan.problemTitle = oneLine(text(row, LedgerField.PROBLEM_TITLE, MAX_TITLE, plan));
        if (plan.problemTitle == null) {
            plan.problems.add(Problem.error(col(LedgerField.PROBLEM_TITLE), "missing", LedgerField.PROBLEM_TITLE.labelKey(type)));
        }
        decideProject(row, plan);
        if (plan.problemTitle != null && plan.projectId != null && alreadyThere(plan)) {
            return plan;
        }
        decideCategory(row, plan);
        decideUnits(row, plan);
        decideDeadline(row, plan);
        decideLeader(row, plan);
        decideSource(row, plan);
        decideStatus(row, plan);
        plan.description = description(row, plan);
        if (!plan.hasErrors()) {
            decideAction(plan);
        }
        if (plan.hasErrors()) {
            plan.action = RowAction.ERROR;
        }
        return plan;
    }

    private static String oneLine(String text) {
        return text == null ? null : text.replace('\n', ' ').strip();
    }

    /** The project of that exact name among those the importer sees; one of the importer's own unit for STAFF and UNIT_LEAD. */
    private void decideProject(SourceRow row, RowPlan plan) {
        int column = col(LedgerField.PROJECT_NAME);
        String name = oneLine(text(row, LedgerField.PROJECT_NAME, 200, plan));
        plan.projectName = name;
        if (name == null) {
            plan.problems.add(Problem.error(column, "missing", LedgerField.PROJECT_NAME.labelKey(type)));
            return;
        }
        String key = InputText.withoutSpaces(name);
        List<ProjectSummary> same = projectsByName.computeIfAbsent(key, k -> projects.list(ProjectFilter.none().withText(name),
                0, 50, List.of()).stream().filter(p -> InputText.withoutSpaces(p.name()).equals(k)).toList());
        if (same.isEmpty()) {
            plan.problems.add(Problem.error(column, "projectNotFound", name));
            return;
        }
        if (same.size() > 1) {
            plan.problems.add(Problem.error(column, "projectNameAmbiguous", name,
                    String.join("、", same.stream().limit(5).map(ProjectSummary::companyName).toList())));
            return;
        }
        ProjectDetails project = projects.get(same.getFirst().id());
        if (!context.seesAll() && !project.responsibleUnitId().equals(context.me().unitId())) {
            plan.problems.add(Problem.error(column, "otherUnitProject", name, project.responsibleUnitName()));
            return;
        }
        plan.projectId = project.id();
        plan.companyName = project.companyName();
    }

    private void decideCategory(SourceRow row, RowPlan plan) {
        String written = text(row, LedgerField.CATEGORY, 100, plan);
        int column = col(LedgerField.CATEGORY);
        if (written == null) {
            plan.problems.add(Problem.error(column, "missing", LedgerField.CATEGORY.labelKey(type)));
            return;
        }
        String core = InputText.withoutSpaces(written).replaceAll("(问题|类|方面)$", "");
        Optional<Map.Entry<Long, String>> found = categories.entrySet().stream()
                .filter(c -> InputText.withoutSpaces(c.getValue()).equals(InputText.withoutSpaces(written))).findFirst()
                .or(() -> categories.entrySet().stream().filter(c -> InputText.withoutSpaces(c.getValue()).equals(core)).findFirst());
        if (found.isEmpty()) {
            plan.problems.add(Problem.error(column, "unknownCategory", written, String.join("、", categories.values())));
            return;
        }
        plan.categoryId = found.get().getKey();
    }

    /** The lead unit (any unit: problems are often led by another department) and the co-operating units. */
    private void decideUnits(SourceRow row, RowPlan plan) {
        String lead = text(row, LedgerField.UNIT, 200, plan);
        if (lead == null) {
            plan.problems.add(Problem.error(col(LedgerField.UNIT), "missing", LedgerField.UNIT.labelKey(type)));
        } else {
            String first = lead.split("[、，,；;/\\s]+")[0];
            if (!first.equals(lead.strip())) {
                plan.problems.add(Problem.warning(col(LedgerField.UNIT), "firstLeadUnit", lead, first));
            }
            unit(first, col(LedgerField.UNIT), plan).ifPresent(u -> {
                plan.unitId = u.id();
                plan.unitName = u.name();
            });
        }
        String co = text(row, LedgerField.CO_UNITS, 1000, plan);
        if (co != null) {
            Set<Long> ids = new LinkedHashSet<>();
            for (String name : co.split("[、，,；;/\\s]+")) {
                if (!name.isBlank()) {
                    unit(name, col(LedgerField.CO_UNITS), plan).map(UnitSummary::id).filter(id -> !id.equals(plan.unitId))
                            .ifPresent(ids::add);
                }
            }
            plan.coUnitIds = Set.copyOf(ids);
        }
    }

    private Optional<UnitSummary> unit(String written, int column, RowPlan plan) {
        LedgerWords.Match<UnitSummary> match = LedgerWords.name(written, context.units(), UnitSummary::name);
        if (match.unique()) {
            if (!match.found().name().equals(InputText.withoutSpaces(written))) {
                plan.problems.add(Problem.note(column, "matchedAs", written, match.found().name()));
            }
            return Optional.of(match.found());
        }
        if (match.ambiguous()) {
            plan.problems.add(Problem.error(column, "ambiguousUnit", written,
                    String.join("、", match.candidates().stream().limit(5).map(UnitSummary::name).toList())));
        } else {
            plan.problems.add(Problem.error(column, "unknownUnit", written));
        }
        return Optional.empty();
    }

    /** A problem is raised today, so its 时限 cannot lie before today: an old deadline must be renewed in the file. */
    private void decideDeadline(SourceRow row, RowPlan plan) {
        int column = col(LedgerField.DEADLINE);
        if (cell(row, LedgerField.DEADLINE).isBlank()) {
            plan.problems.add(Problem.error(column, "missing", LedgerField.DEADLINE.labelKey(type)));
            return;
        }
        plan.deadline = date(row, LedgerField.DEADLINE, plan);
        if (plan.deadline != null && plan.deadline.isBefore(context.today())) {
            plan.problems.add(Problem.error(column, "deadlinePassed", ChineseDates.format(plan.deadline)));
        }
    }

    /** 督办领导: a district leader by display name; anyone else would be asked to confirm 销号 without being one. */
    private void decideLeader(SourceRow row, RowPlan plan) {
        String written = text(row, LedgerField.LEADER, 100, plan);
        if (written == null) {
            return;
        }
        String name = InputText.withoutSpaces(written);
        List<UserRef> named = context.users().stream().filter(u -> name.equals(InputText.withoutSpaces(u.displayName()))).toList();
        Optional<UserRef> leader = named.stream().filter(u -> u.role() == Role.LEADER).findFirst();
        if (leader.isPresent()) {
            plan.leaderId = leader.get().id();
        } else if (!named.isEmpty()) {
            plan.problems.add(Problem.error(col(LedgerField.LEADER), "supervisorNotLeader", written));
        } else {
            plan.problems.add(Problem.error(col(LedgerField.LEADER), "unknownSupervisor", written));
        }
    }

    private void decideSource(SourceRow row, RowPlan plan) {
        String written = text(row, LedgerField.SOURCE, 100, plan);
        plan.problemSource = ProblemSource.DIRECT;
        if (written == null) {
            plan.problems.add(Problem.warning(col(LedgerField.SOURCE), "defaultProblemSource"));
            return;
        }
        ProblemSource source = SOURCES.get(InputText.withoutSpaces(written));
        if (source == null) {
            plan.problems.add(Problem.warning(col(LedgerField.SOURCE), "unknownProblemSource", written));
        } else {
            plan.problemSource = source;
        }
    }

    /**
     * 待交办 (or nothing) is raised; 办理中 is raised and 交办 when the importer may assign it (LEADER, ADMIN, the lead
     * unit's lead), else left 待交办 with a warning; 申请销号 likewise, the application to be made again by the lead
     * unit; 已销号 cannot be recorded after the fact (销号 is the supervisor's confirmation), so the row is an error.
     */
    private void decideStatus(SourceRow row, RowPlan plan) {
        String written = text(row, LedgerField.STATUS, 100, plan);
        if (written == null) {
            return;
        }
        int column = col(LedgerField.STATUS);
        ProblemStatus status = STATUSES.get(InputText.withoutSpaces(written).replaceAll("[()（）]", ""));
        if (status == null) {
            plan.problems.add(Problem.error(column, "unknownProblemStatus", written));
            return;
        }
        switch (status) {
            case CLOSED -> plan.problems.add(Problem.error(column, "closedNotImported", written));
            case IN_PROGRESS, CLOSE_REQUESTED -> {
                boolean mayAssign = context.seesAll() || context.me().role() == Role.UNIT_LEAD
                        && plan.unitId != null && plan.unitId.equals(context.me().unitId());
                if (mayAssign) {
                    plan.assign = true;
                    plan.problems.add(Problem.note(column, "assigned"));
                } else {
                    plan.problems.add(Problem.warning(column, "notAssigned", written));
                }
                if (status == ProblemStatus.CLOSE_REQUESTED) {
                    plan.problems.add(Problem.warning(column, "closeRequestNotImported"));
                }
            }
            default -> {
            }
        }
    }

    /** 备注 and 进展 under their headings, then where the problem came from (file and row), as the raising report. */
    private String description(SourceRow row, RowPlan plan) {
        StringBuilder text = new StringBuilder();
        for (LedgerField field : List.of(LedgerField.PROGRESS, LedgerField.REMARKS)) {
            String value = text(row, field, 10_000, plan);
            if (value != null) {
                ColumnMapping.Column column = columns.get(field);
                text.append(text.isEmpty() ? "" : "\n").append(InputText.strip(column.header())).append("：").append(value);
            }
        }
        if (text.length() > MAX_DESCRIPTION) {
            plan.problems.add(Problem.warning(col(LedgerField.REMARKS), "problemDescriptionCut", MAX_DESCRIPTION));
            return text.substring(0, MAX_DESCRIPTION - 1) + "…";
        }
        return text.isEmpty() ? null : text.toString();
    }

    /**
     * A problem of the same title on the same project is there already, whatever the row says about it (an exported
     * ledger read back, overdue and closed items included, adds nothing).
     */
    private boolean alreadyThere(RowPlan plan) {
        String title = InputText.withoutSpaces(plan.problemTitle);
        Optional<ProblemRow> existing = problemsOfProject.computeIfAbsent(plan.projectId, supervision::ofProject).stream()
                .filter(p -> InputText.withoutSpaces(p.title()).equals(title)).findFirst();
        if (existing.isEmpty() || plan.hasErrors()) {
            return false;
        }
        plan.action = RowAction.UNCHANGED;
        plan.problems.add(Problem.note(col(LedgerField.PROBLEM_TITLE), "problemExists",
                "problemStatus." + existing.get().status().name()));
        return true;
    }

    /** The same problem twice in the file is an error; otherwise the row raises it. */
    private void decideAction(RowPlan plan) {
        String title = InputText.withoutSpaces(plan.problemTitle);
        Integer earlier = inFile.putIfAbsent(plan.projectId + "|" + title, plan.rowNumber);
        if (earlier != null) {
            plan.problems.add(Problem.error(col(LedgerField.PROBLEM_TITLE), "duplicateProblemInFile", earlier));
            return;
        }
        plan.action = RowAction.CREATE_PROBLEM;
    }
}
