package org.zhaoshang.crm.ledger.importing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.zhaoshang.crm.base.text.InputText;
import org.zhaoshang.crm.ledger.LedgerType;

/**
 * What every ledger's planning shares: the mapped columns, the rows that are not records (blank, 合计/小计, notes
 * under the table, section headings, a repeated header), reading a cell as text or a date, and the file's own
 * problems (a required column missing, a field mapped twice). {@link ImportPlanner} plans project rows on it,
 * {@link ProblemPlanner} problem rows; the preview and the confirm step run the same planning.
 */
abstract class LedgerRowPlanner {

    private static final Pattern SECTION_HEADING = Pattern.compile("^([一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）]|\\d{1,2}、).*");
    private static final Set<String> SUMMARY_WORDS = Set.of("合计", "总计", "小计", "共计", "累计", "合 计", "总 计");
    private static final List<String> NOTE_PREFIXES = List.of("注：", "注:", "备注：", "备注:", "说明：", "说明:", "填表人", "制表",
            "审核", "填报人", "统计时间", "填报时间", "单位负责人", "联系电话");

    final ImportPlanner.Context context;
    final LedgerType type;
    final ColumnMapping mapping;
    final String fileName;
    final Map<LedgerField, ColumnMapping.Column> columns = new EnumMap<>(LedgerField.class);
    final List<String> headers;

    LedgerRowPlanner(ImportPlanner.Context context, LedgerType type, LedgerFile file, ColumnMapping mapping) {
        this.context = context;
        this.type = type;
        this.mapping = mapping;
        this.fileName = file.fileName();
        this.headers = file.headers();
        for (ColumnMapping.Column column : mapping.columns()) {
            if (column.field() != null && column.field() != LedgerField.SEQ) {
                columns.putIfAbsent(column.field(), column);
            }
        }
    }

    /** The fields this ledger cannot do without; a missing column is a file error. */
    abstract List<LedgerField> requiredColumns();

    /** Plans every row in order; the rows that are not records are SKIP. */
    abstract List<RowPlan> planAll(List<SourceRow> rows, ImportProgress progress);

    /** Plans the rows one after the other with {@code plan}, telling {@code progress} every 20 rows. */
    static List<RowPlan> planInOrder(List<SourceRow> rows, ImportProgress progress, Function<SourceRow, RowPlan> plan) {
        List<RowPlan> plans = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            plans.add(plan.apply(rows.get(i)));
            if (i % 20 == 0) {
                progress.update(ImportProgress.Phase.CHECKING, i / (double) rows.size());
            }
        }
        progress.update(ImportProgress.Phase.CHECKING, 1.0);
        return plans;
    }

    /**
     * The plan of a row of a ledger whose rows are records of one kind: SKIP for a row that is none (a 合计 line, a
     * heading, a note), otherwise a plan with the row's cells checked, for the caller to fill.
     */
    final RowPlan newPlan(SourceRow row) {
        RowPlan plan = new RowPlan(row.number());
        if (skipped(row, plan)) {
            plan.action = RowAction.SKIP;
        } else {
            checkCells(row, plan);
        }
        return plan;
    }

    String fileName() {
        return fileName;
    }

    /** Formulas that would inject make the row an error; a formula in a mapped column is noted (its result is read). */
    final void checkCells(SourceRow row, RowPlan plan) {
        for (int c = 0; c < row.cells().size(); c++) {
            SourceCell cell = row.cell(c);
            LedgerValues.injection(cell, c).ifPresent(plan.problems::add);
            if (isMapped(c)) {
                LedgerValues.formulaNote(cell, c).ifPresent(plan.problems::add);
            }
        }
    }

    List<Problem> fileProblems() {
        List<Problem> problems = new ArrayList<>();
        for (LedgerField field : requiredColumns()) {
            if (!columns.containsKey(field)) {
                problems.add(Problem.error(-1, "requiredColumn", field.labelKey(type), type.nameKey()));
            }
        }
        for (LedgerField duplicate : mapping.duplicates()) {
            problems.add(Problem.error(-1, "mappedTwice", duplicate.labelKey(type)));
        }
        return problems;
    }

    boolean isMapped(int column) {
        return column < mapping.columns().size() && mapping.columns().get(column).field() != null
                && mapping.columns().get(column).field() != LedgerField.SEQ;
    }

    // ---------------------------------------------------------------- rows that are not projects

    final boolean skipped(SourceRow row, RowPlan plan) {
        List<Integer> filled = new ArrayList<>();
        for (int c = 0; c < row.cells().size(); c++) {
            if (!row.cell(c).isBlank() && !isSeq(c)) {
                filled.add(c);
            }
        }
        if (filled.isEmpty()) {
            plan.problems.add(Problem.note(-1, "onlyNumber"));
            return true;
        }
        for (int i = 0; i < Math.min(4, row.cells().size()); i++) {
            String text = InputText.withoutSpaces(row.cell(i).text());
            if (SUMMARY_WORDS.contains(text) || text.startsWith("合计") || text.startsWith("总计")) {
                plan.problems.add(Problem.note(i, "summaryRow"));
                return true;
            }
        }
        String first = row.cell(filled.getFirst()).stripped();
        for (String prefix : NOTE_PREFIXES) {
            if (first.startsWith(prefix)) {
                plan.problems.add(Problem.note(filled.getFirst(), "noteRow"));
                return true;
            }
        }
        int nameColumn = columns.containsKey(LedgerField.PROJECT_NAME) ? columns.get(LedgerField.PROJECT_NAME).index() : -1;
        if (filled.size() == 1 && (filled.getFirst() != nameColumn || SECTION_HEADING.matcher(first).matches())) {
            plan.problems.add(Problem.note(filled.getFirst(), "sectionRow", LedgerValues.shorten(first)));
            return true;
        }
        int sameAsHeader = 0;
        for (int c : filled) {
            if (c < headers.size() && row.cell(c).stripped().equals(headers.get(c))) {
                sameAsHeader++;
            }
        }
        if (sameAsHeader >= 2) {
            plan.problems.add(Problem.note(-1, "repeatedHeader"));
            return true;
        }
        return false;
    }

    boolean isSeq(int column) {
        return column < mapping.columns().size() && mapping.columns().get(column).field() == LedgerField.SEQ;
    }

    // ---------------------------------------------------------------- values

    SourceCell cell(SourceRow row, LedgerField field) {
        ColumnMapping.Column column = columns.get(field);
        return column == null ? SourceCell.BLANK : row.cell(column.index());
    }

    int col(LedgerField field) {
        ColumnMapping.Column column = columns.get(field);
        return column == null ? -1 : column.index();
    }

    <T> T take(LedgerValues.Read<T> read, RowPlan plan) {
        plan.problems.addAll(read.problems());
        return read.value();
    }

    String text(SourceRow row, LedgerField field, int max, RowPlan plan) {
        return take(LedgerValues.text(cell(row, field), col(field), max), plan);
    }


    LocalDate date(SourceRow row, LedgerField field, RowPlan plan) {
        return take(LedgerValues.date(cell(row, field), col(field), context.period()), plan);
    }
}
