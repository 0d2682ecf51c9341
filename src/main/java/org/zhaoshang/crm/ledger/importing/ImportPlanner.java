package org.zhaoshang.crm.ledger.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.zhaoshang.crm.base.ChineseDates;
import org.zhaoshang.crm.base.Money;
import org.zhaoshang.crm.base.text.InputText;
import org.zhaoshang.crm.company.CompanyFilter;
import org.zhaoshang.crm.company.CompanyRef;
import org.zhaoshang.crm.company.CompanyService;
import org.zhaoshang.crm.company.CompanySummary;
import org.zhaoshang.crm.company.CreditCode;
import org.zhaoshang.crm.ledger.LedgerType;
import org.zhaoshang.crm.org.AreaSummary;
import org.zhaoshang.crm.org.IndustrySummary;
import org.zhaoshang.crm.org.Role;
import org.zhaoshang.crm.org.UnitSummary;
import org.zhaoshang.crm.org.UserRef;
import org.zhaoshang.crm.project.AgreementType;
import org.zhaoshang.crm.project.ProjectDetails;
import org.zhaoshang.crm.project.ProjectFilter;
import org.zhaoshang.crm.project.ProjectService;
import org.zhaoshang.crm.project.ProjectSort;
import org.zhaoshang.crm.project.ProjectSource;
import org.zhaoshang.crm.project.ProjectSummary;
import org.zhaoshang.crm.project.Stage;
import org.zhaoshang.crm.security.CrmPrincipal;

/**
 * Decides, row by row, what a ledger becomes: which company (by credit code, then by exact name or brand;
 * a similar name is a warning and a new company), which project (same name, same company: updated; else
 * created), at which stage (the ledger's, or the row's 项目阶段 where the ledger allows it) and with which
 * facts, checked the way {@link ProjectService} will check them. The preview and the confirm step run the
 * same planning, so what is written is what was shown.
 */
final class ImportPlanner extends LedgerRowPlanner {

    private static final int MAX_NAME = 200;
    private static final int MAX_DESCRIPTION = 2000;
    /** The project's hold reason column holds 500 characters. */
    private static final int MAX_PAUSE_REASON = 500;

    /** The people, units and reference lists a plan reads, loaded once per preview. */
    record Context(CrmPrincipal me, boolean seesAll, List<UnitSummary> units, List<AreaSummary> areas,
            List<IndustrySummary> industries, List<UserRef> users, LocalDate today, LedgerValues.PeriodYear period,
            Long defaultUnitId, Map<Integer, Long> companyChoices) {
    }

    private final CompanyService companies;
    private final ProjectService projects;
    /** New companies met so far in the file (by credit code or exact name) and the row that creates them. */
    private final Map<String, Integer> newCompanies = new HashMap<>();
    /** Existing companies chosen for a similar name (归入已有企业), by the name as written, and the row that chose. */
    private final Map<String, RowPlan> chosenCompanies = new HashMap<>();
    /** Projects met so far in the file, by company and name, and their row. */
    private final Map<String, Integer> projectsInFile = new HashMap<>();
    private final Map<Long, List<ProjectSummary>> projectsOfCompany = new HashMap<>();
    /** 三个一批: the batch of each row and the projects listed in several batches; null for the other ledgers. */
    private BatchSections batches;
    private final Map<Integer, SourceRow> rowsByNumber = new HashMap<>();

    ImportPlanner(CompanyService companies, ProjectService projects, Context context, LedgerType type, LedgerFile file,
            ColumnMapping mapping) {
        super(context, type, file, mapping);
        this.companies = companies;
        this.projects = projects;
    }

    /** The fields a ledger of this type cannot do without; a missing column is a file error. */
    @Override
    List<LedgerField> requiredColumns() {
        return requiredColumns(type);
    }

    /** The fields a ledger of this type cannot do without; a missing column is a file error. */
    static List<LedgerField> requiredColumns(LedgerType type) {
        return switch (type) {
            case NEGOTIATING -> List.of(LedgerField.PROJECT_NAME, LedgerField.COMPANY_NAME, LedgerField.TOTAL_INVESTMENT,
                    LedgerField.AREA);
            case SIGNED -> List.of(LedgerField.PROJECT_NAME, LedgerField.COMPANY_NAME, LedgerField.TOTAL_INVESTMENT,
                    LedgerField.AREA, LedgerField.SIGN_DATE);
            case KEY_PROJECTS -> List.of(LedgerField.PROJECT_NAME, LedgerField.COMPANY_NAME, LedgerField.STAGE);
            case PROBLEMS -> ProblemPlanner.REQUIRED;
            default -> List.of(LedgerField.PROJECT_NAME, LedgerField.COMPANY_NAME);
        };
    }

    /** The stage a ledger's rows are in when they do not say, or null when they must say. */
    static Stage defaultStage(LedgerType type) {
        return switch (type) {
            case LEADS -> Stage.LEAD;
            case NEGOTIATING -> Stage.NEGOTIATION;
            case SIGNED -> Stage.SIGNED;
            default -> null;
        };
    }

    static boolean allows(LedgerType type, Stage stage) {
        return switch (type) {
            case LEADS -> stage == Stage.LEAD || stage == Stage.CONTACT;
            case NEGOTIATING -> stage == Stage.CONTACT || stage == Stage.SITE_VISIT || stage == Stage.NEGOTIATION;
            case SIGNED -> stage.atLeast(Stage.SIGNED) && stage.inPipeline();
            case KEY_PROJECTS -> stage.inPipeline();
            case THREE_BATCHES -> stage.atLeast(Stage.SIGNED) && stage.inPipeline();
            default -> false;
        };
    }

    /** Plans every row in order (a row may reuse a company an earlier row creates). */
    @Override
    List<RowPlan> planAll(List<SourceRow> rows, ImportProgress progress) {
        if (type == LedgerType.THREE_BATCHES) {
            batches = BatchSections.of(rows, col(LedgerField.BATCH), col(LedgerField.PROJECT_NAME), col(LedgerField.COMPANY_NAME));
            rows.forEach(r -> rowsByNumber.put(r.number(), r));
        }
        return planInOrder(rows, progress, row -> {
            RowPlan plan = plan(row);
            remember(plan);
            return plan;
        });
    }

