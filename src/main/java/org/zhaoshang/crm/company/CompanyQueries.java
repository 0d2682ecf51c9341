package org.zhaoshang.crm.company;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.base.SqlText;

/**
 * Read model of the company list: one SQL statement per page, joining the reference tables for their
 * names and counting projects and contacts, so a grid page costs one round trip.
 */
@Component
class CompanyQueries {

    private static final Map<String, String> SORTABLE = Map.of(
            "name", "c.name", "creditCode", "c.credit_code", "city", "city.name", "industry", "ind.name",
            "projects", "project_count", "updated", "c.updated_at");

    private final NamedParameterJdbcTemplate jdbc;

    CompanyQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<CompanySummary> list(CompanyFilter filter, int offset, int limit, String sortColumn, boolean ascending) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        String where = where(filter, params);
        String order = SORTABLE.getOrDefault(sortColumn, "c.name") + (ascending ? " asc" : " desc") + ", c.id";
        params.addValue("offset", offset).addValue("limit", limit);
        return jdbc.query("""
                select c.id, c.name, c.short_name, c.credit_code, city.name as city_name, c.ownership_type,
                       ind.name as industry_name,
                       (select count(*) from project p where p.company_id = c.id) as project_count,
                       (select count(*) from company_contact cc where cc.company_id = c.id) as contact_count
                from company c
                left join city on city.id = c.hq_city_id
                left join industry ind on ind.id = c.industry_id
                """ + where + " order by " + order + " limit :limit offset :offset", params, SUMMARY);
    }

    long count(CompanyFilter filter) {
        MapSqlParameterSource params = new MapSqlParameterSource();
        Long count = jdbc.queryForObject("select count(*) from company c" + where(filter, params), params, Long.class);
        return count == null ? 0 : count;
    }

    Optional<CompanyDetails> details(Long id) {
        return jdbc.query("""
                select c.*, city.name as city_name, ind.name as industry_name
                from company c
                left join city on city.id = c.hq_city_id
                left join industry ind on ind.id = c.industry_id
                where c.id = :id
                """, Map.of("id", id), (rs, n) -> new CompanyDetails(rs.getLong("id"), rs.getLong("version"),
                rs.getString("name"), rs.getString("short_name"), rs.getString("credit_code"),
                (Long) rs.getObject("hq_city_id", Long.class), rs.getString("city_name"),
                ownership(rs.getString("ownership_type")), rs.getString("parent_group"),
                (Long) rs.getObject("industry_id", Long.class), rs.getString("industry_name"), rs.getString("website"),
                rs.getString("notes"))).stream().findFirst();
    }

    /** Companies whose normalized name contains the given one, or is contained in it. */
    List<CompanyRef> nameCandidates(String normalized, Long exceptId) {
        return jdbc.query("""
                select id, name, short_name from company
                where (normalized_name like :contains or :normalized like concat('%', normalized_name, '%'))
                  and char_length(normalized_name) >= 2 and id <> :except
                order by char_length(name) limit 50
                """, new MapSqlParameterSource().addValue("contains", SqlText.contains(normalized))
                .addValue("normalized", normalized).addValue("except", exceptId == null ? -1L : exceptId),
                (rs, n) -> new CompanyRef(rs.getLong("id"), rs.getString("name"), rs.getString("short_name")));
    }

    private static String where(CompanyFilter filter, MapSqlParameterSource params) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (filter.text() != null && !filter.text().isBlank()) {
            where.append(" and (c.name like :text or c.short_name like :text or c.credit_code like :text"
                    + " or c.search_key like :initials)");
            params.addValue("text", SqlText.contains(filter.text().strip()));
            params.addValue("initials", SqlText.contains(filter.text().strip().toLowerCase()));
        }
        if (filter.industryId() != null) {
            where.append(" and (c.industry_id = :industry or c.industry_id in (select id from industry where parent_id = :industry))");
            params.addValue("industry", filter.industryId());
        }
        if (filter.hqCityId() != null) {
            where.append(" and c.hq_city_id = :city");
            params.addValue("city", filter.hqCityId());
        }
        if (filter.ownershipType() != null) {
            where.append(" and c.ownership_type = :ownership");
            params.addValue("ownership", filter.ownershipType().name());
        }
        return where.toString();
    }

    private static OwnershipType ownership(String value) {
        return value == null ? null : OwnershipType.valueOf(value);
    }

    private static final RowMapper<CompanySummary> SUMMARY = (rs, n) -> new CompanySummary(rs.getLong("id"),
            rs.getString("name"), rs.getString("short_name"), rs.getString("credit_code"), rs.getString("city_name"),
            ownership(rs.getString("ownership_type")), rs.getString("industry_name"), rs.getLong("project_count"),
            rs.getLong("contact_count"));
}
