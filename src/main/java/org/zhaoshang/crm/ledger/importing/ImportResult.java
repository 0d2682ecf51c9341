package org.zhaoshang.crm.ledger.importing;

/** What a confirmed import wrote, all in one transaction. */
public record ImportResult(Long logId, int companiesCreated, int projectsCreated, int projectsUpdated, int problemsCreated,
        int tripsCreated, int rowsUnchanged, int rowsSkipped, int rowsWithErrorsLeftOut) {
}