    private RowPlan plan(SourceRow row) {
        RowPlan plan = new RowPlan(row.number());
        if (batches != null && batchRowSkipped(row, plan) || skipped(row, plan)) {
            plan.action = RowAction.SKIP;
            return plan;
        }
        checkCells(row, plan);
        readValues(row, plan);
        if (batches != null) {
            batchDates(row, plan);
        }
        decideStage(row, plan);
        decideUnitAndPeople(row, plan);
        decideCompany(plan);
        checkCompanyChoice(plan);
        decideProject(plan);
        checkFacts(plan);
        if (plan.hasErrors()) {
            plan.action = RowAction.ERROR;
        }
        return plan;
    }

    private BigDecimal amount(SourceRow row, LedgerField field, RowPlan plan) {
        ColumnMapping.Column column = columns.get(field);
        if (column == null) {
            return null;
        }
        return take(LedgerValues.amount(row.cell(column.index()), column.index(),
                column.unit() == null ? AmountUnit.WAN : column.unit()), plan);
    }

    private void readValues(SourceRow row, RowPlan plan) {
        plan.projectName = text(row, LedgerField.PROJECT_NAME, MAX_NAME, plan);
        plan.companyName = text(row, LedgerField.COMPANY_NAME, MAX_NAME, plan);
        if (plan.projectName == null) {
            plan.problems.add(Problem.error(col(LedgerField.PROJECT_NAME), "missing", LedgerField.PROJECT_NAME.labelKey()));
        } else {
            plan.projectName = InputText.withoutSpaces(plan.projectName).isEmpty() ? null : plan.projectName.replace('\n', ' ');
        }
        if (plan.companyName == null) {
            plan.problems.add(Problem.error(col(LedgerField.COMPANY_NAME), "missing", LedgerField.COMPANY_NAME.labelKey()));
        } else {
            plan.companyName = plan.companyName.replace('\n', ' ');
        }
        String code = text(row, LedgerField.CREDIT_CODE, 40, plan);
        if (code != null) {
            String normalized = CreditCode.normalize(code);
            Optional<CreditCode.Problem> problem = CreditCode.check(normalized);
            if (problem.isPresent()) {
                plan.problems.add(Problem.error(col(LedgerField.CREDIT_CODE), "creditCode." + problem.get().name(), code));
            } else {
                plan.creditCode = normalized;
            }
        }
        plan.totalInvestment = amount(row, LedgerField.TOTAL_INVESTMENT, plan);
        plan.fixedAssetInvestment = amount(row, LedgerField.FIXED_ASSET_INVESTMENT, plan);
        plan.agreementAmount = amount(row, LedgerField.AGREEMENT_AMOUNT, plan);
        plan.expectedRevenue = amount(row, LedgerField.EXPECTED_REVENUE, plan);
        plan.expectedTax = amount(row, LedgerField.EXPECTED_TAX, plan);
        plan.jobs = take(LedgerValues.integer(cell(row, LedgerField.JOBS), col(LedgerField.JOBS)), plan);
        plan.landMu = take(LedgerValues.measure(cell(row, LedgerField.LAND_MU), col(LedgerField.LAND_MU)), plan);
        plan.floorSpace = take(LedgerValues.measure(cell(row, LedgerField.FLOOR_SPACE), col(LedgerField.FLOOR_SPACE)), plan);
        plan.carrier = text(row, LedgerField.CARRIER, MAX_NAME, plan);
        plan.siteVisitDate = date(row, LedgerField.SITE_VISIT_DATE, plan);
        plan.plannedSignDate = date(row, LedgerField.PLANNED_SIGN_DATE, plan);
        plan.signDate = date(row, LedgerField.SIGN_DATE, plan);
        plan.landDate = date(row, LedgerField.LAND_DATE, plan);
        plan.plannedStartDate = date(row, LedgerField.PLANNED_START_DATE, plan);
        plan.startDate = date(row, LedgerField.START_DATE, plan);
        plan.plannedOperationDate = date(row, LedgerField.PLANNED_OPERATION_DATE, plan);
        plan.operationDate = date(row, LedgerField.OPERATION_DATE, plan);
        plan.agreementTitle = text(row, LedgerField.AGREEMENT_TITLE, MAX_NAME, plan);

        String industry = text(row, LedgerField.INDUSTRY, 100, plan);
        if (industry != null) {
            LedgerWords.Match<IndustrySummary> match = LedgerWords.name(industry, context.industries(), IndustrySummary::name);
            if (match.unique()) {
                plan.industryId = match.found().id();
            } else {
                plan.problems.add(Problem.warning(col(LedgerField.INDUSTRY), "unknownIndustry", industry));
            }
        }
        String area = text(row, LedgerField.AREA, 100, plan);
        if (area != null) {
            LedgerWords.Match<AreaSummary> match = LedgerWords.name(area, context.areas(), AreaSummary::name);
            if (match.unique()) {
                plan.areaId = match.found().id();
                if (!match.found().name().equals(InputText.withoutSpaces(area))) {
                    plan.problems.add(Problem.note(col(LedgerField.AREA), "matchedAs", area, match.found().name()));
                }
            } else if (match.ambiguous()) {
                plan.problems.add(Problem.error(col(LedgerField.AREA), "ambiguousArea", area,
                        names(match.candidates(), AreaSummary::name)));
            } else {
                plan.problems.add(Problem.error(col(LedgerField.AREA), "unknownArea", area));
            }
        }
        String source = text(row, LedgerField.SOURCE, 100, plan);
        plan.source = ProjectSource.OTHER;
        if (source != null) {
            Optional<ProjectSource> known = LedgerWords.source(source);
            if (known.isPresent()) {
                plan.source = known.get();
            } else {
                plan.problems.add(Problem.warning(col(LedgerField.SOURCE), "unknownSource", source));
            }
        }
        String mode = text(row, LedgerField.INVESTMENT_MODE, 100, plan);
        if (mode != null) {
            plan.investmentMode = LedgerWords.investmentMode(mode).orElse(null);
            if (plan.investmentMode == null) {
                plan.problems.add(Problem.warning(col(LedgerField.INVESTMENT_MODE), "unknownMode", mode));
            }
        }
        String level = text(row, LedgerField.KEY_LEVEL, 100, plan);
        if (level != null) {
            Optional<LedgerWords.KeyLevel> key = LedgerWords.keyLevel(level);
            if (key.isPresent()) {
                plan.keyDistrict = key.get().district();
                plan.keyProvincial = key.get().provincial();
            } else {
                plan.problems.add(Problem.warning(col(LedgerField.KEY_LEVEL), "unknownKeyLevel", level));
            }
        }
        if (type == LedgerType.KEY_PROJECTS) {
            plan.keyDistrict = true;
            plan.keyProvincial = Boolean.TRUE.equals(plan.keyProvincial);
        }
        String agreementType = text(row, LedgerField.AGREEMENT_TYPE, 100, plan);
        if (agreementType != null) {
            plan.agreementType = LedgerWords.agreementType(agreementType).orElse(null);
            if (plan.agreementType == null) {
                plan.problems.add(Problem.error(col(LedgerField.AGREEMENT_TYPE), "unknownAgreementType", agreementType));
            }
        }
        plan.description = description(row, plan);
        if (plan.fixedAssetInvestment != null && plan.totalInvestment != null
                && plan.fixedAssetInvestment.compareTo(plan.totalInvestment) > 0) {
            plan.problems.add(Problem.error(col(LedgerField.FIXED_ASSET_INVESTMENT), "fixedAboveTotal",
                    Money.format(plan.fixedAssetInvestment), Money.format(plan.totalInvestment)));
        }
    }

