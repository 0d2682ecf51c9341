package org.zhaoshang.crm.ledger;

/** Sort by a column key; unknown or unsortable keys are ignored and the ledger's own order applies. */
public record LedgerSort(String column, boolean ascending) {
}
