package org.zhaoshang.crm.ledger;

import java.time.Instant;
import java.time.LocalDate;

/** A snapshot as lists show it: which ledger, how it came about, whose (a unit, or null for the district), when. */
public record SnapshotSummary(Long id, LedgerType type, SnapshotKind kind, Long unitId, String unitName, LocalDate asOf,
        LocalDate periodFrom, LocalDate periodTo, int rowCount, Instant takenAt, String takenBy) {
}