    /** 项目内容, then 项目进展 and 备注 under their own headings, in one description. */
    private String description(SourceRow row, RowPlan plan) {
        StringBuilder text = new StringBuilder();
        String content = text(row, LedgerField.DESCRIPTION, 10_000, plan);
        String progress = text(row, LedgerField.PROGRESS, 10_000, plan);
        String remarks = text(row, LedgerField.REMARKS, 10_000, plan);
        if (content != null) {
            text.append(content);
        }
        if (progress != null) {
            text.append(text.isEmpty() ? "" : "\n").append(headerOf(LedgerField.PROGRESS)).append("：").append(progress);
        }
        if (remarks != null) {
            text.append(text.isEmpty() ? "" : "\n").append(headerOf(LedgerField.REMARKS)).append("：").append(remarks);
        }
        if (text.isEmpty()) {
            return null;
        }
        if (text.length() > MAX_DESCRIPTION) {
            plan.problems.add(Problem.warning(col(LedgerField.DESCRIPTION), "descriptionCut", MAX_DESCRIPTION));
            return text.substring(0, MAX_DESCRIPTION - 1) + "…";
        }
        return text.toString();
    }

    /** The file's own header of a column (项目进展, 推进情况 …), used as a heading in the description. */
    private String headerOf(LedgerField field) {
        ColumnMapping.Column column = columns.get(field);
        String header = column == null ? "" : InputText.strip(column.header());
        return header.isEmpty() ? field.synonyms().getFirst() : header;
    }

    // ---------------------------------------------------------------- stage

    private void decideStage(SourceRow row, RowPlan plan) {
        String written = text(row, LedgerField.STAGE, 100, plan);
        Stage stage = defaultStage(type);
        if (batches != null) {
            stage = batchStage(row, plan);
            if (stage == null) {
                return;
            }
        }
        Optional<Stage> pause = written == null ? Optional.empty() : LedgerWords.pause(written);
        if (pause.isPresent()) {
            decidePause(row, plan, written, pause.get(), stage);
            return;
        }
        if (written != null) {
            Optional<Stage> known = LedgerWords.stage(written);
            if (known.isEmpty()) {
                plan.problems.add(Problem.error(col(LedgerField.STAGE), "unknownStage", written));
                return;
            }
            if (batches != null && known.get().inPipeline() && stage.isAfter(known.get())) {
                plan.problems.add(Problem.error(col(LedgerField.STAGE), "stageBeforeBatch", written, "ledger.batch." + stage.name()));
                return;
            }
            if (!allows(type, known.get())) {
                plan.problems.add(Problem.error(col(LedgerField.STAGE), "stageNotInLedger", written, type.nameKey()));
                return;
            }
            stage = known.get();
        } else if (stage == null) {
            plan.problems.add(Problem.error(col(LedgerField.STAGE), "missing", LedgerField.STAGE.labelKey()));
            return;
        }
        plan.target = stage;
    }

    /**
     * A 搁置/终止 row: the project reaches the stage written beside the pause word (签约后搁置), else the ledger's
     * own stage, and is then paused with the row's 搁置原因, else its 备注, else a standard text.
     */
    private void decidePause(SourceRow row, RowPlan plan, String written, Stage pause, Stage ledgerStage) {
        Stage before = LedgerWords.stageBesidePause(written).orElse(ledgerStage);
        if (batches != null && before != null && ledgerStage.isAfter(before)) {
            plan.problems.add(Problem.error(col(LedgerField.STAGE), "stageBeforeBatch", written, "ledger.batch." + ledgerStage.name()));
            return;
        }
        if (before == null) {
            plan.problems.add(Problem.error(col(LedgerField.STAGE), "pauseWithoutStage", written, "stage." + pause.name()));
            return;
        }
        if (!allows(type, before)) {
            plan.problems.add(Problem.error(col(LedgerField.STAGE), "stageNotInLedger", written, type.nameKey()));
            return;
        }
        plan.target = before;
        plan.pause = pause;
        String reason = text(row, LedgerField.PAUSE_REASON, 10_000, plan);
        if (reason == null) {
            reason = text(row, LedgerField.REMARKS, 10_000, plan);
        }
        if (reason != null) {
            reason = reason.replace('\n', ' ').strip();
            if (reason.length() > MAX_PAUSE_REASON) {
                plan.problems.add(Problem.warning(col(LedgerField.PAUSE_REASON), "pauseReasonCut", MAX_PAUSE_REASON));
                reason = reason.substring(0, MAX_PAUSE_REASON - 1) + "…";
            }
        }
        plan.pauseReason = reason;
    }

