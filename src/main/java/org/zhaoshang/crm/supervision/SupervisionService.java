package org.zhaoshang.crm.supervision;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhaoshang.crm.base.NotFoundException;
import org.zhaoshang.crm.base.files.FileStore;
import org.zhaoshang.crm.org.Role;
import org.zhaoshang.crm.project.ProjectService;
import org.zhaoshang.crm.security.CrmPrincipal;
import org.zhaoshang.crm.security.CurrentUser;

/**
 * 问题督办. Who may do what: anyone who sees the project raises a problem; a leader, ADMIN or the lead
 * unit's unit lead assigns it (交办); the lead unit reports progress and applies for 销号; only the
 * supervising leader — or, for unsupervised items, the lead unit's unit lead — confirms 销号 or sends it back.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class SupervisionService {

    static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");

    private final ProblemRepository problems;
    private final ProblemEventRepository events;
    private final ProjectService projects;
    private final WorkingDays workingDays;
    private final CurrentUser currentUser;
    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final FileStore files;
    private final int maxFilesPerReport;

    SupervisionService(ProblemRepository problems, ProblemEventRepository events, ProjectService projects,
            WorkingDays workingDays, CurrentUser currentUser, NamedParameterJdbcTemplate jdbc, Optional<Clock> clock,
            SupervisionSettings settings) {
        this.problems = problems;
        this.events = events;
        this.projects = projects;
        this.workingDays = workingDays;
        this.currentUser = currentUser;
        this.jdbc = jdbc;
        this.clock = clock.orElse(Clock.systemUTC());
        this.files = new FileStore(settings.files().directory(), settings.files().maxBytes(), FileStore.DOCUMENTS, "problem.file");
        this.maxFilesPerReport = settings.files().maxPerReport();
    }

    /** Raises a problem on a project the caller may see (待交办). */
    @Transactional
    public Long raise(ProblemDraft draft) {
        CrmPrincipal me = currentUser.require();
        projects.get(draft.projectId());
        return create(draft, me, null, false);
    }

    /** Creates an item from a meeting decision: assigned at once (办理中). */
    @Transactional
    Long fromDecision(ProblemDraft draft, Long meetingId) {
        return create(draft, currentUser.require(), meetingId, true);
    }

    private Long create(ProblemDraft draft, CrmPrincipal me, Long meetingId, boolean assign) {
        if (draft.projectId() == null) {
            throw new org.zhaoshang.crm.base.BusinessException("validation.required", "problem.field.project");
        }
        Problem problem = new Problem(draft.projectId(), me.userId(), today(),
                draft.source() == null ? ProblemSource.DIRECT : draft.source(), meetingId);
        problem.update(withDeadline(draft));
        if (assign) {
            problem.assign();
        }
        problems.saveAndFlush(problem);
        event(problem, "RAISED", me, draft.description());
        if (assign) {
            event(problem, "ASSIGNED", me, null);
        }
        return problem.getId();
    }

    /** 交办 to the lead unit. */
    @Transactional
    public void assign(Long id, long version) {
        CrmPrincipal me = currentUser.require();
        Problem problem = load(id, version);
        boolean allowed = me.role() == Role.LEADER || me.role() == Role.ADMIN
                || me.role() == Role.UNIT_LEAD && problem.getLeadUnitId().equals(me.unitId());
        if (!allowed) {
            throw new AccessDeniedException("Only leaders, administrators and the lead unit's lead assign items");
        }
        problem.assign();
        problems.saveAndFlush(problem);
        event(problem, "ASSIGNED", me, null);
    }

    /** A progress report of the lead unit (or a co-operating unit). */
    @Transactional
    public void reportProgress(Long id, String content) {
        reportProgress(id, content, List.of());
    }

    /**
     * A progress report with files (批复文件, photos, the unit's report). The files are kept only if the report is:
     * a refused file or report leaves nothing stored.
     */
    @Transactional
    public void reportProgress(Long id, String content, List<ReportFile> attached) {
        CrmPrincipal me = currentUser.require();
        Problem problem = problems.findById(id).orElseThrow(() -> new NotFoundException("problem", id));
        if (!problem.getLeadUnitId().equals(me.unitId()) && !problem.getCoUnitIds().contains(me.unitId())) {
            throw new AccessDeniedException("Only the lead and co-operating units report progress");
        }
        if (content == null || content.isBlank()) {
            throw new org.zhaoshang.crm.base.BusinessException("validation.required", "problem.field.progress");
        }
        if (problem.getStatus() == ProblemStatus.CLOSED) {
            throw new org.zhaoshang.crm.base.BusinessException("problem.error.wrongStatus", "problemStatus.CLOSED");
        }
        attach(problem, event(problem, "PROGRESS", me, content), me, attached);
    }

    /** 申请销号 by the lead unit. */
    @Transactional
    public void requestClose(Long id, long version, String report) {
        requestClose(id, version, report, List.of());
    }

    /** 申请销号 by the lead unit, with the files that prove it is solved. */
    @Transactional
    public void requestClose(Long id, long version, String report, List<ReportFile> attached) {
        CrmPrincipal me = currentUser.require();
        Problem problem = load(id, version);
        if (!problem.getLeadUnitId().equals(me.unitId())) {
            throw new AccessDeniedException("Only the lead unit applies for close-out");
        }
        problem.requestClose();
        problems.saveAndFlush(problem);
        attach(problem, event(problem, "CLOSE_REQUESTED", me, report), me, attached);
    }

    /** The bytes of a report's file. */
    public java.io.InputStream openFile(Long fileId) {
        String key = jdbc.query("select storage_key from problem_file where id = :id", Map.of("id", fileId),
                rs -> rs.next() ? rs.getString(1) : null);
        if (key == null) {
            throw new NotFoundException("problem_file", fileId);
        }
        return files.open(key);
    }

    private void attach(Problem problem, Long eventId, CrmPrincipal me, List<ReportFile> attached) {
        if (attached == null || attached.isEmpty()) {
            return;
        }
        if (attached.size() > maxFilesPerReport) {
            throw new org.zhaoshang.crm.base.BusinessException("problem.file.tooMany", maxFilesPerReport);
        }
        List<String> stored = new ArrayList<>();
        try {
            for (ReportFile file : attached) {
                String name = file.fileName() == null ? "" : file.fileName().strip();
                if (name.isEmpty() || name.length() > 255) {
                    throw new org.zhaoshang.crm.base.BusinessException("problem.file.badName");
                }
                FileStore.Stored saved = files.store(new java.io.ByteArrayInputStream(file.content()), name);
                stored.add(saved.key());
                jdbc.update("""
                        insert into problem_file (problem_id, event_id, file_name, content_type, size_bytes, sha256, storage_key,
                                                  uploaded_by, uploaded_at)
                        values (:problem, :event, :name, :type, :size, :sha, :key, :by, :at)
                        """, new MapSqlParameterSource().addValue("problem", problem.getId()).addValue("event", eventId)
                        .addValue("name", name).addValue("type", saved.contentType()).addValue("size", saved.size())
                        .addValue("sha", saved.sha256()).addValue("key", saved.key()).addValue("by", me.displayName())
                        .addValue("at", now(clock)));
            }
        } catch (RuntimeException refused) {
            // The transaction rolls the rows back; the bytes already on disk must go too.
            stored.forEach(files::delete);
            throw refused;
        }
        if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
            org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                    new org.springframework.transaction.support.TransactionSynchronization() {
                        @Override
                        public void afterCompletion(int status) {
                            if (status != STATUS_COMMITTED) {
                                stored.forEach(files::delete);
                            }
                        }
                    });
        }
    }

    /** 销号, by the supervising leader (or the lead unit's unit lead when nobody supervises it). */
    @Transactional
    public void confirmClose(Long id, long version) {
        CrmPrincipal me = currentUser.require();
        Problem problem = load(id, version);
        checkConfirmer(problem, me);
        problem.confirmClose(me.userId(), clock.instant());
        problems.saveAndFlush(problem);
        event(problem, "CLOSED", me, null);
    }

    /** 退回 with a reason; the item goes back to 办理中. */
    @Transactional
    public void sendBack(Long id, long version, String reason) {
        CrmPrincipal me = currentUser.require();
        Problem problem = load(id, version);
        checkConfirmer(problem, me);
        problem.sendBack(reason);
        problems.saveAndFlush(problem);
        event(problem, "RETURNED", me, reason);
    }

    /** Who confirms 销号 of this item. */
    public boolean mayConfirm(ProblemRow problem) {
        CrmPrincipal me = currentUser.require();
        return problem.supervisingLeaderId() != null ? problem.supervisingLeaderId().equals(me.userId())
                : me.role() == Role.UNIT_LEAD && problem.leadUnitId().equals(me.unitId());
    }

    private void checkConfirmer(Problem problem, CrmPrincipal me) {
        boolean allowed = problem.getSupervisingLeaderId() != null ? problem.getSupervisingLeaderId().equals(me.userId())
                : me.role() == Role.UNIT_LEAD && problem.getLeadUnitId().equals(me.unitId());
        if (!allowed) {
            throw new AccessDeniedException("Only the supervising leader (or the unit lead) confirms close-out");
        }
    }

    public ProblemRow get(Long id) {
        return query(" where p.id = :id", new MapSqlParameterSource("id", id)).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("problem", id));
    }

    /** 本单位: open items addressed to the caller's unit (lead or co-operating), by deadline. */
    public List<ProblemRow> myUnitInbox() {
        CrmPrincipal me = currentUser.require();
        return query(" where p.status <> 'CLOSED' and (p.lead_unit_id = :unit or exists (select 1 from problem_unit pu"
                + " where pu.problem_id = p.id and pu.unit_id = :unit)) order by p.deadline, p.id",
                new MapSqlParameterSource("unit", me.unitId()));
    }

    /** 我督办的: everything under the caller's supervision, overdue first. */
    public List<ProblemRow> supervisedByMe() {
        CrmPrincipal me = currentUser.require();
        List<ProblemRow> rows = new ArrayList<>(query(" where p.supervising_leader_id = :me order by p.status = 'CLOSED', p.deadline, p.id",
                new MapSqlParameterSource("me", me.userId())));
        rows.sort(java.util.Comparator.comparing((ProblemRow r) -> !r.overdue()).thenComparing(ProblemRow::deadline));
        return rows;
    }

    /** All items of a project. */
    public List<ProblemRow> ofProject(Long projectId) {
        projects.get(projectId);
        return query(" where p.project_id = :project order by p.status = 'CLOSED', p.deadline, p.id",
                new MapSqlParameterSource("project", projectId));
    }

    /**
     * Items the lead unit still has to work on (待交办, 办理中) with a deadline on or before {@code latest}, for the
     * deadline reminders; items waiting for 销号 confirmation are the confirmer's move, not the unit's.
     */
    @PreAuthorize("hasRole('ADMIN')")
    public List<ProblemRow> openDueBy(LocalDate latest) {
        return query(" where p.status in ('TO_ASSIGN', 'IN_PROGRESS') and p.deadline <= :latest order by p.deadline, p.id",
                new MapSqlParameterSource("latest", latest));
    }

    /** District-wide list (LEADER, ADMIN), open ones first. */
    @PreAuthorize("hasAnyRole('LEADER', 'ADMIN')")
    public List<ProblemRow> all(boolean includeClosed) {
        return query((includeClosed ? "" : " where p.status <> 'CLOSED'") + " order by p.status = 'CLOSED', p.deadline, p.id",
                new MapSqlParameterSource());
    }

    /**
     * 问题督办台账: problems by raised date. LEADER and ADMIN see the district; everyone else the items their own
     * unit leads, whatever unit the query names.
     */
    public List<ProblemLedgerRow> ledger(ProblemLedgerQuery q) {
        CrmPrincipal me = currentUser.require();
        Long unit = me.role() == Role.LEADER || me.role() == Role.ADMIN ? q.unitId() : me.unitId();
        MapSqlParameterSource params = new MapSqlParameterSource();
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (unit != null) {
            where.append(" and p.lead_unit_id = :unit");
            params.addValue("unit", unit);
        }
        if (q.leaderId() != null) {
            where.append(" and p.supervising_leader_id = :leader");
            params.addValue("leader", q.leaderId());
        }
        if (q.areaId() != null) {
            where.append(" and (pr.area_id = :area or pr.area_id in (select id from area where parent_id = :area))");
            params.addValue("area", q.areaId());
        }
        if (q.industryId() != null) {
            where.append(" and (pr.industry_id = :industry or pr.industry_id in (select id from industry where parent_id = :industry))");
            params.addValue("industry", q.industryId());
        }
        if (q.from() != null) {
            where.append(" and p.raised_on >= :from");
            params.addValue("from", q.from());
        }
        if (q.to() != null) {
            where.append(" and p.raised_on <= :to");
            params.addValue("to", q.to());
        }
        Map<Long, Object[]> extra = new java.util.HashMap<>();
        jdbc.query("""
                select p.id, p.closed_at, (select e.content from problem_event e where e.problem_id = p.id
                  and e.kind in ('PROGRESS', 'CLOSE_REQUESTED') and e.content is not null
                  order by e.created_at desc, e.id desc limit 1) as latest
                from problem p join project pr on pr.id = p.project_id""" + where, params, rs -> {
                    Timestamp closed = rs.getTimestamp("closed_at");
                    extra.put(rs.getLong("id"), new Object[] {rs.getString("latest"),
                            closed == null ? null : closed.toInstant().atZone(OFFICE).toLocalDate()});
                });
        return query(where + " order by p.raised_on, p.id", params).stream().map(row -> {
            Object[] more = extra.getOrDefault(row.id(), new Object[2]);
            return new ProblemLedgerRow(row, (String) more[0], (LocalDate) more[1]);
        }).toList();
    }

    public List<ProblemEventRow> events(Long problemId) {
        Map<Long, List<ProblemFileRow>> byEvent = jdbc.query("select * from problem_file where problem_id = :id order by id",
                Map.of("id", problemId), (rs, n) -> new ProblemFileRow(rs.getLong("id"), rs.getLong("event_id"), rs.getString("file_name"),
                        rs.getString("content_type"), rs.getLong("size_bytes"), rs.getString("uploaded_by"),
                        rs.getTimestamp("uploaded_at").toInstant())).stream()
                .collect(java.util.stream.Collectors.groupingBy(ProblemFileRow::eventId));
        return jdbc.query("select * from problem_event where problem_id = :id order by created_at desc, id desc",
                Map.of("id", problemId), (rs, n) -> new ProblemEventRow(rs.getLong("id"), rs.getString("kind"), rs.getString("author_name"),
                        rs.getString("content"), rs.getTimestamp("created_at").toInstant(), byEvent.getOrDefault(rs.getLong("id"), List.of())));
    }

    /** Problem categories (土地, 规划 …) as id → name, in display order. */
    public Map<Long, String> categories() {
        Map<Long, String> result = new java.util.LinkedHashMap<>();
        jdbc.query("select id, name from problem_category where active = true order by sort_order", rs -> {
            result.put(rs.getLong("id"), rs.getString("name"));
        });
        return result;
    }

    /** The deadline {@code n} working days from today, on the working-day calendar. */
    public LocalDate deadlineInWorkingDays(int n) {
        return workingDays.plusWorkingDays(today(), n);
    }

    private List<ProblemRow> query(String where, MapSqlParameterSource params) {
        LocalDate today = today();
        return jdbc.query("""
                select p.*, pr.name as project_name, c.name as category_name, u.name as unit_name,
                       r.display_name as raised_by_name, l.display_name as leader_name,
                       (select group_concat(cu.name order by cu.sort_order separator '、') from problem_unit pu
                          join unit cu on cu.id = pu.unit_id where pu.problem_id = p.id) as co_units
                from problem p join project pr on pr.id = p.project_id join problem_category c on c.id = p.category_id
                join unit u on u.id = p.lead_unit_id join app_user r on r.id = p.raised_by_id
                left join app_user l on l.id = p.supervising_leader_id
                """ + where, params, (rs, n) -> {
                    LocalDate deadline = rs.getObject("deadline", LocalDate.class);
                    ProblemStatus status = ProblemStatus.valueOf(rs.getString("status"));
                    boolean overdue = status != ProblemStatus.CLOSED && deadline.isBefore(today);
                    String co = rs.getString("co_units");
                    return new ProblemRow(rs.getLong("id"), rs.getLong("version"), rs.getLong("project_id"),
                            rs.getString("project_name"), rs.getString("title"), rs.getString("description"),
                            rs.getString("category_name"), ProblemSource.valueOf(rs.getString("source")), rs.getLong("lead_unit_id"),
                            rs.getString("unit_name"), co == null ? List.of() : List.of(co.split("、")),
                            rs.getObject("raised_on", LocalDate.class), rs.getString("raised_by_name"), deadline,
                            rs.getObject("supervising_leader_id", Long.class), rs.getString("leader_name"), status,
                            rs.getString("returned_reason"), overdue, overdue ? workingDays.workingDaysBetween(deadline, today) : 0);
                });
    }

    private ProblemDraft withDeadline(ProblemDraft d) {
        if (d.workingDays() == null) {
            return d;
        }
        return new ProblemDraft(d.id(), d.version(), d.projectId(), d.title(), d.description(), d.categoryId(), d.source(),
                d.leadUnitId(), d.coUnitIds() == null ? Set.of() : d.coUnitIds(), workingDays.plusWorkingDays(today(), d.workingDays()),
                null, d.supervisingLeaderId());
    }

    private Problem load(Long id, long version) {
        Problem problem = problems.findById(id).orElseThrow(() -> new NotFoundException("problem", id));
        problem.checkVersion(version);
        return problem;
    }

    private Long event(Problem problem, String kind, CrmPrincipal me, String content) {
        return events.saveAndFlush(new ProblemEvent(problem.getId(), kind, me.userId() == 0 ? null : me.userId(), me.displayName(),
                content, clock.instant())).getId();
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(OFFICE));
    }

    static Timestamp now(Clock clock) {
        return Timestamp.from(clock.instant());
    }
}
