package org.zhaoshang.crm.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.zhaoshang.crm.demo.SyntheticData;
import org.zhaoshang.crm.project.ProjectFilter;
import org.zhaoshang.crm.project.ProjectService;
import org.zhaoshang.crm.project.ProjectSort;
import org.zhaoshang.crm.project.ProjectSummary;
import org.zhaoshang.crm.project.Stage;
import org.zhaoshang.crm.support.CrmIntegrationTest;
import org.zhaoshang.crm.support.TestDatabase;

/**
 * How fast the project list's first page answers with 100,000 projects and 200,000 companies: the service
 * call a grid makes, timed in-process (no HTTP, no Vaadin). Run with {@code ./mvnw -B -Pbenchmark verify};
 * the figures go to stdout and {@code target/benchmark/project-list.txt}.
 *
 * <p>It reports and never fails on timing: a machine that is busy or slower is not a bug. It checks only
 * that every case finds something and that what it finds matches the filter, so a fast empty answer cannot
 * pass for a fast query.
 */
@CrmIntegrationTest
@Tag("benchmark")
class ProjectListBenchmarkIT {

    private static final int PROJECTS = 100_000;
    private static final int COMPANIES = 200_000;
    private static final long SEED = 42;
    private static final int WARM_UP_CALLS = 20;
    private static final int TIMED_CALLS = 200;
    private static final int PAGE = 50;

    /** A brand syllable pair common in the generated names: 华 and 信 are the syllables drawn most often. */
    private static final String BRAND_FRAGMENT = "华信";
    /** Pinyin initials that many names contain (郑州, 智造, 制造, 中州 …). */
    private static final String INITIALS = "zz";
    private static final String UNIT = "区商务局";
    private static final List<ProjectSort> NEWEST_FIRST = List.of(new ProjectSort("updated", false));
    private static final Path REPORT = Path.of("target", "benchmark", "project-list.txt");

    @Autowired
    SyntheticData syntheticData;
    @Autowired
    ProjectService projects;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcTemplate jdbc;

    private final List<String> report = new ArrayList<>();

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theFirstPageOfTheListIsMeasuredOnAHundredThousandProjects() throws IOException {
        String generation = generateUnlessPresent();
        Long unit = jdbc.queryForObject("select id from unit where name = ?", Long.class, UNIT);
        ProjectFilter negotiationInUnit = ProjectFilter.none().withStages(Set.of(Stage.NEGOTIATION)).withUnit(unit);

        report.add("Project list benchmark, " + LocalDateTime.now().withNano(0));
        report.add("database: " + TestDatabase.get().kind() + "; " + Runtime.getRuntime().availableProcessors()
                + " cores; Java " + Runtime.version());
        report.add("data: " + jdbc.queryForObject("select count(*) from project", Long.class) + " projects, "
                + jdbc.queryForObject("select count(*) from company", Long.class) + " companies; " + generation);
        report.add("page: first " + PAGE + " rows, newest first; " + WARM_UP_CALLS + " warm-up calls, then "
                + TIMED_CALLS + " timed calls per case");
        report.add("");
        report.add(String.format(Locale.ROOT, "%-62s %6s %8s %8s %8s %8s", "case (ms)", "rows", "min", "median", "p95", "max"));

        double loadAtStart = loadAverage();
        signIn("unitlead");
        measure("unitlead  洽谈 + 区商务局 + \"" + BRAND_FRAGMENT + "\"", negotiationInUnit.withText(BRAND_FRAGMENT),
                rows -> assertInUnitAndNegotiating(rows), true);
        measure("unitlead  洽谈 + 区商务局 + \"" + INITIALS + "\"", negotiationInUnit.withText(INITIALS),
                rows -> assertInUnitAndNegotiating(rows), false);
        measure("unitlead  text only \"" + BRAND_FRAGMENT + "\" (own unit by access rule)",
                ProjectFilter.none().withText(BRAND_FRAGMENT), rows -> { }, true);

        signIn("leader");
        measure("leader    洽谈 + 区商务局 + \"" + BRAND_FRAGMENT + "\"", negotiationInUnit.withText(BRAND_FRAGMENT),
                rows -> assertInUnitAndNegotiating(rows), true);
        measure("leader    text only \"" + BRAND_FRAGMENT + "\" (all units)", ProjectFilter.none().withText(BRAND_FRAGMENT),
                rows -> { }, true);
        measure("leader    text only \"" + INITIALS + "\" (all units)", ProjectFilter.none().withText(INITIALS),
                rows -> { }, false);

        report.add("");
        report.add("distribution: " + distribution());
        report.add(String.format(Locale.ROOT, "system load average: %.2f at the start of the timed calls, %.2f at the end "
                + "(other processes on the machine show up here)", loadAtStart, loadAverage()));
        Files.createDirectories(REPORT.getParent());
        Files.write(REPORT, report);
        System.out.println(String.join(System.lineSeparator(), report));
    }

