package org.zhaoshang.crm.ledger;

/** How a snapshot came about (labels under {@code ledger.snapshotKind.*}). */
public enum SnapshotKind {
    /** Every Friday 17:00. */
    WEEKLY,
    /** The last day of every month, 17:00. */
    MONTH_END,
    /** Taken by hand on the ledger screen. */
    MANUAL
}
