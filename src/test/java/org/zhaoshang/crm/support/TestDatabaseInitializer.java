package org.zhaoshang.crm.support;

import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points every test application context at the run's one {@link TestDatabase} and SMTP server ({@link TestMail}). */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var environment = context.getEnvironment();
        Map<String, Object> properties = new HashMap<>(
                TestDatabase.get().properties(environment.getRequiredProperty("crm.db.jdbc-parameters")));
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", String.valueOf(TestMail.port()));
        environment.getPropertySources().addFirst(new MapPropertySource("testDatabase", properties));
    }
}
