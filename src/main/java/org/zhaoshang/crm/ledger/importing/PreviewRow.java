package org.zhaoshang.crm.ledger.importing;

import java.math.BigDecimal;
import java.util.List;
import org.zhaoshang.crm.project.Stage;

/**
 * A row of the preview: what it will become and everything noticed about it.
 *
 * @param rowNumber the row's number in the file (as Excel shows it)
 * @param stage the stage the project will be in (null for skipped rows and errors that prevent knowing it)
 * @param changes for an update, the fields that change
 */
public record PreviewRow(int rowNumber, RowAction action, String projectName, String companyName, Stage stage,
        BigDecimal totalInvestment, String unitName, List<Problem> problems, List<FieldChange> changes) {

    public PreviewRow {
        problems = List.copyOf(problems);
        changes = List.copyOf(changes);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public boolean hasWarnings() {
        return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.WARNING);
    }
}
