package org.zhaoshang.crm.support;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points every test application context at the run's one {@link TestDatabase}. */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var environment = context.getEnvironment();
        Map<String, Object> properties = new HashMap<>(
                TestDatabase.get().properties(environment.getRequiredProperty("crm.db.jdbc-parameters")));
        environment.getPropertySources().addFirst(new MapPropertySource("testDatabase", properties));
    }
}