    /** The reason as shown: the row's, or the key of the standard text. */
    private static String pauseReasonShown(RowPlan plan) {
        return plan.pauseReason != null ? plan.pauseReason : "ledgerimport.pauseReason.shown." + plan.pause.name();
    }

    // ---------------------------------------------------------------- 三个一批

    /** A section heading, or a later row of a project listed in an earlier batch too: not planned on its own. */
    private boolean batchRowSkipped(SourceRow row, RowPlan plan) {
        Optional<BatchSections.Batch> batch = batches.batch(row.number());
        if (batch.isPresent() && batch.get().isHeading()) {
            plan.problems.add(Problem.note(-1, "batchHeading", batch.get().heading(), "ledger.batch." + batch.get().stage().name()));
            return true;
        }
        Optional<BatchSections.Group> group = batches.group(row.number());
        if (group.isPresent() && group.get().firstRow() != row.number()) {
            plan.projectName = cell(row, LedgerField.PROJECT_NAME).stripped();
            plan.companyName = cell(row, LedgerField.COMPANY_NAME).stripped();
            plan.problems.add(Problem.note(col(LedgerField.PROJECT_NAME), "batchRepeat", group.get().firstRow(),
                    "ledger.batch." + batch.orElseThrow().stage().name()));
            return true;
        }
        return false;
    }

    /**
     * The batch the row's project reaches at least: its own 批次, else its section's; the latest of them for a project
     * listed in several batches. Null (an error) for a row above every section heading without a 批次 of its own.
     */
    private Stage batchStage(SourceRow row, RowPlan plan) {
        String written = text(row, LedgerField.BATCH, 100, plan);
        if (written != null && BatchSections.word(written).isEmpty()) {
            plan.problems.add(Problem.error(col(LedgerField.BATCH), "unknownBatch", written));
            return null;
        }
        Optional<BatchSections.Batch> batch = batches.batch(row.number());
        if (batch.isEmpty()) {
            plan.problems.add(Problem.error(-1, "noBatch"));
            return null;
        }
        Optional<BatchSections.Group> group = batches.group(row.number());
        if (group.isPresent()) {
            plan.problems.add(Problem.note(-1, "batchRows", String.join("、", group.get().rows().stream().skip(1)
                    .map(String::valueOf).toList())));
            return batches.latest(group.get());
        }
        return batch.get().stage();
    }

    /**
     * 三个一批: the date of each batch the project is listed in. The batch date column is 签约/开工/投产日期 where the sheet
     * has one, else the only one of 签约时间, 开工时间 and 投产时间 it has (sections often share one date column whose
     * header says 签约时间); a sheet with several of them means each as it says.
     */
    private void batchDates(SourceRow row, RowPlan plan) {
        LedgerField dateField = batchDateField();
        List<Integer> rowsOfProject = batches.group(row.number()).map(BatchSections.Group::rows).orElse(List.of(row.number()));
        for (int number : rowsOfProject) {
            Stage batch = batches.batch(number).map(BatchSections.Batch::stage).orElse(null);
            SourceRow other = rowsByNumber.get(number);
            if (batch == null || other == null) {
                continue;
            }
            boolean self = number == row.number();
            if (!self) {
                for (int c = 0; c < other.cells().size(); c++) {
                    LedgerValues.injection(other.cell(c), c).ifPresent(plan.problems::add);
                }
            }
            LocalDate date = null;
            if (dateField == LedgerField.BATCH_DATE || dateField != null && !self) {
                date = date(other, dateField, plan);
            } else if (dateField != null) {
                date = actual(plan, dateField);
                setActual(plan, dateField, null);
            }
            if (date != null && actual(plan, batchField(batch)) == null) {
                setActual(plan, batchField(batch), date);
            }
            if (!self) {
                for (LedgerField field : List.of(LedgerField.SIGN_DATE, LedgerField.LAND_DATE, LedgerField.START_DATE,
                        LedgerField.OPERATION_DATE)) {
                    if (field != dateField && columns.containsKey(field) && actual(plan, field) == null) {
                        setActual(plan, field, date(other, field, plan));
                    }
                }
            }
        }
    }

    private LedgerField batchDateField() {
        if (columns.containsKey(LedgerField.BATCH_DATE)) {
            return LedgerField.BATCH_DATE;
        }
        List<LedgerField> mapped = java.util.stream.Stream.of(LedgerField.SIGN_DATE, LedgerField.START_DATE,
                LedgerField.OPERATION_DATE).filter(columns::containsKey).toList();
        return mapped.size() == 1 ? mapped.getFirst() : null;
    }

    private static LedgerField batchField(Stage batch) {
        return switch (batch) {
            case SIGNED -> LedgerField.SIGN_DATE;
            case STARTED -> LedgerField.START_DATE;
            default -> LedgerField.OPERATION_DATE;
        };
    }

    private static LocalDate actual(RowPlan plan, LedgerField field) {
        return switch (field) {
            case SIGN_DATE -> plan.signDate;
            case LAND_DATE -> plan.landDate;
            case START_DATE -> plan.startDate;
            default -> plan.operationDate;
        };
    }

    private static void setActual(RowPlan plan, LedgerField field, LocalDate date) {
        switch (field) {
            case SIGN_DATE -> plan.signDate = date;
            case LAND_DATE -> plan.landDate = date;
            case START_DATE -> plan.startDate = date;
            default -> plan.operationDate = date;
        }
    }

    // ---------------------------------------------------------------- unit, owner, leader

