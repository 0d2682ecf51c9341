package org.zhaoshang.crm.dashboard;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;

/**
 * A span of office days, both ends included. Years, quarters and months are whole calendar periods, so
 * that a figure "this quarter" means the same on every day of the quarter.
 */
public record Period(PeriodKind kind, LocalDate from, LocalDate to) {

    public Period {
        if (from == null || to == null || to.isBefore(from)) {
            throw new org.zhaoshang.crm.base.BusinessException("dashboard.error.period");
        }
    }

    public static Period year(LocalDate day) {
        return new Period(PeriodKind.YEAR, day.withDayOfYear(1), day.withDayOfYear(day.lengthOfYear()));
    }

    public static Period quarter(LocalDate day) {
        LocalDate first = day.with(IsoFields.DAY_OF_QUARTER, 1);
        return new Period(PeriodKind.QUARTER, first, first.plusMonths(3).minusDays(1));
    }

    public static Period month(LocalDate day) {
        return new Period(PeriodKind.MONTH, day.withDayOfMonth(1), day.withDayOfMonth(day.lengthOfMonth()));
    }

    public static Period custom(LocalDate from, LocalDate to) {
        return new Period(PeriodKind.CUSTOM, from, to);
    }

    public static Period of(PeriodKind kind, LocalDate today) {
        return switch (kind) {
            case YEAR, CUSTOM -> year(today);
            case QUARTER -> quarter(today);
            case MONTH -> month(today);
        };
    }

    /** 1–4 for a quarter period, 0 otherwise. */
    public int quarterNumber() {
        return kind == PeriodKind.QUARTER ? from.get(IsoFields.QUARTER_OF_YEAR) : 0;
    }

    /**
     * 时序进度: the share of the period's days gone by today (today included), 0 before it and 1 after
     * it; progress against a target is read against this line.
     */
    public double elapsedShare(LocalDate today) {
        if (today.isBefore(from)) {
            return 0;
        }
        if (!today.isBefore(to)) {
            return 1;
        }
        return (double) (ChronoUnit.DAYS.between(from, today) + 1) / (ChronoUnit.DAYS.between(from, to) + 1);
    }
}
