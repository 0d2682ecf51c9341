package org.zhaoshang.crm.ledger;

import java.math.BigDecimal;
import java.util.Map;

/** How many rows a ledger has, the sum of every summed column (by key) and, for sectioned ledgers, rows per section. */
public record LedgerTotals(long count, Map<String, BigDecimal> sums, Map<String, Long> sections) {

    public LedgerTotals {
        sums = Map.copyOf(sums);
        sections = Map.copyOf(sections);
    }
}
