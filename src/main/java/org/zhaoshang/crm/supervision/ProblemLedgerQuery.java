package org.zhaoshang.crm.supervision;

import java.time.LocalDate;

/**
 * Which problems the 问题督办台账 lists: by lead unit, supervising leader, the project's area and industry (a parent
 * includes its children) and the day raised ({@code from}–{@code to}, inclusive). Every part may be empty.
 */
public record ProblemLedgerQuery(Long unitId, Long leaderId, Long areaId, Long industryId, LocalDate from, LocalDate to) {
}
