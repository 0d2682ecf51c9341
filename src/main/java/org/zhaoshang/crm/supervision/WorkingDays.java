package org.zhaoshang.crm.supervision;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The working-day calendar: Monday to Friday, minus public holidays, plus 调休 make-up Saturdays and Sundays
 * (table working_day_override, which ADMIN keeps up to date every year).
 */
@Component
public class WorkingDays {

    private final JdbcTemplate jdbc;

    WorkingDays(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public boolean isWorkingDay(LocalDate day) {
        return overrides(day, day).getOrDefault(day, isWeekday(day));
    }

    /** The day {@code n} working days after {@code start} (n ≥ 1): a deadline "in 5 working days". */
    public LocalDate plusWorkingDays(LocalDate start, int n) {
        Map<LocalDate, Boolean> overrides = overrides(start, start.plusDays(n * 3L + 30));
        LocalDate day = start;
        int counted = 0;
        while (counted < n) {
            day = day.plusDays(1);
            if (overrides.getOrDefault(day, isWeekday(day))) {
                counted++;
            }
        }
        return day;
    }

    /** Working days from {@code from} (exclusive) to {@code to} (inclusive); 0 when {@code to} is not later. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (!to.isAfter(from)) {
            return 0;
        }
        Map<LocalDate, Boolean> overrides = overrides(from, to);
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (overrides.getOrDefault(day, isWeekday(day))) {
                count++;
            }
        }
        return count;
    }

    private Map<LocalDate, Boolean> overrides(LocalDate from, LocalDate to) {
        Map<LocalDate, Boolean> result = new HashMap<>();
        jdbc.query("select day, working from working_day_override where day between ? and ?", rs -> {
            result.put(rs.getObject("day", LocalDate.class), rs.getBoolean("working"));
        }, from, to);
        return result;
    }

    private static boolean isWeekday(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY;
    }
}
