package org.zhaoshang.crm.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.base.db.DatabaseServer;

class DatabaseServerTest {

    @Test
    void mariaDbVersionLosesItsVendorSuffixForHibernate() {
        DatabaseServer server = new DatabaseServer("MariaDB", "11.4.5-MariaDB", "jdbc:mysql://127.0.0.1/x");
        assertThat(server.isMariaDb()).isTrue();
        assertThat(server.numericVersion()).isEqualTo("11.4.5");
    }

    @Test
    void mySqlIsNotTakenForMariaDb() {
        DatabaseServer server = new DatabaseServer("MySQL", "8.4.3", "jdbc:mysql://db/x");
        assertThat(server.isMariaDb()).isFalse();
        assertThat(server.describe()).isEqualTo("MySQL 8.4.3 (jdbc:mysql://db/x)");
    }
}