    private void decideUnitAndPeople(SourceRow row, RowPlan plan) {
        String written = text(row, LedgerField.UNIT, 200, plan);
        UnitSummary unit = null;
        if (written != null) {
            String first = written.split("[、，,；;/\\s]+")[0];
            if (!first.equals(written)) {
                plan.problems.add(Problem.warning(col(LedgerField.UNIT), "firstUnit", written, first));
            }
            LedgerWords.Match<UnitSummary> match = LedgerWords.name(first, context.units(), UnitSummary::name);
            if (match.unique()) {
                unit = match.found();
                if (!unit.name().equals(first)) {
                    plan.problems.add(Problem.note(col(LedgerField.UNIT), "matchedAs", first, unit.name()));
                }
            } else if (match.ambiguous()) {
                plan.problems.add(Problem.error(col(LedgerField.UNIT), "ambiguousUnit", first,
                        names(match.candidates(), UnitSummary::name)));
                return;
            } else {
                plan.problems.add(Problem.error(col(LedgerField.UNIT), "unknownUnit", first));
                return;
            }
        } else {
            Long id = context.seesAll() && context.defaultUnitId() != null ? context.defaultUnitId() : context.me().unitId();
            unit = context.units().stream().filter(u -> u.id().equals(id)).findFirst().orElse(null);
        }
        if (unit == null) {
            plan.problems.add(Problem.error(-1, "missing", LedgerField.UNIT.labelKey()));
            return;
        }
        if (!context.seesAll() && !unit.id().equals(context.me().unitId())) {
            plan.problems.add(Problem.error(col(LedgerField.UNIT), "otherUnit", unit.name()));
            return;
        }
        plan.unitId = unit.id();
        plan.unitName = unit.name();
        plan.ownerId = owner(row, plan, unit);
        String leader = text(row, LedgerField.LEADER, 100, plan);
        if (leader != null) {
            Optional<UserRef> found = context.users().stream()
                    .filter(u -> u.role() == Role.LEADER && InputText.withoutSpaces(leader).contains(u.displayName()))
                    .findFirst();
            if (found.isPresent()) {
                plan.leaderId = found.get().id();
            } else {
                plan.problems.add(Problem.warning(col(LedgerField.LEADER), "unknownLeader", leader));
            }
        }
    }

    /**
     * The 责任人 the row names, when that person works in the unit; otherwise the importer if of the unit, else
     * the unit's lead, else anyone of the unit. Who was taken is said in the preview.
     */
    private Long owner(SourceRow row, RowPlan plan, UnitSummary unit) {
        String written = text(row, LedgerField.OWNER, 100, plan);
        List<UserRef> ofUnit = context.users().stream().filter(u -> u.unitId().equals(unit.id())).toList();
        if (written != null) {
            String name = InputText.withoutSpaces(written);
            Optional<UserRef> named = ofUnit.stream().filter(u -> name.equals(u.displayName())).findFirst();
            if (named.isPresent()) {
                return named.get().id();
            }
            plan.problems.add(Problem.warning(col(LedgerField.OWNER), "unknownOwner", written, unit.name()));
        }
        Optional<UserRef> fallback = ofUnit.stream().filter(u -> u.id().equals(context.me().userId())).findFirst()
                .or(() -> ofUnit.stream().filter(u -> u.role() == Role.UNIT_LEAD).findFirst())
                .or(() -> ofUnit.stream().findFirst());
        if (fallback.isEmpty()) {
            plan.problems.add(Problem.error(-1, "noOwner", unit.name()));
            return null;
        }
        if (written != null || !fallback.get().id().equals(context.me().userId())) {
            plan.problems.add(Problem.note(col(LedgerField.OWNER), "ownerTaken", fallback.get().displayName()));
        }
        return fallback.get().id();
    }

    // ---------------------------------------------------------------- company

    private void decideCompany(RowPlan plan) {
        if (plan.companyName == null) {
            return;
        }
        int column = col(LedgerField.COMPANY_NAME);
        String name = InputText.strip(plan.companyName);
        if (plan.creditCode != null) {
            Optional<CompanySummary> byCode = companies.list(new CompanyFilter(plan.creditCode, null, null, null), 0, 5, "name", true)
                    .stream().filter(c -> plan.creditCode.equals(c.creditCode())).findFirst();
            if (byCode.isPresent()) {
                plan.companyId = byCode.get().id();
                if (!byCode.get().name().equals(name)) {
                    plan.problems.add(Problem.warning(col(LedgerField.CREDIT_CODE), "companyByCode", plan.creditCode,
                            byCode.get().name()));
                }
                return;
            }
        }
        List<CompanySummary> sameName = companies.list(new CompanyFilter(name, null, null, null), 0, 50, "name", true).stream()
                .filter(c -> name.equals(c.name()) || name.equals(c.shortName())).toList();
        Optional<CompanySummary> exact = sameName.stream().filter(c -> name.equals(c.name())).findFirst()
                .or(() -> sameName.size() == 1 ? Optional.of(sameName.getFirst()) : Optional.empty());
        if (exact.isPresent()) {
            CompanySummary company = exact.get();
            if (plan.creditCode != null && company.creditCode() != null && !plan.creditCode.equals(company.creditCode())) {
                plan.problems.add(Problem.error(col(LedgerField.CREDIT_CODE), "creditCodeConflict", company.name(),
                        company.creditCode(), plan.creditCode));
                return;
            }
            plan.companyId = company.id();
            if (!name.equals(company.name())) {
                plan.problems.add(Problem.note(column, "companyByShortName", name, company.name()));
            }
            return;
        }
        if (sameName.size() > 1) {
            plan.problems.add(Problem.error(column, "ambiguousCompany", name,
                    names(sameName, CompanySummary::name)));
            return;
        }
        RowPlan chose = chosenCompanies.get(InputText.withoutSpaces(name));
        if (chose != null) {
            plan.companyId = chose.chosenCompany.id();
            plan.chosenCompany = chose.chosenCompany;
            plan.problems.add(Problem.note(column, "companyChosenByEarlierRow", chose.rowNumber, chose.chosenCompany.label()));
            return;
        }
        String key = plan.creditCode != null ? "code:" + plan.creditCode : "name:" + InputText.withoutSpaces(name);
        Integer earlier = newCompanies.get(key);
        if (earlier == null && plan.creditCode != null) {
            earlier = newCompanies.get("name:" + InputText.withoutSpaces(name));
        }
        plan.companyKey = key;
        if (earlier != null) {
            plan.companyFromRow = earlier;
            plan.problems.add(Problem.note(column, "companyOfEarlierRow", earlier));
            return;
        }
        List<CompanyRef> similar = companies.similarTo(name, null);
        if (similar.isEmpty()) {
            return;
        }
        plan.similarCompanies = similar;
        Long choice = context.companyChoices().get(plan.rowNumber);
        Optional<CompanyRef> chosen = similar.stream().filter(c -> c.id().equals(choice)).findFirst();
        if (chosen.isEmpty()) {
            plan.problems.add(Problem.warning(column, "similarCompany", name,
                    String.join("、", similar.stream().limit(5).map(CompanyRef::label).toList())));
            return;
        }
        if (plan.creditCode != null) {
            Optional<String> code = companies.list(new CompanyFilter(chosen.get().name(), null, null, null), 0, 50, "name", true)
                    .stream().filter(c -> c.id().equals(choice)).map(CompanySummary::creditCode).filter(Objects::nonNull).findFirst();
            if (code.isPresent() && !code.get().equals(plan.creditCode)) {
                plan.problems.add(Problem.error(col(LedgerField.CREDIT_CODE), "creditCodeConflict", chosen.get().name(),
                        code.get(), plan.creditCode));
                return;
            }
        }
        plan.companyId = chosen.get().id();
        plan.chosenCompany = chosen.get();
        plan.companyKey = null;
        plan.problems.add(Problem.note(column, "companyChosen", chosen.get().label()));
    }

