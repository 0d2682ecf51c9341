package org.zhaoshang.crm.project;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which projects a ledger (台账) lists. Every part may be empty: {@code stages} empty means every stage;
 * {@code date} names the date the period {@code from}–{@code to} (inclusive, office calendar days) applies to, and
 * with {@code dateRequired} a project without that date is left out (签约项目台账 lists only projects that have a
 * signing date). {@code industryId} of a wheel and {@code areaId} of a parent area include their children.
 * {@code fields} names the {@link ProjectLedgerRow} fields to read (empty: all); the others stay empty, which saves
 * the database and the driver work on long exports. The id, unit, stage and planned start (for 应开未开) are always read.
 */
public record ProjectLedgerQuery(Set<Stage> stages, boolean keyOnly, DateField date, boolean dateRequired,
        LocalDate from, LocalDate to, Long unitId, Long areaId, Long industryId, Long leaderId, Set<String> fields) {

    /** The dates a ledger period can apply to. */
    public enum DateField {
        /** 登记日期: when the project was recorded. */
        CREATED,
        /** The day the project entered its current stage. */
        STAGE_ENTERED,
        SIGNED,
        STARTED,
        OPERATING,
        PLANNED_START
    }

    public ProjectLedgerQuery {
        stages = stages == null ? Set.of() : Set.copyOf(stages);
        fields = fields == null ? Set.of() : Set.copyOf(fields);
    }
}
