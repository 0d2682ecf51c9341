package org.zhaoshang.crm.ledger.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhaoshang.crm.base.BusinessException;
import org.zhaoshang.crm.company.CompanyDraft;
import org.zhaoshang.crm.company.CompanyService;
import org.zhaoshang.crm.ledger.LedgerType;
import org.zhaoshang.crm.org.ReferenceDataService;
import org.zhaoshang.crm.org.Role;
import org.zhaoshang.crm.org.UnitSummary;
import org.zhaoshang.crm.org.UserAccountService;
import org.zhaoshang.crm.project.ProjectDetails;
import org.zhaoshang.crm.project.ProjectDraft;
import org.zhaoshang.crm.project.ProjectService;
import org.zhaoshang.crm.project.Stage;
import org.zhaoshang.crm.project.StageFacts;
import org.zhaoshang.crm.security.CrmPrincipal;
import org.zhaoshang.crm.security.CurrentUser;
import org.zhaoshang.crm.supervision.ProblemDraft;
import org.zhaoshang.crm.supervision.SupervisionService;
import org.zhaoshang.crm.trip.TripDraft;
import org.zhaoshang.crm.trip.TripService;
import org.zhaoshang.crm.trip.VisitDraft;
import org.zhaoshang.crm.trip.VisitKind;

