package org.zhaoshang.crm.ledger;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Links to the ledger screen for other features (the cockpit's drill-downs): the ledger and its filter live in the
 * URL, e.g. {@code ledgers?type=SIGNED&unit=2&from=2026-01-01&to=2026-06-30}, so a ledger can be bookmarked.
 */
public final class LedgerNavigation {

    public static final String LEDGERS = "ledgers";
    public static final String SNAPSHOTS = "ledgers/snapshots";

    private LedgerNavigation() {
    }

    public static String url(LedgerType type, LedgerFilter filter) {
        String query = toParameters(type, filter).entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return LEDGERS + "?" + query;
    }

    public static Map<String, String> toParameters(LedgerType type, LedgerFilter f) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("type", type.name());
        put(p, "unit", f.unitId());
        put(p, "area", f.areaId());
        put(p, "industry", f.industryId());
        put(p, "leader", f.leaderId());
        if (f.allTime()) {
            p.put("period", "all");
        } else {
            if (f.from() != null) {
                p.put("from", f.from().toString());
            }
            if (f.to() != null) {
                p.put("to", f.to().toString());
            }
        }
        return p;
    }

    /** The ledger a URL names; 签约项目台账 when it names none or one that does not exist. */
    public static LedgerType typeOf(Map<String, List<String>> parameters) {
        return first(parameters, "type").flatMap(v -> {
            try {
                return Optional.of(LedgerType.valueOf(v));
            } catch (IllegalArgumentException unknown) {
                return Optional.empty();
            }
        }).orElse(LedgerType.SIGNED);
    }

    /** Reads a filter from URL parameters; anything malformed is ignored rather than refused. */
    public static LedgerFilter fromParameters(Map<String, List<String>> parameters) {
        boolean all = first(parameters, "period").filter("all"::equals).isPresent();
        return new LedgerFilter(id(parameters, "unit"), id(parameters, "area"), id(parameters, "industry"),
                id(parameters, "leader"), all ? null : date(parameters, "from"), all ? null : date(parameters, "to"), all);
    }

    private static void put(Map<String, String> p, String key, Long id) {
        if (id != null) {
            p.put(key, id.toString());
        }
    }

    private static Optional<String> first(Map<String, List<String>> parameters, String key) {
        List<String> values = parameters.get(key);
        return values == null || values.isEmpty() || values.getFirst().isBlank() ? Optional.empty()
                : Optional.of(values.getFirst().strip());
    }

    private static Long id(Map<String, List<String>> parameters, String key) {
        return first(parameters, key).map(v -> {
            try {
                return Long.valueOf(v);
            } catch (NumberFormatException e) {
                return null;
            }
        }).orElse(null);
    }

    private static LocalDate date(Map<String, List<String>> parameters, String key) {
        return first(parameters, key).map(v -> {
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                return null;
            }
        }).orElse(null);
    }
}
