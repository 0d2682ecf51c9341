package org.zhaoshang.crm.ledger;

import java.util.List;
import java.util.function.Consumer;

/**
 * Where a ledger's rows come from, in the definition's column order. The filter is already the effective one: the
 * reader's unit forced, the period resolved.
 */
interface LedgerSource {

    LedgerTotals totals(LedgerFilter filter);

    List<LedgerRow> page(LedgerFilter filter, List<LedgerSort> sort, int offset, int limit);

    /** Every row in order, handed over one at a time. */
    void stream(LedgerFilter filter, List<LedgerSort> sort, Consumer<LedgerRow> sink);
}
