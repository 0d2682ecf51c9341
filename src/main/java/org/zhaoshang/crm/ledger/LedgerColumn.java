package org.zhaoshang.crm.ledger;

/**
 * A column of a ledger (序号 is not one: every ledger has it first). {@code key} is stable: snapshots store values
 * under it and the ledger screen sorts by it; {@code headerKey} names the heading in the ledger bundle; {@code width}
 * is in characters, as Excel counts them; summed columns add up into the 合计 row.
 */
public record LedgerColumn(String key, String headerKey, ColumnKind kind, int width, boolean summed, String labelPrefix,
        boolean sortable) {

    static LedgerColumn text(String key, int width) {
        return new LedgerColumn(key, "ledger.col." + key, ColumnKind.TEXT, width, false, null, true);
    }

    static LedgerColumn amount(String key, int width) {
        return new LedgerColumn(key, "ledger.col." + key, ColumnKind.AMOUNT, width, true, null, true);
    }

    static LedgerColumn count(String key, int width, boolean summed) {
        return new LedgerColumn(key, "ledger.col." + key, ColumnKind.COUNT, width, summed, null, true);
    }

    static LedgerColumn date(String key) {
        return new LedgerColumn(key, "ledger.col." + key, ColumnKind.DATE, 13, false, null, true);
    }

    static LedgerColumn label(String key, String labelPrefix, int width) {
        return new LedgerColumn(key, "ledger.col." + key, ColumnKind.LABEL, width, false, labelPrefix, true);
    }

    static LedgerColumn flag(String key, int width) {
        return new LedgerColumn(key, "ledger.col." + key, ColumnKind.FLAG, width, false, null, true);
    }

    /** The same column under another heading (进入洽谈日期 for the day a project entered its stage). */
    LedgerColumn titled(String newHeaderKey) {
        return new LedgerColumn(key, newHeaderKey, kind, width, summed, labelPrefix, sortable);
    }

    LedgerColumn unsortable() {
        return new LedgerColumn(key, headerKey, kind, width, summed, labelPrefix, false);
    }
}
