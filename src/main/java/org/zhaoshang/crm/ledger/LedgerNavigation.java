package org.zhaoshang.crm.ledger;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.zhaoshang.crm.base.UrlParameters;

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
        return UrlParameters.first(parameters, "type").flatMap(v -> {
            try {
                return Optional.of(LedgerType.valueOf(v));
            } catch (IllegalArgumentException unknown) {
                return Optional.empty();
            }
        }).orElse(LedgerType.SIGNED);
    }

    /** Reads a filter from URL parameters; anything malformed is ignored rather than refused. */
    public static LedgerFilter fromParameters(Map<String, List<String>> parameters) {
        boolean all = UrlParameters.first(parameters, "period").filter("all"::equals).isPresent();
        return new LedgerFilter(UrlParameters.id(parameters, "unit"), UrlParameters.id(parameters, "area"),
                UrlParameters.id(parameters, "industry"), UrlParameters.id(parameters, "leader"),
                all ? null : UrlParameters.date(parameters, "from"), all ? null : UrlParameters.date(parameters, "to"), all);
    }

    private static void put(Map<String, String> p, String key, Long id) {
        if (id != null) {
            p.put(key, id.toString());
        }
    }
}
