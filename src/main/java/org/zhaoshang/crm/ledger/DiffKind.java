package org.zhaoshang.crm.ledger;

/** What happened to a row between two snapshots (labels under {@code ledger.diff.*}). */
public enum DiffKind {
    ADDED, REMOVED, CHANGED
}