    /**
     * A company chosen for this row must be one the row offers (a similar company of the row's, not one taken from an
     * earlier row); anything else (a stale screen, a hand-made request) is an error, never a silent new company.
     */
    private void checkCompanyChoice(RowPlan plan) {
        Long choice = context.companyChoices().get(plan.rowNumber);
        if (choice != null && plan.similarCompanies.stream().noneMatch(c -> c.id().equals(choice))) {
            plan.problems.add(Problem.error(col(LedgerField.COMPANY_NAME), "companyChoiceNotOffered", choice));
        }
    }

    /** The name of the row's company as the 企业库 has it when one was chosen, else as written. */
    private static String companyName(RowPlan plan) {
        return plan.chosenCompany != null ? plan.chosenCompany.name() : plan.companyName;
    }

    /** Called once a row's plan stands, so that later rows know which new companies it creates. */
    private void remember(RowPlan plan) {
        if (plan.hasErrors() || plan.action == RowAction.SKIP) {
            return;
        }
        if (plan.chosenCompany != null && !plan.similarCompanies.isEmpty()) {
            chosenCompanies.putIfAbsent(InputText.withoutSpaces(InputText.strip(plan.companyName)), plan);
        }
        if (plan.companyId == null && plan.companyKey != null && plan.companyFromRow == null) {
            newCompanies.putIfAbsent(plan.companyKey, plan.rowNumber);
            newCompanies.putIfAbsent("name:" + InputText.withoutSpaces(plan.companyName), plan.rowNumber);
        }
    }

    // ---------------------------------------------------------------- project

    private void decideProject(RowPlan plan) {
        if (plan.projectName == null || plan.companyName == null) {
            return;
        }
        int column = col(LedgerField.PROJECT_NAME);
        String name = InputText.strip(plan.projectName);
        String companyKey = plan.companyId != null ? "id:" + plan.companyId : plan.companyKey;
        if (companyKey != null) {
            String key = companyKey + "|" + InputText.withoutSpaces(name);
            Integer earlier = projectsInFile.putIfAbsent(key, plan.rowNumber);
            if (earlier != null) {
                plan.problems.add(Problem.error(column, "duplicateInFile", earlier));
                return;
            }
        }
        if (plan.companyId == null) {
            plan.action = plan.companyFromRow != null ? RowAction.CREATE_PROJECT : RowAction.CREATE_COMPANY_AND_PROJECT;
            sameNameElsewhere(plan, name, null);
            return;
        }
        List<ProjectSummary> ofCompany = projectsOfCompany.computeIfAbsent(plan.companyId,
                id -> projects.list(ProjectFilter.none().withCompany(id), 0, 1000, List.of(new ProjectSort("name", true))));
        List<ProjectSummary> same = ofCompany.stream()
                .filter(p -> InputText.withoutSpaces(p.name()).equals(InputText.withoutSpaces(name))).toList();
        if (same.size() > 1) {
            plan.problems.add(Problem.error(column, "ambiguousProject", name, same.size()));
            return;
        }
        if (same.size() == 1) {
            plan.existing = projects.get(same.getFirst().id());
            if (!plan.existing.editable()) {
                plan.problems.add(Problem.error(column, "notEditable", name));
                return;
            }
            plan.action = RowAction.UPDATE_PROJECT;
            if (plan.target != null && plan.target.atLeast(Stage.SIGNED) && !plan.existing.stage().atLeast(Stage.SIGNED)) {
                plan.existingHasAgreement = !projects.agreements(plan.existing.id()).isEmpty();
            } else {
                plan.existingHasAgreement = plan.existing.stage().atLeast(Stage.SIGNED);
            }
            return;
        }
        plan.action = RowAction.CREATE_PROJECT;
        sameNameElsewhere(plan, name, plan.companyId);
        if (!context.seesAll()) {
            long all = companies.list(new CompanyFilter(companyName(plan), null, null, null), 0, 50, "name", true).stream()
                    .filter(c -> c.id().equals(plan.companyId)).mapToLong(CompanySummary::projectCount).findFirst().orElse(0);
            if (all > ofCompany.size()) {
                plan.problems.add(Problem.warning(column, "othersProjects", all - ofCompany.size()));
            }
        }
    }

    private void sameNameElsewhere(RowPlan plan, String name, Long companyId) {
        List<ProjectSummary> sameName = projects.list(ProjectFilter.none().withText(name), 0, 20, List.of()).stream()
                .filter(p -> InputText.withoutSpaces(p.name()).equals(InputText.withoutSpaces(name))).toList();
        for (ProjectSummary other : sameName) {
            if (companyId == null || !Objects.equals(other.companyName(), companyName(plan))) {
                plan.problems.add(Problem.warning(col(LedgerField.PROJECT_NAME), "sameNameOtherCompany", name,
                        other.companyName()));
                return;
            }
        }
    }

    // ---------------------------------------------------------------- facts the stage needs

