package org.zhaoshang.crm.supervision;

import java.time.LocalDate;

/** A day that differs from the Monday-to-Friday rule: a holiday on a weekday, or a 调休 working weekend day. */
public record CalendarDay(LocalDate day, boolean working, String note) {
}
