package org.zhaoshang.crm.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A one-shot command that fills the database with {@link SyntheticData} and stops the application:
 *
 * <pre>{@code
 * ./mvnw spring-boot:run -Dspring-boot.run.arguments="--crm.generate.projects=100000 --crm.generate.companies=200000 --crm.generate.seed=42"
 * }</pre>
 *
 * In the default run mode this fills the embedded MariaDB under {@code ./data/mariadb}, which the next
 * {@code ./mvnw spring-boot:run} opens again; delete {@code ./data} to start over. It adds to what is there,
 * so running it twice gives twice the rows. {@code crm.generate.companies} defaults to twice the projects,
 * {@code crm.generate.seed} to 42. Stop the app first: both use {@code ./data/mariadb}. The web server starts as
 * usual, so when port 8080 is taken by something else add {@code --server.port=0} to the arguments.
 *
 * <p>Active only when {@code crm.generate.projects} is above zero. It runs after the demo loader, because
 * projects need owners and the demo accounts are the users a fresh database has. Like all demo data it
 * refuses to run where demo data is off ({@code crm.demo.enabled=false}, the production profile), so that a
 * mistyped command cannot fill a real database with invented companies.
 */
@Component
@Order(100)
@ConditionalOnExpression("${crm.generate.projects:0} > 0")
class SyntheticDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(SyntheticDataRunner.class);

    private final SyntheticData generator;
    private final ConfigurableApplicationContext context;
    private final int projects;
    private final Integer companies;
    private final long seed;
    private final boolean demoEnabled;

    SyntheticDataRunner(SyntheticData generator, ConfigurableApplicationContext context,
            @Value("${crm.generate.projects}") int projects,
            @Value("${crm.generate.companies:#{null}}") Integer companies,
            @Value("${crm.generate.seed:42}") long seed,
            @Value("${crm.demo.enabled:false}") boolean demoEnabled) {
        this.generator = generator;
        this.context = context;
        this.projects = projects;
        this.companies = companies;
        this.seed = seed;
        this.demoEnabled = demoEnabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoEnabled) {
            throw new IllegalStateException("crm.generate.projects is set, but demo data is off (crm.demo.enabled=false, "
                    + "as in production): synthetic data is refused here. Generate into a development or test database.");
        }
        int companyCount = companies != null ? companies : Math.multiplyExact(2, projects);
        // Plain JDBC: no service is called, so no actor is needed.
        SyntheticData.Result result = generator.generate(companyCount, projects, seed);
        log.info("Synthetic data generated: {} companies, {} projects, {} stage changes, {} agreements "
                + "(seed {}, anchor day {}) in {} ms; the application stops now",
                result.companies(), result.projects(), result.stageChanges(), result.agreements(), result.seed(),
                result.today(), result.elapsedMillis());
        // A command, not a server start: closing the context stops the embedded database cleanly before the JVM exits.
        System.exit(SpringApplication.exit(context, () -> 0));
    }
}
