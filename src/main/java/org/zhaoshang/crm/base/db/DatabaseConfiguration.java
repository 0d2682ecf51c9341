package org.zhaoshang.crm.base.db;

import java.util.Arrays;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.hibernate.autoconfigure.HibernatePropertiesCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;

/**
 * Database set-up common to every profile: the same Connector/J driver talks to MySQL 8.4 in production
 * and to MariaDB 11.4 in development and tests. On MariaDB, Hibernate must not read JDBC metadata
 * (Connector/J takes MariaDB for MySQL 8 and queries a table MariaDB lacks), so it is told the product and
 * version instead and picks its MariaDB dialect; schema validation still runs. See docs/adr/0002.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean
    DatabaseServer databaseServer(DataSource dataSource) {
        return DatabaseServer.detect(dataSource);
    }

    @Bean
    HibernatePropertiesCustomizer mariaDbAwareHibernate(DatabaseServer server) {
        return properties -> {
            if (server.isMariaDb()) {
                properties.put("hibernate.boot.allow_jdbc_metadata_access", "false");
                properties.put("jakarta.persistence.database-product-name", "MariaDB");
                properties.put("jakarta.persistence.database-product-version", server.numericVersion());
            }
        };
    }

    @Bean
    InfoContributor databaseInfo(DatabaseServer server, Environment environment) {
        return builder -> builder.withDetail("database", Map.of(
                        "product", server.productName(), "version", server.numericVersion()))
                .withDetail("profiles", activeProfiles(environment));
    }

    @EventListener(ApplicationReadyEvent.class)
    void logWhereWeAre(ApplicationReadyEvent event) {
        Environment environment = event.getApplicationContext().getEnvironment();
        DatabaseServer server = event.getApplicationContext().getBean(DatabaseServer.class);
        log.info("zhaoshang-crm ready: profile(s) {}, database {}", activeProfiles(environment), server.describe());
    }

    private static String activeProfiles(Environment environment) {
        String[] active = environment.getActiveProfiles();
        return active.length == 0 ? Arrays.toString(environment.getDefaultProfiles()) : Arrays.toString(active);
    }
}