    private String generateUnlessPresent() {
        Long existing = jdbc.queryForObject("select count(*) from project", Long.class);
        if (existing != null && existing >= PROJECTS) {
            return "generation skipped (" + existing + " projects already there)";
        }
        SyntheticData.Result result = syntheticData.generate(COMPANIES, PROJECTS, SEED);
        return String.format(Locale.ROOT, "generated (seed %d) in %.1f s: %d companies, %d projects, %d stage changes, "
                + "%d agreements", result.seed(), result.elapsedMillis() / 1000.0, result.companies(), result.projects(),
                result.stageChanges(), result.agreements());
    }

    private interface RowCheck {
        void check(List<ProjectSummary> rows);
    }

    /** Times the page alone, then the page and the count together, which is what the grid asks for. */
    private void measure(String label, ProjectFilter filter, RowCheck check, boolean textInNames) {
        List<ProjectSummary> page = projects.list(filter, 0, PAGE, NEWEST_FIRST);
        long count = projects.count(filter);
        assertThat(page).as(label).isNotEmpty().hasSizeLessThanOrEqualTo(PAGE);
        assertThat(count).as(label).isGreaterThanOrEqualTo(page.size());
        assertThat(page.size()).as(label).isEqualTo((int) Math.min(PAGE, count));
        assertThat(page).as(label).extracting(ProjectSummary::updatedAt)
                .isSortedAccordingTo((a, b) -> b.compareTo(a));
        if (textInNames) {
            String text = filter.text();
            assertThat(page).as(label).allSatisfy(row -> assertThat(row.name().contains(text)
                    || row.companyName().contains(text)).isTrue());
        }
        check.check(page);

        long[] listOnly = time(() -> projects.list(filter, 0, PAGE, NEWEST_FIRST));
        long[] withCount = time(() -> {
            projects.list(filter, 0, PAGE, NEWEST_FIRST);
            return projects.count(filter);
        });
        report.add(line(label + "  list", page.size() + "", listOnly));
        report.add(line(label + "  list+count", count + "", withCount));
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long[] time(Supplier<?> call) {
        for (int i = 0; i < WARM_UP_CALLS; i++) {
            call.get();
        }
        long[] nanos = new long[TIMED_CALLS];
        for (int i = 0; i < TIMED_CALLS; i++) {
            long started = System.nanoTime();
            call.get();
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static String line(String label, String rows, long[] sorted) {
        int n = sorted.length;
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
        long p95 = sorted[(int) Math.ceil(0.95 * n) - 1];
        return String.format(Locale.ROOT, "%-62s %6s %8.2f %8.2f %8.2f %8.2f", label, rows, ms(sorted[0]), median / 1e6,
                ms(p95), ms(sorted[n - 1]));
    }

    private static double ms(long nanos) {
        return nanos / (double) TimeUnit.MILLISECONDS.toNanos(1);
    }

    private static void assertInUnitAndNegotiating(List<ProjectSummary> rows) {
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.stage()).isEqualTo(Stage.NEGOTIATION);
            assertThat(row.responsibleUnitName()).isEqualTo(UNIT);
        });
    }

    /** The shape of the generated data, so a reader can see what the figures were measured on. */
    private String distribution() {
        StringBuilder stages = new StringBuilder();
        jdbc.query("select stage, count(*) as n from project group by stage order by count(*) desc",
                rs -> {
                    stages.append(stages.isEmpty() ? "" : ", ").append(rs.getString("stage")).append(' ').append(rs.getLong("n"));
                });
        signIn("leader");
        ProjectFilter all = ProjectFilter.none();
        long overdueStart = projects.count(new ProjectFilter(Set.of(), null, null, null, null, false, false, true, false,
                null, null));
        long stale = projects.count(new ProjectFilter(Set.of(), null, null, null, null, false, false, false, true,
                null, null));
        long inUnit = projects.count(all.withUnit(jdbc.queryForObject("select id from unit where name = ?", Long.class, UNIT)));
        return stages + "; 应开未开 " + overdueStart + ", stale negotiations " + stale + ", " + UNIT + " " + inUnit;
    }

    private void signIn(String username) {
        UserDetails user = userDetails.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
    }
}
