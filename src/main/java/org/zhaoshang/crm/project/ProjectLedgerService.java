package org.zhaoshang.crm.project;

import java.util.List;
import java.util.function.Consumer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Projects as the ledgers (台账) read them: pages for the ledger screen, totals for its footer and a stream for
 * exports and snapshots. Read-only, and narrowed by the same access rule as the project list, so a ledger can never
 * show a project its reader could not open.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ProjectLedgerService {

    private final ProjectLedgerQueries queries;

    ProjectLedgerService(ProjectLedgerQueries queries) {
        this.queries = queries;
    }

    /** A page of ledger rows; sort keys are {@link ProjectLedgerRow} field names (unknown ones are ignored). */
    public List<ProjectLedgerRow> page(ProjectLedgerQuery query, List<ProjectSort> sort, int offset, int limit) {
        return queries.page(query, sort, offset, limit);
    }

    /** Count and sums of what the query finds. */
    public ProjectLedgerTotals totals(ProjectLedgerQuery query) {
        return queries.totals(query);
    }

    /** Every row, in order, handed to {@code sink} as the database delivers it (bounded memory). */
    public void stream(ProjectLedgerQuery query, List<ProjectSort> sort, Consumer<ProjectLedgerRow> sink) {
        queries.stream(query, sort, sink);
    }
}
