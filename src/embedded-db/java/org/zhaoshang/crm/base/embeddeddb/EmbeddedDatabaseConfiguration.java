package org.zhaoshang.crm.base.embeddeddb;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Default run mode (no profile): the application starts its own MariaDB and points the pool at it through
 * MySQL Connector/J, exactly like production points it at MySQL. Only the URL differs; the pool settings
 * ({@code spring.datasource.hikari.*}) and driver parameters are the shared ones.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "crm.embedded-db.enabled", havingValue = "true")
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedDatabaseProperties properties) {
        return EmbeddedMariaDb.start(properties.home(), properties.port());
    }

    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedMariaDb db, EmbeddedDatabaseProperties embedded,
            DataSourceProperties properties, org.springframework.core.env.Environment environment) {
        String url = db.createDatabase(embedded.database()) + "?"
                + environment.getRequiredProperty("crm.db.jdbc-parameters") + "&sslMode=DISABLED";
        properties.setUrl(url);
        properties.setUsername("root");
        properties.setPassword("");
        return properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    }
}
