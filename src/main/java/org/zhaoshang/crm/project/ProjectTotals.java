package org.zhaoshang.crm.project;

import java.math.BigDecimal;

/** How many projects a filter finds and their total investment in 万元. */
public record ProjectTotals(long count, BigDecimal totalInvestment) {
}
