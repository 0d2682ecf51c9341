package org.zhaoshang.crm.supervision;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The working-day calendar: Monday to Friday, minus public holidays, plus 调休 make-up Saturdays and Sundays
 * (table working_day_override, which ADMIN keeps up to date every year).
 *
 * <p>The table holds a few dozen rows a year and is read for every deadline shown, so it is kept in memory: read
 * whole on first use, dropped when this node saves the calendar (after the commit) and read again at most a minute
 * later anyway, so a change saved on another node of the cluster is seen within a minute.
 */
@Component
public class WorkingDays {

    private static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private final JdbcTemplate jdbc;
    private volatile Overrides cached;

    /** Every override, and when it was read ({@link System#nanoTime}). */
    private record Overrides(Map<LocalDate, Boolean> days, long readAt) {
    }

    WorkingDays(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isWorkingDay(LocalDate day) {
        return isWorkingDay(overrides(), day);
    }

    /** The day {@code n} working days after {@code start} (n ≥ 1): a deadline "in 5 working days". */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        Map<LocalDate, Boolean> overrides = overrides();
        LocalDate day = start;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (isWorkingDay(overrides, day)) {
                counted++;
            }
        }
        return day;
    }

    /** Working days from {@code from} (exclusive) to {@code to} (inclusive); 0 when {@code to} is not later. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Map<LocalDate, Boolean> overrides = overrides();
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(overrides, day)) {
                count++;
            }
        }
        return count;
    }

    /** Forgets the calendar once the current transaction (if any) commits, so the next question reads it again. */
    void changed() {
        cached = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    cached = null;
                }
            });
        }
    }

    private Map<LocalDate, Boolean> overrides() {
        Overrides current = cached;
        if (current == null || System.nanoTime() - current.readAt() > FRESH_FOR.toNanos()) {
            Map<LocalDate, Boolean> days = new HashMap<>();
            jdbc.query("select day, working from working_day_override", rs -> {
                days.put(rs.getObject("day", LocalDate.class), rs.getBoolean("working"));
            });
            current = new Overrides(Map.copyOf(days), System.nanoTime());
            cached = current;
        }
        return current.days();
    }

    private static boolean isWorkingDay(Map<LocalDate, Boolean> overrides, LocalDate day) {
        return overrides.getOrDefault(day, day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY);
    }
}
