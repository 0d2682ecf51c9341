package org.zhaoshang.crm.supervision;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.zhaoshang.crm.base.BusinessException;

/**
 * ADMIN keeps the working-day calendar every year from the State Council's holiday notice (国务院办公厅关于某年部分
 * 节假日安排的通知): the weekdays off and the weekend days worked (调休). Deadlines in working days, overdue
 * counts and every reminder job read it.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class WorkingDayCalendarService {

    private final NamedParameterJdbcTemplate jdbc;
    private final Clock clock;
    private final WorkingDays workingDays;

    WorkingDayCalendarService(NamedParameterJdbcTemplate jdbc, Optional<Clock> clock, WorkingDays workingDays) {
        this.jdbc = jdbc;
        this.workingDays = workingDays;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The exceptions of a year, by date. */
    public List<CalendarDay> year(int year) {
        return jdbc.query("select day, working, note from working_day_override where day between :from and :to order by day",
                Map.of("from", LocalDate.of(year, 1, 1), "to", LocalDate.of(year, 12, 31)),
                (rs, n) -> new CalendarDay(rs.getObject("day", LocalDate.class), rs.getBoolean("working"), rs.getString("note")));
    }

    /** Whether any day of the year has been entered (a year without one is most likely not entered yet). */
    public boolean entered(int year) {
        Integer count = jdbc.queryForObject("select count(*) from working_day_override where day between :from and :to",
                Map.of("from", LocalDate.of(year, 1, 1), "to", LocalDate.of(year, 12, 31)), Integer.class);
        return count != null && count > 0;
    }

    /**
     * Enters or changes a day. Refused when it would say what the weekday rule says anyway (a weekday "worked", a
     * weekend "off"), so the table only ever holds the notice's exceptions.
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void save(CalendarDay day) {
        if (day.day() == null) {
            throw new BusinessException("validation.required", "calendar.field.day");
        }
        boolean weekend = day.day().getDayOfWeek() == DayOfWeek.SATURDAY || day.day().getDayOfWeek() == DayOfWeek.SUNDAY;
        if (weekend && !day.working()) {
            throw new BusinessException("calendar.error.weekendOff");
        }
        if (!weekend && day.working()) {
            throw new BusinessException("calendar.error.weekdayWorking");
        }
        String note = day.note() == null ? null : day.note().strip();
        if (note != null && note.length() > 100) {
            throw new BusinessException("calendar.error.noteTooLong");
        }
        Timestamp now = Timestamp.from(clock.instant());
        int updated = jdbc.update("update working_day_override set working = :working, note = :note, updated_at = :now where day = :day",
                Map.of("working", day.working(), "note", note == null ? "" : note, "now", now, "day", day.day()));
        if (updated == 0) {
            jdbc.update("insert into working_day_override (day, working, note, updated_at) values (:day, :working, :note, :now)",
                    Map.of("working", day.working(), "note", note == null ? "" : note, "now", now, "day", day.day()));
        }
        workingDays.changed();
    }

    /** Removes an exception: the day follows the weekday rule again. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public void remove(LocalDate day) {
        jdbc.update("delete from working_day_override where day = :day", Map.of("day", day));
        workingDays.changed();
    }
}
