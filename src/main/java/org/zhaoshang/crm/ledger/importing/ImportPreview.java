package org.zhaoshang.crm.ledger.importing;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhaoshang.crm.ledger.LedgerType;

/**
 * What confirming would do, row by row, before anything is written; also what the confirm step checks
 * again (a row whose outcome changed in the meantime stops the import).
 *
 * @param fileProblems problems of the file as a whole (a required column not mapped, a field mapped twice)
 * @param periodYear the year used for dates without one, and where it came from
 */
public record ImportPreview(LedgerType type, String fileName, List<PreviewRow> rows, List<Problem> fileProblems,
        Integer periodYear, String periodSource) {

    public ImportPreview {
        rows = List.copyOf(rows);
        fileProblems = List.copyOf(fileProblems);
    }

    public long count(RowAction action) {
        return rows.stream().filter(r -> r.action() == action).count();
    }

    public long errorRows() {
        return rows.stream().filter(PreviewRow::hasErrors).count();
    }

    public long warningRows() {
        return rows.stream().filter(r -> !r.hasErrors() && r.hasWarnings()).count();
    }

    public boolean fileHasErrors() {
        return fileProblems.stream().anyMatch(Problem::isError);
    }

    /** Rows that would write something. */
    public long rowsToWrite() {
        return rows.stream().filter(r -> r.action() == RowAction.CREATE_COMPANY_AND_PROJECT
                || r.action() == RowAction.CREATE_PROJECT || r.action() == RowAction.UPDATE_PROJECT
                || r.action() == RowAction.CREATE_PROBLEM || r.action() == RowAction.CREATE_TRIP).count();
    }

    /** Whether confirming is allowed: no file errors, something to write, and no row errors unless they are skipped. */
    public boolean canImport(boolean skipErrorRows) {
        return !fileHasErrors() && rowsToWrite() > 0 && (skipErrorRows || errorRows() == 0);
    }

    Map<Integer, RowAction> actions() {
        return rows.stream().collect(Collectors.toMap(PreviewRow::rowNumber, PreviewRow::action, (a, b) -> a));
    }

    Map<Integer, PreviewRow> byRow() {
        return rows.stream().collect(Collectors.toMap(PreviewRow::rowNumber, Function.identity(), (a, b) -> a));
    }
}
