package org.zhaoshang.crm.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhaoshang.crm.demo.SyntheticData;
import org.zhaoshang.crm.followup.FollowupKind;
import org.zhaoshang.crm.reminder.OutboxDriver;
import org.zhaoshang.crm.reminder.ReminderJobsService;
import org.zhaoshang.crm.security.SystemActor;
import org.zhaoshang.crm.support.CrmIntegrationTest;
import org.zhaoshang.crm.support.TestDatabase;
import org.zhaoshang.crm.support.TestMail;

/**
 * How long the daily digest takes for 100,000 due follow-ups of 2,000 owners, and how fast the sender then
 * delivers the digests to a local SMTP server (GreenMail, in this JVM). Both are timed in-process through the
 * calls the jobs make: {@code ReminderJobsService.dailyDigests(day)} as the system actor, and the outbox
 * sender's {@code sendDue} in a loop, with the scheduled sender paused. Run with
 * {@code ./mvnw -B -Pbenchmark verify}; the figures go to stdout and {@code target/benchmark/reminders.txt}.
 *
 * <p>Like the project list benchmark it reports and never fails on timing; the target (digests in
 * under 30 s) is printed next to the figure. It checks what was produced: one digest per owner in the outbox,
 * and exactly one mail per owner at the SMTP server, so that a fast run that skipped people cannot pass.
 */
@CrmIntegrationTest
@Tag("benchmark")
class ReminderBenchmarkIT {

    private static final int OWNERS = 2_000;
    private static final int FOLLOWUPS = 100_000;
    /** Projects the follow-ups are spread over; generated (owned by everyone, bench users included) if fewer. */
    private static final int MIN_PROJECTS = 10_000;
    private static final long SEED = 42;
    private static final int CHUNK = 2_000;
    private static final int SEND_BATCH = 100;
    private static final Duration DIGEST_TARGET = Duration.ofSeconds(30);
    private static final Duration SEND_DEADLINE = Duration.ofMinutes(10);
    private static final int SMTP_BASELINE_MAILS = 50;
    private static final String USERNAME_PREFIX = "bench";
    private static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");
    private static final JobKey SENDER_JOB = JobKey.jobKey("outbox-sender", "reminders");
    private static final Path REPORT = Path.of("target", "benchmark", "reminders.txt");
    private static final List<String> STEPS = List.of("电话回访，确认投资意向", "上门拜访，对接选址需求", "邀请来区考察载体",
            "协调用地指标", "报送项目专班研究", "沟通协议条款");

    @Autowired
    ReminderJobsService reminders;
    @Autowired
    OutboxDriver sender;
    @Autowired
    SyntheticData syntheticData;
    @Autowired
    Scheduler scheduler;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JavaMailSender mail;

    private final List<String> report = new ArrayList<>();