    private void checkFacts(RowPlan plan) {
        if (plan.target == null || plan.hasErrors()) {
            return;
        }
        ProjectDetails p = plan.existing;
        Stage target = plan.target;
        Stage current = p == null ? null : p.stage();
        boolean advancing = p == null ? target.isAfter(Stage.CONTACT) : current.inPipeline() && target.isAfter(current);
        if (plan.pause != null && !checkPause(plan)) {
            return;
        }
        if (p != null && !current.inPipeline() && target.isAfter(Stage.LEAD) && plan.pause == null) {
            plan.problems.add(Problem.warning(-1, "pausedProject", "stage." + current.name()));
        } else if (p != null && current.isAfter(target)) {
            plan.problems.add(Problem.note(-1, "laterStage", "stage." + current.name()));
        }
        Stage reached = p == null ? target : advancing ? target : current.inPipeline() ? current
                : p.pausedFromStage() == null ? Stage.LEAD : p.pausedFromStage();
        dropDatesBeyond(plan, reached);
        for (LocalDate actual : new LocalDate[] {plan.signDate, plan.landDate, plan.startDate, plan.operationDate}) {
            if (actual != null && actual.isAfter(context.today())) {
                plan.problems.add(Problem.error(-1, "actualInFuture", ChineseDates.format(actual)));
                return;
            }
        }
        if (advancing || p == null) {
            if (target == Stage.SITE_VISIT && plan.siteVisitDate == null && (p == null || p.siteVisitDate() == null)) {
                missingFact(plan, LedgerField.SITE_VISIT_DATE);
            }
            if (target.atLeast(Stage.NEGOTIATION)) {
                BigDecimal total = plan.totalInvestment != null ? plan.totalInvestment : p == null ? null : p.totalInvestment();
                if (total == null || total.signum() <= 0) {
                    missingFact(plan, LedgerField.TOTAL_INVESTMENT);
                }
                if (plan.areaId == null && (p == null || p.areaId() == null)) {
                    missingFact(plan, LedgerField.AREA);
                }
            }
            if (target.atLeast(Stage.SIGNED)) {
                if (plan.signDate == null && (p == null || p.actualSignDate() == null)) {
                    missingFact(plan, LedgerField.SIGN_DATE);
                }
                if (p == null || !plan.existingHasAgreement) {
                    agreement(plan);
                }
            }
            if (target.atLeast(Stage.LANDED) && plan.landDate == null && (p == null || p.actualLandDate() == null)) {
                missingFact(plan, LedgerField.LAND_DATE);
            }
            if (target.atLeast(Stage.STARTED) && plan.startDate == null && (p == null || p.actualStartDate() == null)) {
                missingFact(plan, LedgerField.START_DATE);
            }
            if (target.atLeast(Stage.OPERATING) && plan.operationDate == null && (p == null || p.actualOperationDate() == null)) {
                missingFact(plan, LedgerField.OPERATION_DATE);
            }
        }
        if (p != null && !plan.hasErrors()) {
            describeChanges(plan, advancing);
        }
    }

    /**
     * What pausing does, as the project page would: a new project is paused once it reached its stage; a project in
     * the pipeline is put on hold or dropped; one on hold can be dropped; a dropped project comes back only through
     * 恢复, which is for LEADER and ADMIN, so a 搁置 row on it is an error for everyone else.
     */
    private boolean checkPause(RowPlan plan) {
        ProjectDetails p = plan.existing;
        if (p == null) {
            plan.problems.add(Problem.note(col(LedgerField.STAGE), "pauseNew", "stage." + plan.target.name(),
                    "stage." + plan.pause.name(), pauseReasonShown(plan)));
            return true;
        }
        if (p.stage() == Stage.DROPPED && plan.pause == Stage.ON_HOLD) {
            if (!context.seesAll()) {
                plan.problems.add(Problem.error(col(LedgerField.STAGE), "droppedNotResumable", p.name()));
                return false;
            }
            if (p.pausedFromStage() == null) {
                plan.problems.add(Problem.error(col(LedgerField.STAGE), "droppedWithoutStage", p.name()));
                return false;
            }
            plan.resumeFirst = true;
        }
        if (p.stage() == plan.pause) {
            plan.problems.add(Problem.note(col(LedgerField.STAGE), "alreadyPaused", "stage." + plan.pause.name()));
        }
        return true;
    }

    private void missingFact(RowPlan plan, LedgerField field) {
        plan.problems.add(Problem.error(col(field), "missingForStage", "stage." + plan.target.name(), field.labelKey()));
    }

    /** Signing needs an agreement: its type (default 投资协议, a warning) and amount (default the total investment). */
    private void agreement(RowPlan plan) {
        if (plan.agreementType == null) {
            plan.agreementType = AgreementType.INVESTMENT;
            plan.problems.add(Problem.warning(col(LedgerField.AGREEMENT_TYPE), "defaultAgreementType"));
        }
        if (plan.agreementAmount == null || plan.agreementAmount.signum() <= 0) {
            BigDecimal total = plan.totalInvestment != null ? plan.totalInvestment
                    : plan.existing == null ? null : plan.existing.totalInvestment();
            if (total == null || total.signum() <= 0) {
                missingFact(plan, LedgerField.AGREEMENT_AMOUNT);
                return;
            }
            plan.agreementAmount = total;
            plan.problems.add(Problem.warning(col(LedgerField.AGREEMENT_AMOUNT), "agreementAmountFromTotal", Money.format(total)));
        }
    }

    /** An actual date of a milestone the project will not have reached would be refused: it is left out, with a warning. */
    private void dropDatesBeyond(RowPlan plan, Stage reached) {
        if (plan.signDate != null && !reached.atLeast(Stage.SIGNED)) {
            plan.problems.add(Problem.warning(col(LedgerField.SIGN_DATE), "dateBeyondStage", LedgerField.SIGN_DATE.labelKey(),
                    "stage." + reached.name()));
            plan.signDate = null;
        }
        if (plan.landDate != null && !reached.atLeast(Stage.LANDED)) {
            plan.problems.add(Problem.warning(col(LedgerField.LAND_DATE), "dateBeyondStage", LedgerField.LAND_DATE.labelKey(),
                    "stage." + reached.name()));
            plan.landDate = null;
        }
        if (plan.startDate != null && !reached.atLeast(Stage.STARTED)) {
            plan.problems.add(Problem.warning(col(LedgerField.START_DATE), "dateBeyondStage", LedgerField.START_DATE.labelKey(),
                    "stage." + reached.name()));
            plan.startDate = null;
        }
        if (plan.operationDate != null && !reached.atLeast(Stage.OPERATING)) {
            plan.problems.add(Problem.warning(col(LedgerField.OPERATION_DATE), "dateBeyondStage",
                    LedgerField.OPERATION_DATE.labelKey(), "stage." + reached.name()));
            plan.operationDate = null;
        }
    }

