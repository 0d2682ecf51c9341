package org.zhaoshang.crm.ledger;

import java.time.LocalDate;

/**
 * What stands above a ledger's header row: which ledger, who reports it (a unit's name, or null for the district)
 * and the period and day it is drawn up to (统计截止日期).
 */
public record LedgerHeading(LedgerType type, String reportingUnit, LocalDate from, LocalDate to, LocalDate asOf) {
}
