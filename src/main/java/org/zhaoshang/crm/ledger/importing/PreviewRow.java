package org.zhaoshang.crm.ledger.importing;

import java.math.BigDecimal;
import java.util.List;
import org.zhaoshang.crm.company.CompanyRef;
import org.zhaoshang.crm.project.Stage;

/**
 * A row of the preview: what it will become and everything noticed about it.
 *
 * @param rowNumber the row's number in the file (as Excel shows it)
 * @param stage the stage the project will be in, 搁置 or 终止 for a row that says so (null for skipped rows and
 *        errors that prevent knowing it)
 * @param changes for an update, the fields that change
 * @param similarCompanies companies of the 企业库 whose names are close to the row's: the user may take one of them
 *        instead of a new company ({@link ImportOptions#companyChoices}); empty when there is nothing to choose
 * @param chosenCompanyId the one of {@code similarCompanies} chosen for this row, or null for a new company
 * @param title for a 问题督办 row the problem (its project is {@code projectName}), for a 外出招商 row the trip; null
 *        for project rows
 * @param detail for a 外出招商 row its dates, cities and visited companies; null otherwise
 */
public record PreviewRow(int rowNumber, RowAction action, String projectName, String companyName, Stage stage,
        BigDecimal totalInvestment, String unitName, List<Problem> problems, List<FieldChange> changes,
        List<CompanyRef> similarCompanies, Long chosenCompanyId, String title, String detail) {

    public PreviewRow {
        problems = List.copyOf(problems);
        changes = List.copyOf(changes);
        similarCompanies = List.copyOf(similarCompanies);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public boolean hasWarnings() {
        return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.WARNING);
    }
}
