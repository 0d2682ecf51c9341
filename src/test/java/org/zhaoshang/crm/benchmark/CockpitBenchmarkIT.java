package org.zhaoshang.crm.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhaoshang.crm.dashboard.Cockpit;
import org.zhaoshang.crm.dashboard.CockpitFilter;
import org.zhaoshang.crm.dashboard.CockpitService;
import org.zhaoshang.crm.dashboard.Period;
import org.zhaoshang.crm.demo.SyntheticData;
import org.zhaoshang.crm.support.Actors;
import org.zhaoshang.crm.support.CrmIntegrationTest;
import org.zhaoshang.crm.support.TestDatabase;

/**
 * The cockpit on 100,000 projects, 2,000,000 follow-ups and 50,000 problems: each of its queries and the
 * whole screen, through {@link CockpitService} as a leader (district) and as a unit lead (one unit), timed
 * in-process. Target: the whole cockpit under 300 ms median, any single query under 100 ms. Reports, and
 * checks only that the figures are not empty (a fast empty answer must not pass for a fast query).
 * Run with {@code ./mvnw -B -Pbenchmark verify -Dit.test=CockpitBenchmarkIT}; figures in
 * {@code target/benchmark/cockpit.txt}.
 */
@CrmIntegrationTest
@Tag("benchmark")
class CockpitBenchmarkIT {

    private static final int PROJECTS = 100_000;
    private static final int FOLLOWUPS = 2_000_000;
    private static final int PROBLEMS = 50_000;
    private static final int WARM_UP = 5;
    private static final int RUNS = 25;
    private static final Path REPORT = Path.of("target", "benchmark", "cockpit.txt");

    @Autowired
    SyntheticData syntheticData;
    @Autowired
    CockpitService cockpit;
    @Autowired
    Actors actors;
    @Autowired
    JdbcTemplate jdbc;

    private final List<String> report = new ArrayList<>();

    @Test
    void everyCockpitQueryIsTimedOnAHundredThousandProjects() throws IOException {
        String generation = generateUnlessPresent();
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        report.add("Cockpit benchmark, " + LocalDateTime.now().withNano(0));
        report.add("database: " + TestDatabase.get().kind() + "; " + Runtime.getRuntime().availableProcessors() + " cores");
        report.add("data: " + count("project") + " projects, " + count("project_agreement") + " agreements, "
                + count("followup") + " follow-ups, " + count("problem") + " problems; " + generation);
        report.add(WARM_UP + " warm-up calls, then " + RUNS + " timed calls per case; period: this year");
        report.add("");
        report.add(String.format(Locale.ROOT, "%-40s %8s %8s %8s %8s", "query (ms)", "min", "median", "p95", "max"));
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();

        CockpitFilter year = new CockpitFilter(Period.year(today), null, null, null);
        Cockpit whole = actors.as("leader", () -> cockpit.cockpit(year));
        assertThat(whole.funnel().stream().mapToLong(s -> s.figure().count()).sum()).isGreaterThan(PROJECTS / 2);
        assertThat(whole.alerts().overdueProblems()).isPositive();
        assertThat(whole.cities()).isNotEmpty();
        assertThat(whole.units()).isNotEmpty();

        for (String user : List.of("leader", "unitlead")) {
            actors.run(user, () -> {
                measure(user + "  progress (签约/落地/入库)", () -> cockpit.progress(year, today));
                measure(user + "  funnel by stage", () -> cockpit.funnel(year));
                measure(user + "  industries", () -> cockpit.industries(year));
                measure(user + "  三个一批 (month/quarter/year)", () -> cockpit.batches(year, today));
                measure(user + "  leads by city", () -> cockpit.cities(year));
                measure(user + "  unit ranking", () -> cockpit.ranking(year));
                measure(user + "  trips", () -> cockpit.trips(year));
                measure(user + "  alerts (应开未开/督办/停滞)", () -> cockpit.alerts(year, today));
                measure(user + "  trend by month", () -> cockpit.trend(year));
                measure(user + "  WHOLE COCKPIT", () -> cockpit.cockpit(year));
            });
        }
        report.add("");
        report.add(String.format(Locale.ROOT, "system load average: %.2f at the start, %.2f at the end", load,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        Files.createDirectories(REPORT.getParent());
        Files.write(REPORT, report);
        System.out.println(String.join(System.lineSeparator(), report));
    }

    private long count(String table) {
        Long n = jdbc.queryForObject("select count(*) from " + table, Long.class);
        return n == null ? 0 : n;
    }

    private String generateUnlessPresent() {
        StringBuilder done = new StringBuilder();
        if (count("project") < PROJECTS) {
            SyntheticData.Result r = syntheticData.generate(2 * PROJECTS, PROJECTS, 42);
            done.append(String.format(Locale.ROOT, "projects generated in %.1f s; ", r.elapsedMillis() / 1000.0));
        }
        int followups = (int) Math.max(0, FOLLOWUPS - count("followup"));
        int problems = (int) Math.max(0, PROBLEMS - count("problem"));
        if (followups > 0 || problems > 0) {
            SyntheticData.ActivityResult r = syntheticData.generateActivity(followups, problems, 42,
                    LocalDate.now(ZoneId.of("Asia/Shanghai")));
            done.append(String.format(Locale.ROOT, "%d follow-ups and %d problems generated in %.1f s", r.followups(),
                    r.problems(), r.elapsedMillis() / 1000.0));
        }
        return done.isEmpty() ? "generation skipped (data already there)" : done.toString();
    }

    private void measure(String label, Supplier<?> call) {
        for (int i = 0; i < WARM_UP; i++) {
            call.get();
        }
        long[] nanos = new long[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            call.get();
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        double median = RUNS % 2 == 1 ? nanos[RUNS / 2] : (nanos[RUNS / 2 - 1] + nanos[RUNS / 2]) / 2.0;
        long p95 = nanos[(int) Math.ceil(0.95 * RUNS) - 1];
        report.add(String.format(Locale.ROOT, "%-40s %8.1f %8.1f %8.1f %8.1f", label, nanos[0] / 1e6, median / 1e6,
                p95 / 1e6, nanos[RUNS - 1] / 1e6));
    }
}
