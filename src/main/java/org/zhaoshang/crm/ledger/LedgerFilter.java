package org.zhaoshang.crm.ledger;

import java.time.LocalDate;

/**
 * What a ledger is narrowed to: unit, area, industry, leader (分包领导 or 督办领导) and period ({@code from}–{@code to},
 * inclusive, on the ledger's own date: 签约日期, 提出日期 …). No period at all means the ledger's default (this year
 * for 三个一批, which is about a period by definition; everything for the others, which are cumulative records);
 * {@code allTime} asks for everything explicitly.
 */
public record LedgerFilter(Long unitId, Long areaId, Long industryId, Long leaderId, LocalDate from, LocalDate to,
        boolean allTime) {

    public static LedgerFilter none() {
        return new LedgerFilter(null, null, null, null, null, null, false);
    }

    public LedgerFilter withUnit(Long newUnitId) {
        return new LedgerFilter(newUnitId, areaId, industryId, leaderId, from, to, allTime);
    }

    public LedgerFilter withPeriod(LocalDate newFrom, LocalDate newTo) {
        return new LedgerFilter(unitId, areaId, industryId, leaderId, newFrom, newTo, false);
    }

    public LedgerFilter withAllTime() {
        return new LedgerFilter(unitId, areaId, industryId, leaderId, null, null, true);
    }

    boolean hasPeriod() {
        return from != null || to != null;
    }
}
