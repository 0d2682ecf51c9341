package org.zhaoshang.crm.supervision;

import java.time.LocalDate;

/** A problem as the 问题督办台账 shows it: the problem, its latest progress report and the day it was closed out. */
public record ProblemLedgerRow(ProblemRow problem, String latestProgress, LocalDate closedOn) {
}
