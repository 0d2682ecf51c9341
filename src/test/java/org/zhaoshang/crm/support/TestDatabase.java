package org.zhaoshang.crm.support;

import java.nio.file.Path;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.mysql.MySQLContainer;
import org.zhaoshang.crm.base.embeddeddb.EmbeddedMariaDb;

/**
 * The one database of a test run, chosen once and shared by every test class:
 * <ol>
 * <li>{@code CRM_TEST_DB_URL} (+ {@code CRM_TEST_DB_USER}, {@code CRM_TEST_DB_PASSWORD}): an external server;</li>
 * <li>a Docker engine: MySQL 8.4 in a Testcontainer, as in production;</li>
 * <li>otherwise: the embedded MariaDB 11.4 under {@code target/test-mariadb}.</li>
 * </ol>
 * The log says which one was taken.
 */
public final class TestDatabase {

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
    private static final String DATABASE = "zhaoshang_crm_test";
    private static TestDatabase instance;

    private final String kind;
    private final String url;
    private final String username;
    private final String password;

    private TestDatabase(String kind, String url, String username, String password) {
        this.kind = kind;
        this.url = url;
        this.username = username;
        this.password = password;
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            instance = choose();
            log.info("Test database: {} at {}", instance.kind, instance.url);
        }
        return instance;
    }

    public String kind() {
        return kind;
    }

    /** Spring properties pointing the application at this database. */
    public Map<String, String> properties(String jdbcParameters) {
        String separator = url.contains("?") ? "&" : "?";
        return Map.of(
                "spring.datasource.url", url + separator + jdbcParameters,
                "spring.datasource.username", username,
                "spring.datasource.password", password);
    }

    private static TestDatabase choose() {
        String external = System.getenv("CRM_TEST_DB_URL");
        if (external != null && !external.isBlank()) {
            return new TestDatabase("external server (CRM_TEST_DB_URL)", external,
                    System.getenv().getOrDefault("CRM_TEST_DB_USER", "root"),
                    System.getenv().getOrDefault("CRM_TEST_DB_PASSWORD", ""));
        }
        if (dockerAvailable()) {
            MySQLContainer mysql = new MySQLContainer("mysql:8.4")
                    .withDatabaseName(DATABASE)
                    .withCommand("--character-set-server=utf8mb4", "--collation-server=utf8mb4_unicode_ci");
            mysql.start();
            return new TestDatabase("MySQL 8.4 Testcontainer", mysql.getJdbcUrl(), mysql.getUsername(), mysql.getPassword());
        }
        EmbeddedMariaDb db = EmbeddedMariaDb.start(Path.of("target", "test-mariadb"), 0);
        Runtime.getRuntime().addShutdownHook(new Thread(db::close, "test-mariadb-stop"));
        String url = db.createDatabase(DATABASE) + "?sslMode=DISABLED";
        dropAll(url);
        return new TestDatabase("embedded MariaDB 11.4 (no Docker engine)", url, "root", "");
    }

    /** Every run starts from an empty schema, so Flyway applies all migrations as on a new server. */
    private static void dropAll(String url) {
        try (var connection = java.sql.DriverManager.getConnection(url, "root", "");
                var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + DATABASE);
            statement.execute("CREATE DATABASE " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot reset the test database: " + e.getMessage(), e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | Error e) {
            return false;
        }
    }
}
