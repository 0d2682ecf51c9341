package org.zhaoshang.crm.ledger.importing;

import java.time.Instant;
import org.zhaoshang.crm.ledger.LedgerType;

/** One past import: who, when, which file as which ledger, and what it created and updated. */
public record ImportLogRow(Long id, Instant importedAt, String userName, String unitName, LedgerType type, String fileName,
        int rowsTotal, int companiesCreated, int projectsCreated, int projectsUpdated, int problemsCreated, int tripsCreated, int rowsSkipped) {
}
