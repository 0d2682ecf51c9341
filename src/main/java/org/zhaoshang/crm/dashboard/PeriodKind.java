package org.zhaoshang.crm.dashboard;

/** The cockpit's period choices (labels {@code dashboard.period.<NAME>}). */
public enum PeriodKind {
    YEAR, QUARTER, MONTH, CUSTOM
}
