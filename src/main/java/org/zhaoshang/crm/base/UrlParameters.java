package org.zhaoshang.crm.base;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reading a filter back from a URL's query parameters (a bookmarked list or ledger): the first value of a parameter,
 * an id, a flag, a date. Anything malformed counts as absent, since a hand-edited URL should open the page, not fail.
 */
public final class UrlParameters {

    private UrlParameters() {
    }

    public static Optional<String> first(Map<String, List<String>> parameters, String key) {
        List<String> values = parameters.get(key);
        return values == null || values.isEmpty() || values.getFirst().isBlank() ? Optional.empty()
                : Optional.of(values.getFirst().strip());
    }

    public static Long id(Map<String, List<String>> parameters, String key) {
        return first(parameters, key).map(v -> {
            try {
                return Long.valueOf(v);
            } catch (NumberFormatException e) {
                return null;
            }
        }).orElse(null);
    }

    /** True for 1 or true. */
    public static boolean flag(Map<String, List<String>> parameters, String key) {
        return first(parameters, key).map(v -> v.equals("1") || v.equalsIgnoreCase("true")).orElse(false);
    }

    /** An ISO date (2026-05-26). */
    public static LocalDate date(Map<String, List<String>> parameters, String key) {
        return first(parameters, key).map(v -> {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                return null;
            }
        }).orElse(null);
    }
}
