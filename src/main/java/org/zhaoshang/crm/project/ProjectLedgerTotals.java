package org.zhaoshang.crm.project;

import java.math.BigDecimal;

/** How many projects a ledger query finds and the sums of its amount and count columns (万元, people, 亩). */
public record ProjectLedgerTotals(long count, BigDecimal totalInvestment, BigDecimal fixedAssetInvestment,
        BigDecimal expectedAnnualRevenue, BigDecimal expectedTax, long jobs, BigDecimal landNeedMu, BigDecimal agreementAmount) {
}
