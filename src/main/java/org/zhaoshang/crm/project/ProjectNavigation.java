package org.zhaoshang.crm.project;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhaoshang.crm.base.UrlParameters;

/**
 * Links into the project feature for other features (cockpit drill-downs, trip pages): the project page and
 * the list with a filter, whose state lives in the URL so that a leader can bookmark and share it.
 */
public final class ProjectNavigation {

    public static final String LIST = "projects";

    private ProjectNavigation() {
    }

    public static String projectUrl(Long id) {
        return "projects/" + id;
    }

    /** The list URL for a filter, e.g. {@code projects?stage=NEGOTIATION,SIGNED&unit=2&q=sst}. */
    public static String listUrl(ProjectFilter filter) {
        String query = toParameters(filter).entrySet().stream()
                .map(e -> e.getKey() + "=" + java.net.URLEncoder.encode(e.getValue(), java.nio.charset.StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return query.isEmpty() ? LIST : LIST + "?" + query;
    }

    public static Map<String, String> toParameters(ProjectFilter f) {
        Map<String, String> p = new LinkedHashMap<>();
        if (f.stages() != null && !f.stages().isEmpty()) {
            p.put("stage", f.stages().stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
        }
        put(p, "industry", f.industryId());
        put(p, "unit", f.unitId());
        put(p, "owner", f.ownerId());
        put(p, "area", f.areaId());
        put(p, "company", f.companyId());
        if (f.keyDistrict()) {
            p.put("keyDistrict", "1");
        }
        if (f.keyProvincial()) {
            p.put("keyProvincial", "1");
        }
        if (f.overdueStart()) {
            p.put("overdueStart", "1");
        }
        if (f.stale()) {
            p.put("stale", "1");
        }
        if (f.text() != null && !f.text().isBlank()) {
            p.put("q", f.text().strip());
        }
        if (f.milestone() != null && f.from() != null && f.to() != null) {
            p.put("milestone", f.milestone().name());
            p.put("from", f.from().toString());
            p.put("to", f.to().toString());
        }
        put(p, "city", f.cityId());
        put(p, "trip", f.tripId());
        return p;
    }

    /** Reads a filter from URL parameters; anything malformed is ignored rather than refused. */
    public static ProjectFilter fromParameters(Map<String, List<String>> parameters) {
        Set<Stage> stages = EnumSet.noneOf(Stage.class);
        UrlParameters.first(parameters, "stage").ifPresent(v -> Arrays.stream(v.split(",")).forEach(s -> {
            try {
                stages.add(Stage.valueOf(s.strip()));
            } catch (IllegalArgumentException ignored) {
                // an unknown stage in a hand-edited URL is dropped
            }
        }));
        return new ProjectFilter(stages, UrlParameters.id(parameters, "industry"), UrlParameters.id(parameters, "unit"),
                UrlParameters.id(parameters, "owner"), UrlParameters.id(parameters, "area"),
                UrlParameters.flag(parameters, "keyDistrict"), UrlParameters.flag(parameters, "keyProvincial"),
                UrlParameters.flag(parameters, "overdueStart"), UrlParameters.flag(parameters, "stale"),
                UrlParameters.first(parameters, "q").orElse(null), UrlParameters.id(parameters, "company"),
                milestone(parameters), UrlParameters.date(parameters, "from"), UrlParameters.date(parameters, "to"),
                UrlParameters.id(parameters, "city"), UrlParameters.id(parameters, "trip"));
    }

    private static Milestone milestone(Map<String, List<String>> parameters) {
        return UrlParameters.first(parameters, "milestone").map(v -> {
            try {
                return Milestone.valueOf(v.strip());
            } catch (IllegalArgumentException e) {
                return null;
            }
        }).orElse(null);
    }

    private static void put(Map<String, String> p, String key, Long id) {
        if (id != null) {
            p.put(key, id.toString());
        }
    }
}
