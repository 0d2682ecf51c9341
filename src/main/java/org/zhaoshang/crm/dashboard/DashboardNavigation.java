package org.zhaoshang.crm.dashboard;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Links to the cockpit and its own drill-down pages; the filter lives in the URL (period, from, to, unit,
 * area, industry) so that a leader can bookmark a view or send it to a colleague.
 */
public final class DashboardNavigation {

    public static final String COCKPIT = "cockpit";
    public static final String OVERDUE_PROBLEMS = "cockpit/overdue-problems";
    public static final String TARGETS = "admin/targets";

    private DashboardNavigation() {
    }

    public static String cockpitUrl(CockpitFilter filter) {
        return url(COCKPIT, filter);
    }

    public static String overdueProblemsUrl(CockpitFilter filter) {
        return url(OVERDUE_PROBLEMS, filter);
    }

    private static String url(String path, CockpitFilter filter) {
        String query = toParameters(filter).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? path : path + "?" + query;
    }

    public static Map<String, String> toParameters(CockpitFilter f) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("period", f.period().kind().name());
        if (f.period().kind() == PeriodKind.CUSTOM) {
            p.put("from", f.period().from().toString());
            p.put("to", f.period().to().toString());
        } else {
            p.put("day", f.period().from().toString());
        }
        if (f.unitId() != null) {
            p.put("unit", f.unitId().toString());
        }
        if (f.areaId() != null) {
            p.put("area", f.areaId().toString());
        }
        if (f.industryId() != null) {
            p.put("industry", f.industryId().toString());
        }
        return p;
    }

    /** Reads the filter from URL parameters; anything malformed falls back to this year, district-wide. */
    public static CockpitFilter fromParameters(Map<String, List<String>> parameters, LocalDate today) {
        PeriodKind kind = PeriodKind.YEAR;
        try {
            kind = PeriodKind.valueOf(first(parameters, "period", "YEAR"));
        } catch (IllegalArgumentException ignored) {
            // an unknown period in a hand-edited URL means this year
        }
        Period period;
        LocalDate day = date(parameters, "day");
        if (kind == PeriodKind.CUSTOM) {
            LocalDate from = date(parameters, "from");
            LocalDate to = date(parameters, "to");
            period = from != null && to != null && !to.isBefore(from) ? Period.custom(from, to) : Period.year(today);
        } else {
            period = Period.of(kind, day == null ? today : day);
        }
        return new CockpitFilter(period, id(parameters, "unit"), id(parameters, "area"), id(parameters, "industry"));
    }

    private static String first(Map<String, List<String>> parameters, String key, String otherwise) {
        List<String> values = parameters.get(key);
        return values == null || values.isEmpty() || values.getFirst().isBlank() ? otherwise : values.getFirst().strip();
    }

    private static LocalDate date(Map<String, List<String>> parameters, String key) {
        String value = first(parameters, key, null);
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Long id(Map<String, List<String>> parameters, String key) {
        String value = first(parameters, key, null);
        try {
            return value == null ? null : Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