    /** The fields an update changes; a row that changes nothing is UNCHANGED. */
    private void describeChanges(RowPlan plan, boolean advancing) {
        ProjectDetails p = plan.existing;
        change(plan, LedgerField.TOTAL_INVESTMENT, p.totalInvestment(), plan.totalInvestment, Money::format);
        change(plan, LedgerField.FIXED_ASSET_INVESTMENT, p.fixedAssetInvestment(), plan.fixedAssetInvestment, Money::format);
        change(plan, LedgerField.EXPECTED_REVENUE, p.expectedAnnualRevenue(), plan.expectedRevenue, Money::format);
        change(plan, LedgerField.EXPECTED_TAX, p.expectedTax(), plan.expectedTax, Money::format);
        change(plan, LedgerField.JOBS, p.jobs(), plan.jobs, String::valueOf);
        change(plan, LedgerField.LAND_MU, p.landNeedMu(), plan.landMu, BigDecimal::toPlainString);
        change(plan, LedgerField.FLOOR_SPACE, p.floorSpaceSqm(), plan.floorSpace, BigDecimal::toPlainString);
        change(plan, LedgerField.AREA, p.areaId(), plan.areaId, id -> name(context.areas(), id, AreaSummary::id, AreaSummary::name));
        change(plan, LedgerField.INDUSTRY, p.industryId(), plan.industryId,
                id -> name(context.industries(), id, IndustrySummary::id, IndustrySummary::name));
        change(plan, LedgerField.CARRIER, p.carrier(), plan.carrier, s -> s);
        change(plan, LedgerField.SITE_VISIT_DATE, p.siteVisitDate(), plan.siteVisitDate, ChineseDates::format);
        change(plan, LedgerField.PLANNED_SIGN_DATE, p.plannedSignDate(), plan.plannedSignDate, ChineseDates::format);
        change(plan, LedgerField.PLANNED_START_DATE, p.plannedStartDate(), plan.plannedStartDate, ChineseDates::format);
        change(plan, LedgerField.PLANNED_OPERATION_DATE, p.plannedOperationDate(), plan.plannedOperationDate, ChineseDates::format);
        change(plan, LedgerField.SIGN_DATE, p.actualSignDate(), plan.signDate, ChineseDates::format);
        change(plan, LedgerField.LAND_DATE, p.actualLandDate(), plan.landDate, ChineseDates::format);
        change(plan, LedgerField.START_DATE, p.actualStartDate(), plan.startDate, ChineseDates::format);
        change(plan, LedgerField.OPERATION_DATE, p.actualOperationDate(), plan.operationDate, ChineseDates::format);
        change(plan, LedgerField.DESCRIPTION, p.description(), plan.description, s -> LedgerValues.shorten(s));
        if (plan.investmentMode != null && plan.investmentMode != p.investmentMode()) {
            plan.changes.add(new FieldChange(LedgerField.INVESTMENT_MODE.labelKey(),
                    p.investmentMode() == null ? "" : "investmentMode." + p.investmentMode().name(),
                    "investmentMode." + plan.investmentMode.name()));
        }
        if (plan.leaderId != null && !plan.leaderId.equals(p.leaderInChargeId())) {
            plan.changes.add(new FieldChange(LedgerField.LEADER.labelKey(), Objects.toString(p.leaderInChargeName(), ""),
                    name(context.users(), plan.leaderId, UserRef::id, UserRef::displayName)));
        }
        if (plan.keyDistrict != null && plan.keyDistrict != p.keyDistrict()) {
            plan.changes.add(new FieldChange("ledgerimport.field.keyDistrict", yesNo(p.keyDistrict()), yesNo(plan.keyDistrict)));
        }
        if (plan.keyProvincial != null && plan.keyProvincial != p.keyProvincial()) {
            plan.changes.add(new FieldChange("ledgerimport.field.keyProvincial", yesNo(p.keyProvincial()), yesNo(plan.keyProvincial)));
        }
        if (advancing) {
            plan.changes.add(new FieldChange(LedgerField.STAGE.labelKey(), "stage." + p.stage().name(), "stage." + plan.target.name()));
        }
        if (plan.pause != null && p.stage() != plan.pause) {
            Stage from = advancing ? plan.target : p.stage();
            plan.changes.add(new FieldChange(LedgerField.STAGE.labelKey(), "stage." + from.name(), "stage." + plan.pause.name()));
            plan.changes.add(new FieldChange(LedgerField.PAUSE_REASON.labelKey(), Objects.toString(p.holdReason(), ""),
                    pauseReasonShown(plan)));
        }
        if (plan.unitId != null && !plan.unitId.equals(p.responsibleUnitId())) {
            plan.problems.add(Problem.note(col(LedgerField.UNIT), "unitKept", p.responsibleUnitName()));
        }
        if (plan.changes.isEmpty()) {
            plan.action = RowAction.UNCHANGED;
        }
    }

    private static String yesNo(boolean value) {
        return value ? "common.yes" : "common.no";
    }

    private static <T> void change(RowPlan plan, LedgerField field, T before, T after, Function<T, String> format) {
        if (after == null) {
            return;
        }
        boolean same = before instanceof BigDecimal b && after instanceof BigDecimal a ? b.compareTo(a) == 0 : after.equals(before);
        if (!same) {
            plan.changes.add(new FieldChange(field.labelKey(), before == null ? "" : format.apply(before), format.apply(after)));
        }
    }

    private static <T> String name(List<T> list, Long id, Function<T, Long> idOf, Function<T, String> nameOf) {
        return list.stream().filter(e -> idOf.apply(e).equals(id)).map(nameOf).findFirst().orElse(String.valueOf(id));
    }

    private static <T> String names(List<T> list, Function<T, String> nameOf) {
        return String.join("、", list.stream().limit(5).map(nameOf).toList());
    }

}
