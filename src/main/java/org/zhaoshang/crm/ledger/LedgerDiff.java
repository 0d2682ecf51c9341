package org.zhaoshang.crm.ledger;

import java.util.List;

/**
 * Two snapshots of a ledger compared row by row (rows matched by their key): added, removed and changed rows, the
 * latter with the columns that changed; how many rows stayed as they were.
 */
public record LedgerDiff(LedgerType type, SnapshotSummary older, SnapshotSummary newer, List<LedgerColumn> columns,
        List<DiffRow> rows, long unchanged) {

    public LedgerDiff {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public long count(DiffKind kind) {
        return rows.stream().filter(r -> r.kind() == kind).count();
    }
}
