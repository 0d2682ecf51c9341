package org.zhaoshang.crm.project;

import java.math.BigDecimal;
import java.util.List;

/** A column of the kanban board: the stage, its totals over the whole filter, and the first cards. */
public record BoardColumn(Stage stage, long count, BigDecimal totalInvestment, List<ProjectSummary> cards) {
}
