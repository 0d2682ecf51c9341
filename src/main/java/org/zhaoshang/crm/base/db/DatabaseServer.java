package org.zhaoshang.crm.base.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * What is behind the JDBC URL. MySQL Connector/J reports MariaDB as "MySQL", so the server's own
 * {@code VERSION()} is asked: it says "11.4.5-MariaDB" on MariaDB and "8.4.x" on MySQL.
 */
public record DatabaseServer(String productName, String version, String url) {

    public boolean isMariaDb() {
        return "MariaDB".equals(productName);
    }

    /** Major.minor.patch without the vendor suffix, as Hibernate expects it. */
    public String numericVersion() {
        int end = 0;
        while (end < version.length() && (Character.isDigit(version.charAt(end)) || version.charAt(end) == '.')) {
            end++;
        }
        return version.substring(0, end);
    }

    public String describe() {
        return productName + " " + numericVersion() + " (" + url + ")";
    }

    public static DatabaseServer detect(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT VERSION()")) {
            rs.next();
            String version = rs.getString(1);
            String product = version.toLowerCase().contains("mariadb") ? "MariaDB" : "MySQL";
            return new DatabaseServer(product, version, stripSecrets(connection.getMetaData().getURL()));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database: " + e.getMessage(), e);
        }
    }

    private static String stripSecrets(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