/**
 * 台账导入: reads an old Excel/CSV ledger ({@link #read}), suggests which column is which field
 * ({@link #suggestMapping}), shows what each row would become ({@link #preview}) and, once confirmed, writes
 * it all in one transaction or nothing ({@link #importLedger}); a rejected file's rows come back as an error
 * sheet ({@link #writeErrorSheet}). Companies and projects are written through {@link CompanyService} and
 * {@link ProjectService}, so every rule and access check of theirs holds: STAFF and UNIT_LEAD import projects
 * of their own unit only.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class LedgerImportService {

    private static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");
    private static final int FLUSH_EVERY = 50;
    private static final List<LedgerType> IMPORTABLE = List.of(LedgerType.LEADS, LedgerType.NEGOTIATING, LedgerType.SIGNED,
            LedgerType.THREE_BATCHES, LedgerType.KEY_PROJECTS, LedgerType.PROBLEMS, LedgerType.TRIPS);

    private final CompanyService companies;
    private final ProjectService projects;
    private final SupervisionService supervision;
    private final TripService trips;
    private final ReferenceDataService referenceData;
    private final UserAccountService users;
    private final CurrentUser currentUser;
    private final LedgerImportLogRepository log;
    private final MessageSource messages;
    private final Clock clock;
    private final jakarta.persistence.EntityManager entityManager;
    /** Test seam: called before each row is written, so a test can make the N-th write fail. */
    private volatile IntConsumer beforeWritingRow = row -> {
    };

    LedgerImportService(CompanyService companies, ProjectService projects, SupervisionService supervision,
            TripService trips, ReferenceDataService referenceData,
            UserAccountService users, CurrentUser currentUser, LedgerImportLogRepository log, MessageSource messages,
            jakarta.persistence.EntityManager entityManager, Optional<Clock> clock) {
        this.entityManager = entityManager;
        this.companies = companies;
        this.projects = projects;
        this.supervision = supervision;
        this.trips = trips;
        this.referenceData = referenceData;
        this.users = users;
        this.currentUser = currentUser;
        this.log = log;
        this.messages = messages;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The ledgers that can be imported: all seven (projects, 三个一批, 问题督办 and 外出招商). */
    public List<LedgerType> importableTypes() {
        return IMPORTABLE;
    }

    /** The columns a ledger of this type must have (a missing one is a file error in the preview). */
    public List<LedgerField> requiredFields(LedgerType type) {
        return switch (type) {
            case PROBLEMS -> ProblemPlanner.REQUIRED;
            case TRIPS -> TripPlanner.REQUIRED;
            default -> ImportPlanner.requiredColumns(type);
        };
    }

    /**
     * Reads an uploaded stream: copied to a temporary file (refused beyond 50 MB while copying), read, deleted.
     *
     * @param sheetIndex the sheet to read, or null for the first sheet with a recognisable header
     */
    public LedgerFile read(InputStream content, String fileName, Integer sheetIndex, ImportProgress progress) {
        Path temp = null;
        try {
            temp = Files.createTempFile("ledger-import-", ".upload");
            try (OutputStream out = Files.newOutputStream(temp)) {
                byte[] buffer = new byte[64 * 1024];
                long total = 0;
                int n;
                while ((n = content.read(buffer)) >= 0) {
                    total += n;
                    if (total > ImportLimits.MAX_FILE_BYTES) {
                        throw new LedgerFileException("ledgerimport.file.tooLarge", ImportLimits.MAX_FILE_BYTES / 1024 / 1024);
                    }
                    out.write(buffer, 0, n);
                }
            }
            return read(temp, fileName, sheetIndex, progress);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // the temp directory is cleaned by the system
                }
            }
        }
    }

    /** Reads a file: format by content, the sheet, its header below any title, and the data rows. */
    public LedgerFile read(Path file, String fileName, Integer sheetIndex, ImportProgress progress) {
        String name = fileName == null || fileName.isBlank() ? file.getFileName().toString() : fileName.strip();
        try (SpreadsheetBook book = SpreadsheetFiles.open(file, name)) {
            List<String> sheets = book.sheetNames();
            if (sheets.isEmpty()) {
                throw new LedgerFileException("ledgerimport.file.noSheet");
            }
            int index = sheetIndex == null ? 0 : Math.max(0, Math.min(sheetIndex, sheets.size() - 1));
            RawSheet sheet = SpreadsheetFiles.reading(() -> book.sheet(index, progress));
            if (sheetIndex == null && !LedgerLayout.hasHeader(sheet)) {
                for (int i = 1; i < sheets.size(); i++) {
                    int candidate = i;
                    RawSheet other = SpreadsheetFiles.reading(() -> book.sheet(candidate, progress));
                    if (LedgerLayout.hasHeader(other)) {
                        return layout(other, name, book, candidate);
                    }
                }
            }
            return layout(sheet, name, book, index);
        }
    }

    private static LedgerFile layout(RawSheet sheet, String name, SpreadsheetBook book, int index) {
        LedgerFile file = LedgerLayout.build(sheet, name, book.format(), book.encoding(), book.sheetNames(), index,
                book.fileYear());
        if (file.rows().isEmpty()) {
            throw new LedgerFileException("ledgerimport.file.noRows", file.headerRowNumber());
        }
        if (file.rows().size() > ImportLimits.MAX_ROWS) {
            throw new LedgerFileException("ledgerimport.file.tooManyRows", ImportLimits.MAX_ROWS);
        }
        return file;
    }

    /** Each column's field by its header as a project ledger's (see {@link #suggestMapping(LedgerFile, LedgerType)}). */
    public ColumnMapping suggestMapping(LedgerFile file) {
        return suggestMapping(file, LedgerType.SIGNED);
    }

    /**
     * Each column's field by its header (synonyms, the planned twin of a date), among the fields a ledger of this type
     * has, and its amount unit.
     */
    public ColumnMapping suggestMapping(LedgerFile file, LedgerType type) {
        List<ColumnMapping.Column> columns = new ArrayList<>();
        java.util.Set<LedgerField> taken = java.util.EnumSet.noneOf(LedgerField.class);
        for (int c = 0; c < file.columnCount(); c++) {
            String header = file.headers().get(c);
            LedgerField field = HeaderNames.field(header, type).filter(f -> f == LedgerField.SEQ || !taken.contains(f)).orElse(null);
            if (field != null) {
                taken.add(field);
            }
            AmountUnit fallback = file.titleUnit() == null ? AmountUnit.WAN : file.titleUnit();
            columns.add(new ColumnMapping.Column(c, header, field, HeaderNames.unit(header).orElse(fallback)));
        }
        return new ColumnMapping(columns);
    }

    /** What confirming would do with each row; writes nothing. */
    public ImportPreview preview(LedgerFile file, LedgerType type, ColumnMapping mapping, ImportOptions options,
            ImportProgress progress) {
        requireImportable(type);
        LedgerRowPlanner planner = planner(file, type, mapping, options);
        List<Problem> fileProblems = planner.fileProblems();
        List<RowPlan> plans = fileProblems.stream().anyMatch(Problem::isError) ? List.of()
                : planner.planAll(file.rows(), progress);
        LedgerValues.PeriodYear period = period(file, options);
        return new ImportPreview(type, file.fileName(), plans.stream().map(RowPlan::toPreview).toList(), fileProblems,
                period.year(), period.source());
    }

    /**
     * Plans the rows again, checks that each still becomes what {@code seen} showed, and writes them: all in
     * one transaction, so a row that fails while being written (a rule of the project service, the database)
     * leaves nothing of the others behind. Refused when rows have errors, unless {@code options} skip them.
     */
    @Transactional
    public ImportResult importLedger(LedgerFile file, LedgerType type, ColumnMapping mapping, ImportOptions options,
            ImportPreview seen, ImportProgress progress) {
        requireImportable(type);
        LedgerRowPlanner planner = planner(file, type, mapping, options);
        List<Problem> fileProblems = planner.fileProblems();
        if (fileProblems.stream().anyMatch(Problem::isError)) {
            throw new BusinessException("ledgerimport.error.fileProblems");
        }
        List<RowPlan> plans = planner.planAll(file.rows(), ImportProgress.NONE);
        checkCompanyChoices(plans, options);
        long errors = plans.stream().filter(RowPlan::hasErrors).count();
        if (errors > 0 && !options.skipErrorRows()) {
            throw new BusinessException("ledgerimport.error.rowsHaveErrors", errors);
        }
        if (seen != null) {
            Map<Integer, PreviewRow> shown = seen.byRow();
            for (RowPlan plan : plans) {
                PreviewRow before = shown.get(plan.rowNumber);
                if (before == null || before.action() != plan.action || !before.changes().equals(plan.changes)) {
                    throw new BusinessException("ledgerimport.error.changedSincePreview", plan.rowNumber);
                }
            }
        }
        List<RowPlan> toWrite = plans.stream().filter(RowPlan::writes).toList();
        if (toWrite.isEmpty()) {
            throw new BusinessException("ledgerimport.error.nothingToImport");
        }
        CrmPrincipal me = currentUser.require();
        Map<Integer, Long> companyByRow = new HashMap<>();
        int companiesCreated = 0;
        int created = 0;
        int updated = 0;
        int problemsCreated = 0;
        int tripsCreated = 0;
        Map<String, Long> visitedCompanies = new HashMap<>();
        for (int i = 0; i < toWrite.size(); i++) {
            RowPlan plan = toWrite.get(i);
            try {
                beforeWritingRow.accept(plan.rowNumber);
                if (plan.action == RowAction.CREATE_TRIP) {
                    companiesCreated += trip(plan, file.fileName(), visitedCompanies);
                    tripsCreated++;
                } else if (plan.action == RowAction.CREATE_PROBLEM) {
                    raise(plan, file.fileName());
                    problemsCreated++;
                } else if (plan.action == RowAction.UPDATE_PROJECT) {
                    update(plan, file.fileName());
                    updated++;
                } else {
                    if (plan.companyId == null && plan.companyFromRow == null) {
                        companiesCreated++;
                    }
                    create(plan, companyByRow, file.fileName());
                    created++;
                }
            } catch (RuntimeException e) {
                throw new ImportWriteException(plan.rowNumber, e);
            }
            progress.update(ImportProgress.Phase.WRITING, (i + 1) / (double) toWrite.size());
            if (i % FLUSH_EVERY == FLUSH_EVERY - 1) {
                // Every save flushes, and a flush checks every entity the transaction holds: written rows are
                // let go so that a long ledger costs the same per row at its end as at its start.
                entityManager.flush();
                entityManager.clear();
            }
        }
        int unchanged = (int) plans.stream().filter(p -> p.action == RowAction.UNCHANGED).count();
        int skipped = (int) plans.stream().filter(p -> p.action == RowAction.SKIP).count();
        LedgerImportLog entry = log.save(new LedgerImportLog(clock.instant(), me.userId() == 0 ? null : me.userId(),
                me.displayName(), me.unitId(), type, file.fileName(), file.format(), plans.size(), companiesCreated, created,
                updated, problemsCreated, tripsCreated, skipped + unchanged + (int) errors));
        return new ImportResult(entry.getId(), companiesCreated, created, updated, problemsCreated, tripsCreated, unchanged,
                skipped, (int) errors);
    }

    /**
     * Every 归入已有企业 choice must name a company that the preview offered for that row: otherwise the whole import
     * is refused (even when error rows are skipped), since the user meant that row to go to a company it cannot go to.
     */
    private static void checkCompanyChoices(List<RowPlan> plans, ImportOptions options) {
        Map<Integer, RowPlan> byRow = new HashMap<>();
        plans.forEach(plan -> byRow.put(plan.rowNumber, plan));
        options.companyChoices().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(choice -> {
            RowPlan plan = byRow.get(choice.getKey());
            if (plan == null || plan.similarCompanies.stream().noneMatch(c -> c.id().equals(choice.getValue()))) {
                throw new BusinessException("ledgerimport.error.companyChoiceNotOffered", choice.getKey());
            }
        });
    }

    /** Past imports, newest first: all of them for LEADER and ADMIN, the own unit's for the others. */
    @Transactional(readOnly = true)
    public List<ImportLogRow> recentImports(int limit) {
        CrmPrincipal me = currentUser.require();
        PageRequest page = PageRequest.of(0, limit);
        List<LedgerImportLog> entries = seesAll(me) ? log.findAllByOrderByImportedAtDescIdDesc(page)
                : log.findByUnitIdOrderByImportedAtDescIdDesc(me.unitId(), page);
        Map<Long, String> unitNames = new HashMap<>();
        referenceData.units().forEach(u -> unitNames.put(u.id(), u.name()));
        return entries.stream().map(e -> e.toRow(unitNames.getOrDefault(e.getUnitId(), ""))).toList();
    }

    /**
     * The file's rows as an .xlsx with a 问题 column (and the row's outcome), to correct and upload again. Text
     * that would run as a formula when the sheet is opened is written quote-prefixed, never as a formula.
     */
    public void writeErrorSheet(LedgerFile file, ImportPreview preview, Locale locale, OutputStream out) {
        try {
            new ErrorSheet(file, preview, (key, args) -> text(key, args, locale)).write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The columns of the blank template for a ledger type, in order (序号 first). */
    public List<LedgerField> templateFields(LedgerType type) {
        requireImportable(type);
        return switch (type) {
            case LEADS -> List.of(LedgerField.SEQ, LedgerField.PROJECT_NAME, LedgerField.COMPANY_NAME, LedgerField.CREDIT_CODE,
                    LedgerField.TOTAL_INVESTMENT, LedgerField.INDUSTRY, LedgerField.SOURCE, LedgerField.STAGE, LedgerField.UNIT,
                    LedgerField.OWNER, LedgerField.SITE_VISIT_DATE, LedgerField.PROGRESS, LedgerField.REMARKS);
            case NEGOTIATING -> List.of(LedgerField.SEQ, LedgerField.PROJECT_NAME, LedgerField.COMPANY_NAME, LedgerField.CREDIT_CODE,
                    LedgerField.TOTAL_INVESTMENT, LedgerField.FIXED_ASSET_INVESTMENT, LedgerField.INDUSTRY, LedgerField.AREA,
                    LedgerField.STAGE, LedgerField.PLANNED_SIGN_DATE, LedgerField.UNIT, LedgerField.OWNER, LedgerField.LEADER,
                    LedgerField.PROGRESS, LedgerField.REMARKS);
            case SIGNED -> List.of(LedgerField.SEQ, LedgerField.PROJECT_NAME, LedgerField.COMPANY_NAME, LedgerField.CREDIT_CODE,
                    LedgerField.TOTAL_INVESTMENT, LedgerField.AGREEMENT_AMOUNT, LedgerField.AGREEMENT_TYPE, LedgerField.SIGN_DATE,
                    LedgerField.INDUSTRY, LedgerField.AREA, LedgerField.STAGE, LedgerField.LAND_DATE, LedgerField.START_DATE,
                    LedgerField.OPERATION_DATE, LedgerField.PLANNED_START_DATE, LedgerField.UNIT, LedgerField.OWNER,
                    LedgerField.LEADER, LedgerField.PROGRESS, LedgerField.REMARKS);
            case THREE_BATCHES -> List.of(LedgerField.SEQ, LedgerField.BATCH, LedgerField.PROJECT_NAME,
                    LedgerField.COMPANY_NAME, LedgerField.CREDIT_CODE, LedgerField.TOTAL_INVESTMENT, LedgerField.FIXED_ASSET_INVESTMENT,
                    LedgerField.INDUSTRY, LedgerField.AREA, LedgerField.STAGE, LedgerField.SIGN_DATE, LedgerField.LAND_DATE,
                    LedgerField.START_DATE, LedgerField.OPERATION_DATE, LedgerField.UNIT, LedgerField.OWNER, LedgerField.LEADER,
                    LedgerField.REMARKS);
            case PROBLEMS -> ProblemPlanner.TEMPLATE;
            case TRIPS -> TripPlanner.TEMPLATE;
            default -> List.of(LedgerField.SEQ, LedgerField.PROJECT_NAME, LedgerField.COMPANY_NAME, LedgerField.KEY_LEVEL,
                    LedgerField.TOTAL_INVESTMENT, LedgerField.FIXED_ASSET_INVESTMENT, LedgerField.STAGE, LedgerField.INDUSTRY,
                    LedgerField.AREA, LedgerField.SIGN_DATE, LedgerField.LAND_DATE, LedgerField.PLANNED_START_DATE,
                    LedgerField.START_DATE, LedgerField.PLANNED_OPERATION_DATE, LedgerField.OPERATION_DATE, LedgerField.UNIT,
                    LedgerField.OWNER, LedgerField.LEADER, LedgerField.DESCRIPTION, LedgerField.PROGRESS, LedgerField.REMARKS);
        };
    }

    /**
     * A blank ledger of this type to fill in: the title, and the header in Chinese (amounts in 万元), each
     * header one the import recognises. Ledgers are kept in Chinese, so the template is Chinese in any language.
     */
    public void writeTemplate(LedgerType type, OutputStream out) {
        Locale chinese = Locale.SIMPLIFIED_CHINESE;
        List<String> headers = templateFields(type).stream().map(f -> messages.getMessage(f.labelKey(type), null, chinese)
                + (f.kind() == LedgerField.Kind.AMOUNT ? "（万元）" : "")).toList();
        String title = messages.getMessage("ledgerimport.template.title", new Object[] {messages.getMessage(type.nameKey(), null,
                chinese)}, chinese);
        try (org.apache.poi.xssf.usermodel.XSSFWorkbook workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            org.apache.poi.ss.usermodel.Sheet sheet = workbook.createSheet(messages.getMessage(type.nameKey(), null, chinese));
            org.apache.poi.ss.usermodel.Font bold = workbook.createFont();
            bold.setBold(true);
            org.apache.poi.ss.usermodel.CellStyle header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            sheet.createRow(0).createCell(0).setCellValue(title);
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(0, 0, 0, headers.size() - 1));
            sheet.createRow(1).createCell(0).setCellValue(messages.getMessage("ledgerimport.template.hint", null, chinese));
            sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(1, 1, 0, headers.size() - 1));
            org.apache.poi.ss.usermodel.Row row = sheet.createRow(2);
            for (int c = 0; c < headers.size(); c++) {
                org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
                cell.setCellValue(headers.get(c));
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, (c == 0 ? 6 : 16) * 256);
            }
            sheet.createFreezePane(0, 3);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Test seam (package-private): run before each row is written in {@link #importLedger}. */
    void beforeWritingRow(IntConsumer hook) {
        this.beforeWritingRow = hook == null ? row -> {
        } : hook;
    }

    // ---------------------------------------------------------------- writing

    private void create(RowPlan plan, Map<Integer, Long> companyByRow, String fileName) {
        Long companyId = plan.companyId;
        if (companyId == null && plan.companyFromRow != null) {
            companyId = companyByRow.get(plan.companyFromRow);
        }
        if (companyId == null) {
            companyId = companies.save(new CompanyDraft(null, 0, plan.companyName.strip(), "", plan.creditCode, null, null,
                    "", plan.industryId, "", ""), true);
            companyByRow.put(plan.rowNumber, companyId);
        }
        Stage initial = plan.target == Stage.CONTACT ? Stage.CONTACT : Stage.LEAD;
        ProjectDraft draft = new ProjectDraft(null, 0, plan.projectName.strip(), companyId, plan.industryId,
                plan.investmentMode, plan.totalInvestment, plan.fixedAssetInvestment, plan.expectedRevenue, plan.expectedTax,
                plan.jobs, plan.landMu, plan.floorSpace, plan.areaId, plan.carrier, plan.source, null, plan.ownerId, plan.unitId,
                plan.leaderId, Boolean.TRUE.equals(plan.keyDistrict), Boolean.TRUE.equals(plan.keyProvincial), false, null,
                plan.siteVisitDate, plan.plannedSignDate, null, null, null, plan.plannedStartDate, null,
                plan.plannedOperationDate, null, plan.description, initial);
        Long id = projects.create(draft);
        if (plan.target.isAfter(initial)) {
            projects.advance(id, projects.get(id).version(), plan.target, facts(plan), remark(fileName, plan.rowNumber));
        }
        pause(id, plan, fileName);
    }

    /** 搁置 or 终止 through the project's own transitions, so the stage history and the audit trail have it. */
    private void pause(Long id, RowPlan plan, String fileName) {
        if (plan.pause == null) {
            return;
        }
        ProjectDetails p = projects.get(id);
        if (p.stage() == plan.pause) {
            return;
        }
        String reason = plan.pauseReason != null ? plan.pauseReason
                : messages.getMessage("ledgerimport.pauseReason." + plan.pause.name(), new Object[] {fileName, plan.rowNumber},
                        Locale.SIMPLIFIED_CHINESE);
        if (plan.resumeFirst && p.stage() == Stage.DROPPED) {
            projects.resume(id, p.version(), remark(fileName, plan.rowNumber));
            p = projects.get(id);
        }
        if (plan.pause == Stage.ON_HOLD) {
            projects.putOnHold(id, p.version(), reason);
        } else {
            projects.drop(id, p.version(), reason);
        }
    }

    /** 问题督办: raised through the supervision service (its rules and access hold), then 交办 where the plan says so. */
    private void raise(RowPlan plan, String fileName) {
        String origin = remark(fileName, plan.rowNumber);
        String description = plan.description == null ? origin : plan.description + "\n" + origin;
        Long id = supervision.raise(new ProblemDraft(null, 0, plan.projectId, plan.problemTitle, description, plan.categoryId,
                plan.problemSource, plan.unitId, plan.coUnitIds, plan.deadline, null, plan.leaderId));
        if (plan.assign) {
            supervision.assign(id, supervision.get(id).version());
        }
    }

    /**
     * 外出招商: the trip through the trip service (its rules and access hold), then a 走访考察 visit to each company on
     * the first day; a company the 企业库 lacks is created once, however many rows visit it. Returns the companies created.
     */
    private int trip(RowPlan plan, String fileName, Map<String, Long> createdCompanies) {
        String origin = remark(fileName, plan.rowNumber);
        String purpose = plan.description == null ? origin : plan.description + "\n" + origin;
        Long id = trips.save(new TripDraft(null, 0, plan.tripTitle, plan.tripStart, plan.tripEnd, plan.cityIds,
                plan.leadingOfficial, plan.memberIds, plan.coUnitIds, purpose, plan.unitId));
        boolean done = !plan.tripStart.isAfter(LocalDate.now(clock.withZone(OFFICE_ZONE)));
        int created = 0;
        int position = 0;
        for (RowPlan.VisitedCompany company : plan.visited) {
            Long companyId = company.companyId();
            if (companyId == null) {
                String key = org.zhaoshang.crm.base.text.InputText.withoutSpaces(company.name());
                companyId = createdCompanies.get(key);
                if (companyId == null) {
                    companyId = companies.save(CompanyDraft.named(company.name()), true);
                    createdCompanies.put(key, companyId);
                    created++;
                }
            }
            trips.saveVisit(new VisitDraft(null, 0, id, plan.tripStart, position++, companyId, "", false, VisitKind.SURVEY, "",
                    "", "", "", "", done));
        }
        return created;
    }

    private void update(RowPlan plan, String fileName) {
        ProjectDetails p = projects.get(plan.existing.id());
        if (p.version() != plan.existing.version()) {
            throw new org.zhaoshang.crm.base.ConcurrentEditException();
        }
        Stage reached = p.stage().inPipeline() ? p.stage() : p.pausedFromStage() == null ? Stage.LEAD : p.pausedFromStage();
        boolean advancing = p.stage().inPipeline() && plan.target.isAfter(p.stage());
        ProjectDraft draft = new ProjectDraft(p.id(), p.version(), p.name(), p.companyId(),
                or(plan.industryId, p.industryId()), or(plan.investmentMode, p.investmentMode()),
                or(plan.totalInvestment, p.totalInvestment()), or(plan.fixedAssetInvestment, p.fixedAssetInvestment()),
                or(plan.expectedRevenue, p.expectedAnnualRevenue()), or(plan.expectedTax, p.expectedTax()),
                or(plan.jobs, p.jobs()), or(plan.landMu, p.landNeedMu()), or(plan.floorSpace, p.floorSpaceSqm()),
                or(plan.areaId, p.areaId()), or(plan.carrier, p.carrier()), p.source(), p.sourceTripId(), p.ownerId(),
                p.responsibleUnitId(), or(plan.leaderId, p.leaderInChargeId()), or(plan.keyDistrict, p.keyDistrict()),
                or(plan.keyProvincial, p.keyProvincial()), p.inLibrary(), p.libraryDate(),
                or(plan.siteVisitDate, p.siteVisitDate()), or(plan.plannedSignDate, p.plannedSignDate()),
                reached.atLeast(Stage.SIGNED) ? or(plan.signDate, p.actualSignDate()) : p.actualSignDate(),
                p.plannedLandDate(),
                reached.atLeast(Stage.LANDED) ? or(plan.landDate, p.actualLandDate()) : p.actualLandDate(),
                or(plan.plannedStartDate, p.plannedStartDate()),
                reached.atLeast(Stage.STARTED) ? or(plan.startDate, p.actualStartDate()) : p.actualStartDate(),
                or(plan.plannedOperationDate, p.plannedOperationDate()),
                reached.atLeast(Stage.OPERATING) ? or(plan.operationDate, p.actualOperationDate()) : p.actualOperationDate(),
                or(plan.description, p.description()), null);
        projects.update(draft);
        if (advancing) {
            projects.advance(p.id(), projects.get(p.id()).version(), plan.target, facts(plan), remark(fileName, plan.rowNumber));
        }
        pause(p.id(), plan, fileName);
    }

    private static <T> T or(T imported, T current) {
        return imported != null ? imported : current;
    }

    private static StageFacts facts(RowPlan plan) {
        return new StageFacts(plan.siteVisitDate, plan.totalInvestment, plan.areaId, plan.signDate, plan.agreementType,
                plan.agreementAmount, plan.agreementTitle, null, plan.landDate, plan.startDate, plan.operationDate);
    }

    /** The stage history's remark: stored text, so in the office's language. */
    private String remark(String fileName, int row) {
        return messages.getMessage("ledgerimport.remark", new Object[] {fileName, row}, Locale.SIMPLIFIED_CHINESE);
    }

    // ---------------------------------------------------------------- planning

    private LedgerRowPlanner planner(LedgerFile file, LedgerType type, ColumnMapping mapping, ImportOptions options) {
        CrmPrincipal me = currentUser.require();
        boolean seesAll = seesAll(me);
        List<UnitSummary> units = referenceData.units().stream().filter(UnitSummary::active).toList();
        ImportPlanner.Context context = new ImportPlanner.Context(me, seesAll, units,
                referenceData.areas().stream().filter(a -> a.active()).toList(),
                referenceData.industries().stream().filter(i -> i.active()).toList(), users.pickList(null),
                LocalDate.now(clock.withZone(OFFICE_ZONE)), period(file, options),
                seesAll ? options.defaultUnitId() : me.unitId(), options.companyChoices());
        if (type == LedgerType.TRIPS) {
            return new TripPlanner(trips, companies, referenceData.cities().stream().filter(c -> c.active()).toList(), context,
                    file, mapping);
        }
        if (type == LedgerType.PROBLEMS) {
            return new ProblemPlanner(projects, supervision, supervision.categories(), context, file, mapping);
        }
        return new ImportPlanner(companies, projects, context, type, file, mapping);
    }

    /** The year for dates without one: chosen on the screen, else the title's, the file name's, the file's own. */
    static LedgerValues.PeriodYear period(LedgerFile file, ImportOptions options) {
        if (options.periodYear() != null) {
            return new LedgerValues.PeriodYear(options.periodYear(), "option");
        }
        if (file.titleYear() != null) {
            return new LedgerValues.PeriodYear(file.titleYear(), "title");
        }
        Integer inName = LedgerLayout.year(file.fileName());
        if (inName == null) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<!\\d)(20\\d{2})(?!\\d)").matcher(file.fileName());
            inName = m.find() ? Integer.valueOf(m.group(1)) : null;
        }
        if (inName != null) {
            return new LedgerValues.PeriodYear(inName, "fileName");
        }
        if (file.fileYear() != null) {
            return new LedgerValues.PeriodYear(file.fileYear(), "fileProperties");
        }
        return LedgerValues.PeriodYear.unknown();
    }

    private void requireImportable(LedgerType type) {
        if (type == null || !IMPORTABLE.contains(type)) {
            throw new BusinessException("ledgerimport.error.typeNotImportable");
        }
    }

    private static boolean seesAll(CrmPrincipal me) {
        return me.role() == Role.LEADER || me.role() == Role.ADMIN;
    }

    /** A bundle text with arguments that are bundle keys (field and stage names) translated as well. */
    String text(String key, List<String> arguments, Locale locale) {
        Object[] args = arguments.stream().map(a -> (Object) (isKey(a) ? messages.getMessage(a, null, a, locale) : a)).toArray();
        return messages.getMessage(key, args, key, locale);
    }

    static boolean isKey(String text) {
        return text != null && text.matches("(ledgerimport|ledger|stage|investmentMode|common|problemStatus)\\.[A-Za-z_.]+");
    }

    /** A row failed while being written; the whole import was rolled back. */
    public static class ImportWriteException extends BusinessException {

        private final int rowNumber;
        private final transient RuntimeException reason;

        ImportWriteException(int rowNumber, RuntimeException reason) {
            super("ledgerimport.error.rowFailed", rowNumber,
                    reason instanceof BusinessException b ? b.messageKey() : "ledgerimport.error.unexpected");
            this.rowNumber = rowNumber;
            this.reason = reason;
            initCause(reason);
        }

        public int rowNumber() {
            return rowNumber;
        }

        /** What refused the row: a {@link BusinessException} to show, or an unexpected error. */
        public RuntimeException reason() {
            return reason;
        }
    }
}
