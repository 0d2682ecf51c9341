package org.zhaoshang.crm.project;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Days without activity after which a project at a stage is stale (table stale_rule; ADMIN edits it). */
@Component
class StaleRules {

    private final JdbcTemplate jdbc;

    StaleRules(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Map<Stage, Integer> all() {
        Map<Stage, Integer> rules = new EnumMap<>(Stage.class);
        jdbc.query("select stage, days from stale_rule", rs -> {
            rules.put(Stage.valueOf(rs.getString("stage")), rs.getInt("days"));
        });
        return rules;
    }

    void save(Stage stage, Integer days) {
        if (days == null) {
            jdbc.update("delete from stale_rule where stage = ?", stage.name());
        } else {
            int updated = jdbc.update("update stale_rule set days = ?, updated_at = utc_timestamp(6), version = version + 1 where stage = ?",
                    days, stage.name());
            if (updated == 0) {
                jdbc.update("insert into stale_rule (stage, days, version, created_at, updated_at) values (?, ?, 0, utc_timestamp(6), utc_timestamp(6))",
                        stage.name(), days);
            }
        }
    }
}
