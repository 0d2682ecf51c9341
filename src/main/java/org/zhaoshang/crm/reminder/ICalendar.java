package org.zhaoshang.crm.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes an iCalendar (RFC 5545) feed of all-day events. Hand-written rather than a library because the
 * feed needs five properties; what matters are the details phone calendars are strict about: CRLF line
 * ends, TEXT escaping, and folding at 75 octets without cutting a Chinese character in half.
 */
final class ICalendar {

    private static final String CRLF = "\r\n";
    private static final int MAX_LINE_OCTETS = 75;
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter UTC_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    /**
     * A whole-day event. {@code uid} must stay the same for the same thing across fetches, so that a
     * calendar app updates the event instead of adding a copy.
     */
    record Event(String uid, LocalDate date, String summary, String description, String url) {
    }

    private ICalendar() {
    }

    /** The feed as text; {@code now} is the DTSTAMP of every event (when this copy was produced). */
    static String feed(String calendarName, List<Event> events, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//zhaoshang-crm//CN");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(calendarName));
        // Dates are the office's days; the hint keeps Google and Apple calendars from shifting them.
        line(out, "X-WR-TIMEZONE:Asia/Shanghai");
        String stamp = UTC_TIME.format(now);
        for (Event event : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + text(event.uid()));
            line(out, "DTSTAMP:" + stamp);
            // VALUE=DATE makes it a floating whole-day event; DTEND is exclusive, hence the next day.
            line(out, "DTSTART;VALUE=DATE:" + DATE.format(event.date()));
            line(out, "DTEND;VALUE=DATE:" + DATE.format(event.date().plusDays(1)));
            line(out, "SUMMARY:" + text(event.summary()));
            if (event.description() != null && !event.description().isBlank()) {
                line(out, "DESCRIPTION:" + text(event.description()));
            }
            if (event.url() != null && !event.url().isBlank()) {
                // URL is a URI value, not TEXT: escaping its commas or semicolons would change the address.
                line(out, "URL:" + event.url().replaceAll("[\\r\\n]", ""));
            }
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /**
     * A TEXT value: backslash, semicolon and comma escaped, line breaks as \n, other control characters
     * (which RFC 5545 does not allow in TEXT) dropped.
     */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> {
                    out.append("\\n");
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                default -> {
                    if (c == '\t' || (c >= 0x20 && c != 0x7f)) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * Appends one content line, folded: after every 75 octets a CRLF and a space, which the reader removes.
     * The space counts towards the 75 of the continuation line. Breaks only between code points.
     */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int codePoint = content.codePointAt(i);
            int size = codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
            if (octets + size > MAX_LINE_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append(CRLF);
    }
}
