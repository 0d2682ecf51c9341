package org.zhaoshang.crm.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhaoshang.crm.support.CrmIntegrationTest;

/** The schema comes from Flyway alone, Hibernate accepts it, and Chinese text survives the round trip. */
@CrmIntegrationTest
class DatabaseIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyMigrationInDbMigrationsIsApplied() throws IOException {
        long files;
        try (Stream<Path> migrations = Files.list(Path.of("db-migrations"))) {
            files = migrations.filter(p -> p.getFileName().toString().matches("V\\d{12}__.+\\.sql")).count();
        }
        Integer applied = jdbc.queryForObject(
                "select count(*) from flyway_schema_history where success = true and version is not null", Integer.class);
        assertThat(applied).isEqualTo((int) files).isPositive();
    }

    @Test
    void everyTableIsInnoDbWithUtf8mb4UnicodeCollation() {
        List<String> offenders = jdbc.queryForList("""
                select table_name from information_schema.tables
                where table_schema = database() and table_type = 'BASE TABLE'
                  and (engine <> 'InnoDB' or table_collation <> 'utf8mb4_unicode_ci')
                  and table_name <> 'flyway_schema_history'
                """, String.class);
        assertThat(offenders).isEmpty();
    }

    @Test
    void chineseAndFourByteCharactersRoundTrip() {
        String name = "测试单位·郑州二七🏭" + System.nanoTime();
        jdbc.update("insert into unit (code, name, type, sort_order, active, version, created_at, updated_at) "
                + "values (?, ?, 'TASK_FORCE', 999, true, 0, utc_timestamp(6), utc_timestamp(6))",
                "RT" + System.nanoTime() % 100000000, name);

        String read = jdbc.queryForObject("select name from unit where name = ?", String.class, name);
        assertThat(read).isEqualTo(name);
        assertThat(jdbc.queryForObject("select name from unit where name like ?", String.class, "测试单位·郑州二七🏭%"))
                .startsWith("测试单位");
    }

    @Test
    void connectionsUseMySqlStrictModeReadCommittedAndUtc() {
        String sqlMode = jdbc.queryForObject("select @@session.sql_mode", String.class);
        assertThat(sqlMode).contains("ONLY_FULL_GROUP_BY", "STRICT_TRANS_TABLES", "NO_ZERO_DATE");
        String isolation = jdbc.queryForObject("select @@session.transaction_isolation", String.class);
        assertThat(isolation).isEqualTo("READ-COMMITTED");
        String zone = jdbc.queryForObject("select @@session.time_zone", String.class);
        assertThat(zone).isIn("+00:00", "UTC");
    }

    @Test
    void referenceDataFromTheHandbookIsSeeded() {
        assertThat(jdbc.queryForList("select name from unit where type = 'TOWN'", String.class))
                .contains("马寨镇", "侯寨乡", "建中街街道", "铭功路街道", "福华街街道", "蜜蜂张办事处", "金水源办事处")
                .filteredOn(name -> name.endsWith("街道") || name.endsWith("办事处") || name.endsWith("镇") || name.endsWith("乡"))
                .hasSizeGreaterThanOrEqualTo(17);
        assertThat(jdbc.queryForList("select name from industry where parent_id is null order by sort_order", String.class))
                .containsExactly("高成长服务业", "低碳科技型工业", "城市更新");
        assertThat(jdbc.queryForObject("select province from city where name = '西安'", String.class)).isEqualTo("陕西");
    }
}