    @Test
    void theDigestsOfAHundredThousandDueFollowupsAndTheirDeliveryAreMeasured() throws Exception {
        LocalDate day = digestDay();
        report.add("Reminder benchmark, " + LocalDateTime.now().withNano(0) + "; digest day " + day);
        report.add("database: " + TestDatabase.get().kind() + "; " + Runtime.getRuntime().availableProcessors()
                + " cores; Java " + Runtime.version() + "; max heap " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB");
        List<Long> owners = ensureOwners();
        report.add("owners: " + owners.size() + " STAFF users (" + USERNAME_PREFIX + "1.." + OWNERS + ")");
        report.add("projects: " + ensureProjects());
        report.add("follow-ups: " + insertFollowups(owners, day));

        scheduler.pauseJob(SENDER_JOB);
        try {
            // The digests: the job's one call, timed as a whole.
            long started = System.nanoTime();
            String result = SystemActor.call(() -> reminders.dailyDigests(day));
            Duration digests = Duration.ofNanos(System.nanoTime() - started);

            Map<String, Long> queued = benchDigests(day);
            assertThat(queued).as("one DAILY_DIGEST per owner for " + day).hasSize(OWNERS)
                    .containsOnlyKeys(owners.stream().map(id -> "DAILY_DIGEST:" + id + ":" + day).toList());
            // All digests of the day: the owners' and those of anyone else with something due or stale.
            int digestCount = jdbc.queryForObject("select count(*) from notification where dedupe_key like ?", Integer.class,
                    "DAILY_DIGEST:%:" + day);
            assertThat(digestCount).as("bell items").isGreaterThanOrEqualTo(OWNERS);
            Map<String, Object> size = jdbc.queryForMap("select avg(length(body_text)) as text, avg(length(body_html)) as html"
                    + " from outbox_message where idempotency_key like ? and recipient like ?", "DAILY_DIGEST:%:" + day, "%@bench.example");
            report.add("");
            report.add(String.format(Locale.ROOT, "digests: %.1f s for %,d due follow-ups -> %.0f digests/s (target: all in under "
                    + "%d s: %s); job result \"%s\"", seconds(digests), FOLLOWUPS, digestCount / seconds(digests),
                    DIGEST_TARGET.toSeconds(), digests.compareTo(DIGEST_TARGET) < 0 ? "met" : "NOT met", result));
            report.add(String.format(Locale.ROOT, "digest size: %.0f bytes text + %.0f bytes HTML on average",
                    ((Number) size.get("text")).doubleValue(), ((Number) size.get("html")).doubleValue()));

            // The delivery: the sender's own loop until every bench digest is out.
            GreenMail smtp = TestMail.get();
            int before = smtp.getReceivedMessages().length;
            started = System.nanoTime();
            long deadline = started + SEND_DEADLINE.toNanos();
            int delivered = 0;
            int sent;
            // Until nothing due is left, as the job's own loop does (other queued mail goes out too and is counted).
            while ((sent = sender.sendDue(SEND_BATCH)) > 0 && System.nanoTime() < deadline) {
                delivered += sent;
            }
            Duration sending = Duration.ofNanos(System.nanoTime() - started);

            assertThat(unsent(day)).as("bench digests not sent within " + SEND_DEADLINE).isZero();
            MimeMessage[] received = smtp.getReceivedMessages();
            Map<String, Long> perOwner = Arrays.stream(received, before, received.length).flatMap(ReminderBenchmarkIT::recipients)
                    .filter(address -> address.endsWith("@bench.example"))
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            assertThat(perOwner).as("mails received per owner").hasSize(OWNERS)
                    .allSatisfy((address, count) -> assertThat(count).as(address).isEqualTo(1));
            report.add(String.format(Locale.ROOT, "sender: %,d mails delivered in %.1f s -> %.1f mails/s, %.1f ms per mail (batches of "
                    + "%d, one SMTP connection per mail, GreenMail on 127.0.0.1 in the same JVM)", delivered, seconds(sending),
                    delivered / seconds(sending), seconds(sending) * 1000 / delivered, SEND_BATCH));
            double smtpOnly = smtpMillisPerMail(day);
            report.add(String.format(Locale.ROOT, "of which SMTP alone: %.1f ms per mail (the same JavaMailSender sending one of these "
                    + "digests %d times, no database); the rest is claiming and marking rows", smtpOnly, SMTP_BASELINE_MAILS));
        } finally {
            scheduler.resumeJob(SENDER_JOB);
        }

        Files.createDirectories(REPORT.getParent());
        Files.write(REPORT, report);
        System.out.println(String.join(System.lineSeparator(), report));
    }

    /** Milliseconds per mail for the SMTP exchange alone: a bench digest sent directly, as EmailChannel builds it. */
    private double smtpMillisPerMail(LocalDate day) throws MessagingException {
        Map<String, Object> digest = jdbc.queryForMap("select subject, body_text, body_html from outbox_message"
                + " where idempotency_key like ? and recipient like ? limit 1", "DAILY_DIGEST:%:" + day, "%@bench.example");
        long started = System.nanoTime();
        for (int i = 0; i < SMTP_BASELINE_MAILS; i++) {
            MimeMessage mime = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
            helper.setFrom("zhaoshang-crm@localhost");
            helper.setTo("baseline" + i + "@smtp-baseline.example");
            helper.setSubject((String) digest.get("subject"));
            helper.setText((String) digest.get("body_text"), (String) digest.get("body_html"));
            mail.send(mime);
        }
        return (System.nanoTime() - started) / 1e6 / SMTP_BASELINE_MAILS;
    }

    /** A working day on which these owners have no digest yet (a rerun on a kept database moves on a day). */
    private LocalDate digestDay() {
        LocalDate day = LocalDate.now(OFFICE);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                || jdbc.queryForObject("select count(*) from outbox_message where idempotency_key like ? and recipient like ?",
                        Integer.class, "DAILY_DIGEST:%:" + day, "%@bench.example") > 0) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The 2,000 owners: STAFF users spread over the units, inserted in bulk unless a previous run left them. */
    private List<Long> ensureOwners() {
        Set<String> existing = new HashSet<>(jdbc.queryForList("select username from app_user where username like ?",
                String.class, USERNAME_PREFIX + "%"));
        // Every owner gets the same (valid) hash: logging in is not what is measured.
        String hash = jdbc.queryForObject("select password_hash from app_user order by id limit 1", String.class);
        List<Long> units = jdbc.queryForList("select id from unit where active = true order by id", Long.class);
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>();
        for (int n = 1; n <= OWNERS; n++) {
            if (!existing.contains(USERNAME_PREFIX + n)) {
                rows.add(new Object[] {USERNAME_PREFIX + n, hash, "压测用户" + n, "招商专员", "user" + n + "@bench.example",
                    units.get(n % units.size()), now, now});
            }
        }
        jdbc.batchUpdate("""
                insert into app_user (username, password_hash, display_name, title, email, unit_id, role, enabled,
                                      version, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, 'STAFF', true, 0, ?, ?)
                """, rows);
        return jdbc.queryForList("select id from app_user where username like ? and email like ? order by id", Long.class,
                USERNAME_PREFIX + "%", "%@bench.example");
    }

    private String ensureProjects() {
        Long existing = jdbc.queryForObject("select count(*) from project", Long.class);
        if (existing != null && existing >= MIN_PROJECTS) {
            return existing + " (generation skipped)";
        }
        SyntheticData.Result result = syntheticData.generate(MIN_PROJECTS / 2, MIN_PROJECTS, SEED);
        return String.format(Locale.ROOT, "%d generated (seed %d) in %.1f s, owned by all users including the owners above",
                result.projects(), result.seed(), result.elapsedMillis() / 1000.0);
    }

    /**
     * 100,000 open follow-ups with next_date on or before the day (a fifth due that day, the rest up to 60 days
     * overdue), authors drawn at random from the owners, projects from all projects, each (project, author) pair
     * once: the service closes an author's earlier follow-up on a project, so only one is ever open. Replaces
     * what an earlier run left, so that each run measures the same amount.
     */
    private String insertFollowups(List<Long> owners, LocalDate day) {
        long started = System.nanoTime();
        transactions.executeWithoutResult(tx -> jdbc.update("delete f from followup f join app_user u on u.id = f.author_id"
                + " where u.email like ?", "%@bench.example"));
        List<Long> projects = jdbc.queryForList("select id from project order by id", Long.class);
        SplittableRandom random = new SplittableRandom(SEED);
        FollowupKind[] kinds = FollowupKind.values();
        Set<Long> pairs = new HashSet<>();
        Instant now = Instant.now();
        List<Object[]> chunk = new ArrayList<>(CHUNK);
        for (int i = 0; i < FOLLOWUPS; i++) {
            long author;
            long project;
            do {
                author = owners.get(random.nextInt(owners.size()));
                project = projects.get(random.nextInt(projects.size()));
            } while (!pairs.add(author * 1_000_000_000L + project));
            LocalDate next = random.nextInt(5) == 0 ? day : day.minusDays(1 + random.nextInt(60));
            Timestamp happened = Timestamp.from(now.minus(Duration.ofMinutes(60 + random.nextInt(90 * 24 * 60))));
            chunk.add(new Object[] {project, author, kinds[random.nextInt(kinds.length)].name(), happened,
                "压测跟进 " + (i + 1) + "：了解企业扩产计划", STEPS.get(random.nextInt(STEPS.size())), Date.valueOf(next),
                happened, happened});
            if (chunk.size() == CHUNK || i == FOLLOWUPS - 1) {
                List<Object[]> batch = List.copyOf(chunk);
                transactions.executeWithoutResult(tx -> jdbc.batchUpdate("""
                        insert into followup (project_id, author_id, kind, happened_at, content, next_step, next_date,
                                              version, created_at, updated_at)
                        values (?, ?, ?, ?, ?, ?, ?, 0, ?, ?)
                        """, batch));
                chunk.clear();
            }
        }
        jdbc.execute("analyze table followup");
        Integer due = jdbc.queryForObject("select count(*) from followup f join app_user u on u.id = f.author_id"
                + " where u.email like ? and f.closed_at is null and f.next_date <= ?", Integer.class, "%@bench.example", day);
        return String.format(Locale.ROOT, "%,d open and due by %s, over %,d projects, inserted in %.1f s", due, day,
                projects.size(), seconds(Duration.ofNanos(System.nanoTime() - started)));
    }

    private Map<String, Long> benchDigests(LocalDate day) {
        return jdbc.queryForList("select idempotency_key from outbox_message where idempotency_key like ? and recipient like ?",
                String.class, "DAILY_DIGEST:%:" + day, "%@bench.example").stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private int unsent(LocalDate day) {
        return jdbc.queryForObject("select count(*) from outbox_message where idempotency_key like ? and recipient like ?"
                + " and status <> 'SENT'", Integer.class, "DAILY_DIGEST:%:" + day, "%@bench.example");
    }

    private static Stream<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
