package org.zhaoshang.crm.project;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhaoshang.crm.base.BusinessException;
import org.zhaoshang.crm.base.NotFoundException;
import org.zhaoshang.crm.base.text.PinyinInitials;
import org.zhaoshang.crm.company.CompanyRef;
import org.zhaoshang.crm.company.CompanyService;
import org.zhaoshang.crm.org.Role;
import org.zhaoshang.crm.org.UserAccountService;
import org.zhaoshang.crm.org.UserRef;
import org.zhaoshang.crm.security.CrmPrincipal;

/**
 * 招商项目: create and edit projects, move them through the pipeline, keep their agreements and files,
 * and read lists, the board, timelines and the audit history. Every call is checked against the access
 * rule of {@link ProjectAccess}; a refused call changes nothing.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ProjectService {

    private final ProjectRepository projects;
    private final StageChangeRepository stageChanges;
    private final AgreementRepository agreements;
    private final AttachmentRepository attachments;
    private final AttachmentStorage storage;
    private final ProjectQueries queries;
    private final ProjectHistory history;
    private final ProjectAccess access;
    private final CompanyService companies;
    private final UserAccountService users;
    private final StaleRules staleRules;
    private final Clock clock;

    ProjectService(ProjectRepository projects, StageChangeRepository stageChanges, AgreementRepository agreements,
            AttachmentRepository attachments, AttachmentStorage storage, ProjectQueries queries, ProjectHistory history,
            ProjectAccess access, CompanyService companies, UserAccountService users, StaleRules staleRules,
            Optional<Clock> clock) {
        this.staleRules = staleRules;
        this.projects = projects;
        this.stageChanges = stageChanges;
        this.agreements = agreements;
        this.attachments = attachments;
        this.storage = storage;
        this.queries = queries;
        this.history = history;
        this.access = access;
        this.companies = companies;
        this.users = users;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** A page of the projects the caller may see, narrowed by the filter. */
    public List<ProjectSummary> list(ProjectFilter filter, int offset, int limit, List<ProjectSort> sort) {
        return queries.list(filter, offset, limit, sort);
    }

    public long count(ProjectFilter filter) {
        return queries.count(filter);
    }

    /** Count and 万元 total of what the filter finds. */
    public ProjectTotals totals(ProjectFilter filter) {
        return queries.totals(filter);
    }

    /** The kanban board: every stage with its count and 万元 total, and up to {@code cards} newest cards. */
    public List<BoardColumn> board(ProjectFilter filter, int cards) {
        return queries.board(filter, cards);
    }

    /** The project page; refuses a project of another unit with an access-denied error. */
    public ProjectDetails get(Long id) {
        Project project = load(id);
        access.checkSee(project);
        return queries.details(id, true).orElseThrow(() -> new NotFoundException("project", id));
    }

    /** Creates a project (stage 线索 or 对接) and records its first timeline entry. */
    @Transactional
    public Long create(ProjectDraft draft) {
        CrmPrincipal me = access.me();
        ProjectDraft checked = validate(draft, me);
        Project project = Project.create(draft.initialStage() == null ? Stage.LEAD : draft.initialStage(), clock.instant());
        project.update(checked, searchKey(checked), queries.today());
        project.locate(companies.hqCityOf(checked.companyId()).orElse(null));
        projects.saveAndFlush(project);
        stageChanges.save(new StageChange(project.getId(), StageChangeKind.CREATED, null, project.getStage(), actor(me), null));
        return project.getId();
    }

    /** Saves edited facts; refused when someone else saved the project in the meantime. */
    @Transactional
    public void update(ProjectDraft draft) {
        CrmPrincipal me = access.me();
        Project project = load(draft.id());
        access.checkSee(project);
        project.checkVersion(draft.version());
        ProjectDraft checked = validate(draft, me);
        project.update(checked, searchKey(checked), queries.today());
        project.locate(companies.hqCityOf(checked.companyId()).orElse(null));
        projects.saveAndFlush(project);
    }

    /** The facts the target stage still needs; the transition dialog asks for exactly these. */
    public List<Fact> missingFacts(Long id, Stage target) {
        Project project = load(id);
        access.checkSee(project);
        return project.missingFor(target, agreements.existsByProjectId(id));
    }

    /**
     * Moves the project forward to {@code target}, filling the missing facts from {@code facts}; signing
     * facts become an agreement. Refused with {@link MissingFactsException} when facts are still missing.
     */
    @Transactional
    public void advance(Long id, long version, Stage target, StageFacts facts, String remark) {
        Project project = loadForChange(id, version);
        boolean hadAgreement = agreements.existsByProjectId(id);
        List<Fact> needed = project.missingFor(target, hadAgreement);
        StageChange change = project.advanceTo(target, facts, hadAgreement, actor(access.me()), remark, queries.today());
        if (needed.contains(Fact.AGREEMENT_TYPE)) {
            String parties = facts.agreementParties();
            if (parties == null || parties.isBlank()) {
                parties = "二七区 / " + companies.ref(project.getCompanyId()).map(CompanyRef::name).orElse("");
            }
            LocalDate signedOn = facts.signDate() != null ? facts.signDate() : project.getActualSignDate();
            agreements.saveAndFlush(new Agreement(id, facts.agreementType(), facts.agreementTitle(), signedOn, parties,
                    facts.agreementAmount()));
            project.agreementsChanged(agreements.findByProjectIdOrderBySignedOnDescIdDesc(id));
        }
        finish(project, change);
    }

    /** Back to an earlier stage, for LEADER and ADMIN, with a reason. */
    @Transactional
    public void stepBack(Long id, long version, Stage target, String reason) {
        access.checkMayStepBack();
        Project project = loadForChange(id, version);
        finish(project, project.stepBackTo(target, actor(access.me()), reason));
    }

    /** 搁置 with a reason; {@link #resume} brings it back to where it was. */
    @Transactional
    public void putOnHold(Long id, long version, String reason) {
        Project project = loadForChange(id, version);
        finish(project, project.putOnHold(actor(access.me()), reason));
    }

    /** 终止 with a reason. */
    @Transactional
    public void drop(Long id, long version, String reason) {
        Project project = loadForChange(id, version);
        finish(project, project.drop(actor(access.me()), reason));
    }

    /** Resumes a paused project; a dropped one only by LEADER or ADMIN. */
    @Transactional
    public void resume(Long id, long version, String remark) {
        Project project = loadForChange(id, version);
        if (project.getStage() == Stage.DROPPED) {
            access.checkMayStepBack();
        }
        finish(project, project.resume(actor(access.me()), remark));
    }

    public List<StageChangeRow> timeline(Long id) {
        access.checkSee(load(id));
        return stageChanges.findByProjectIdOrderByChangedAtDescIdDesc(id).stream().map(StageChange::toRow).toList();
    }

    public List<AgreementRow> agreements(Long id) {
        access.checkSee(load(id));
        return agreements.findByProjectIdOrderBySignedOnDescIdDesc(id).stream().map(Agreement::toRow).toList();
    }

    /** Every audited change of the project, newest first, field by field. */
    public List<HistoryEntry> history(Long id) {
        access.checkSee(load(id));
        return history.of(id);
    }

    public List<AttachmentRow> attachments(Long id) {
        access.checkSee(load(id));
        return attachments.findByProjectIdOrderByUploadedAtDesc(id).stream().map(Attachment::toRow).toList();
    }

    /** Stores a PDF or image for the project (size and type checked); nothing is kept if refused. */
    @Transactional
    public AttachmentRow addAttachment(Long projectId, Long agreementId, String fileName, InputStream content) {
        Project project = load(projectId);
        access.checkSee(project);
        if (fileName == null || fileName.isBlank() || fileName.length() > 255) {
            throw new BusinessException("project.attachment.badName");
        }
        org.zhaoshang.crm.base.files.FileStore.Stored stored = storage.store(content);
        try {
            Attachment attachment = new Attachment(projectId, agreementId, fileName.strip(), stored.contentType(),
                    stored.size(), stored.sha256(), stored.key(), access.me().displayName(), clock.instant());
            return attachments.saveAndFlush(attachment).toRow();
        } catch (RuntimeException e) {
            storage.delete(stored.key());
            throw e;
        }
    }

    /** The bytes of an attachment the caller may see. */
    public InputStream openAttachment(Long attachmentId) {
        Attachment attachment = attachments.findById(attachmentId)
                .orElseThrow(() -> new NotFoundException("attachment", attachmentId));
        access.checkSee(load(attachment.getProjectId()));
        return storage.open(attachment.getStorageKey());
    }

    /**
     * Notes activity on a project (a visit, later a follow-up): it keeps the project from going stale.
     * Refused for a project the caller may not see.
     */
    @Transactional
    public void recordActivity(Long projectId, java.time.Instant at) {
        Project project = load(projectId);
        access.checkSee(project);
        project.touch(at);
    }

    /** Stage changes in a period, newest first (district-wide; for the leaders' weekly digest). */
    @PreAuthorize("hasAnyRole('LEADER', 'ADMIN')")
    public List<ProjectMove> moves(java.time.Instant from, java.time.Instant to) {
        return queries.moves(from, to);
    }

    /** Every stale project with its owner (district-wide; for reminders). */
    @PreAuthorize("hasRole('ADMIN')")
    public List<StaleProject> staleProjects() {
        return queries.staleProjects();
    }

    /** Days without activity that make a project stale, per stage. */
    public java.util.Map<Stage, Integer> staleRules() {
        return staleRules.all();
    }

    /** Sets (or with null removes) the stale rule of a stage; ADMIN only. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void saveStaleRule(Stage stage, Integer days) {
        if (days != null && (days < 1 || days > 3650)) {
            throw new BusinessException("project.error.staleDays");
        }
        staleRules.save(stage, days);
    }

    /** Reference lookups the project forms need. */
    public List<UserRef> owners() {
        return users.pickList(null);
    }

    public List<UserRef> leaders() {
        return users.pickList(Role.LEADER);
    }

    public boolean mayStepBack() {
        return access.seesAll(access.me());
    }

    private void finish(Project project, StageChange change) {
        projects.saveAndFlush(project);
        stageChanges.save(change);
    }

    private Project loadForChange(Long id, long version) {
        Project project = load(id);
        access.checkSee(project);
        project.checkVersion(version);
        return project;
    }

    private Project load(Long id) {
        return projects.findById(id).orElseThrow(() -> new NotFoundException("project", id));
    }

    private Project.Actor actor(CrmPrincipal me) {
        return new Project.Actor(me.userId() == 0 ? null : me.userId(), me.displayName(), clock.instant());
    }

    private ProjectDraft validate(ProjectDraft d, CrmPrincipal me) {
        if (d.name() == null || d.name().isBlank()) {
            throw new BusinessException("validation.required", "project.field.name");
        }
        if (d.companyId() == null || companies.ref(d.companyId()).isEmpty()) {
            throw new BusinessException("validation.required", "project.field.company");
        }
        if (d.source() == null) {
            throw new BusinessException("validation.required", "project.field.source");
        }
        if (d.ownerId() == null) {
            throw new BusinessException("validation.required", "project.field.owner");
        }
        UserRef owner = users.ref(d.ownerId()).orElseThrow(() -> new NotFoundException("user", d.ownerId()));
        Long unitId = d.responsibleUnitId() == null ? owner.unitId() : d.responsibleUnitId();
        if (!access.seesAll(me) && !unitId.equals(me.unitId()) && !d.ownerId().equals(me.userId())) {
            throw new AccessDeniedException("STAFF and UNIT_LEAD keep projects of their own unit");
        }
        if (d.leaderInChargeId() != null && users.ref(d.leaderInChargeId()).filter(u -> u.role() == Role.LEADER).isEmpty()) {
            throw new BusinessException("project.error.leaderNotLeader");
        }
        for (java.math.BigDecimal amount : new java.math.BigDecimal[] {d.totalInvestment(), d.fixedAssetInvestment(),
                d.expectedAnnualRevenue(), d.expectedTax(), d.landNeedMu(), d.floorSpaceSqm()}) {
            if (amount != null && amount.signum() < 0) {
                throw new BusinessException("project.error.negative");
            }
        }
        if (d.jobs() != null && d.jobs() < 0) {
            throw new BusinessException("project.error.negative");
        }
        if (d.fixedAssetInvestment() != null && d.totalInvestment() != null
                && d.fixedAssetInvestment().compareTo(d.totalInvestment()) > 0) {
            throw new BusinessException("project.error.fixedAboveTotal");
        }
        return new ProjectDraft(d.id(), d.version(), d.name(), d.companyId(), d.industryId(), d.investmentMode(),
                d.totalInvestment(), d.fixedAssetInvestment(), d.expectedAnnualRevenue(), d.expectedTax(), d.jobs(),
                d.landNeedMu(), d.floorSpaceSqm(), d.areaId(), d.carrier(), d.source(), d.sourceTripId(), d.ownerId(),
                unitId, d.leaderInChargeId(), d.keyDistrict(), d.keyProvincial(), d.inLibrary(), d.libraryDate(),
                d.siteVisitDate(), d.plannedSignDate(), d.actualSignDate(), d.plannedLandDate(), d.actualLandDate(),
                d.plannedStartDate(), d.actualStartDate(), d.plannedOperationDate(), d.actualOperationDate(),
                d.description(), d.initialStage());
    }

    private String searchKey(ProjectDraft draft) {
        CompanyRef company = companies.ref(draft.companyId()).orElseThrow();
        return PinyinInitials.searchKey(draft.name(), company.name(), company.shortName());
    }
}
