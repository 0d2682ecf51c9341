package org.zhaoshang.crm.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.quartz.JobBuilder;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhaoshang.crm.support.CrmIntegrationTest;
import org.zhaoshang.crm.support.SecondNode;
import org.zhaoshang.crm.support.TestMail;

/**
 * Two application instances form one Quartz cluster on the run's database: this test's context and the
 * packaged jar in a second JVM. A probe job fires every second while the second node joins, while this node
 * stands aside and after it is back; meanwhile the outbox is fed and the outbox-sender job runs every second.
 * Every fire must run exactly once (none twice, none lost) and every message must reach the SMTP server
 * exactly once, and each node must have done part of both.
 *
 * <p>Why this node stands aside for a while: Quartz does not spread a repeating trigger over the nodes. The
 * node that fired it re-acquires it as soon as the job completes, so a node that joins later would usually
 * only watch. Standing by (what a node does during a rolling restart) makes the other node take over for
 * certain, and the hand-over is exactly where a fire could be lost or run twice.
 */
@CrmIntegrationTest
class QuartzClusterIT {

    private static final Pattern SCHEDULER_STARTED = Pattern.compile("Scheduler zhaoshang-crm_\\$_(\\S+) started");
    private static final String DUPLICATE_FIRE = "already ran on another node";
    private static final int WAVE = 100;
    private static final int RACED_WAVE = 200;
    private static final int FIRES_PER_PHASE = 3;

    @Autowired
    Scheduler scheduler;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Environment environment;
    @Autowired
    OutboxSender sender;

    /** Names of this run's probe job and mail addresses, so that a shared external database cannot confuse runs. */
    private final String run = Long.toString(System.currentTimeMillis(), 36);
    private final JobKey probe = JobKey.jobKey("cluster-probe-" + run, "cluster-test");
    private final TriggerKey probeTrigger = TriggerKey.triggerKey("cluster-probe-" + run, "cluster-test");
    private final TriggerKey senderTrigger = TriggerKey.triggerKey("outbox-sender", JobSchedule.GROUP);
    private final long here = ProcessHandle.current().pid();

    @Test
    void twoNodesShareTheSchedulerAndRunEveryFireAndSendEveryMailExactlyOnce() throws Exception {
        Instant began = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Trigger defaultSender = scheduler.getTrigger(senderTrigger);
        ListAppender<ILoggingEvent> recordedJobLog = captureRecordedJobLog();
        SecondNode second = null;
        try {
            // 1. This node alone: the probe starts, the sender runs every second, the first wave is mailed.
            scheduler.rescheduleJob(senderTrigger, TriggerBuilder.newTrigger().withIdentity(senderTrigger)
                    .forJob(defaultSender.getJobKey()).startNow()
                    .withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(1).withMisfireHandlingInstructionNextWithRemainingCount())
                    .build());
            Instant firstFire = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
            scheduler.scheduleJob(JobBuilder.newJob(Jobs.ProbeJob.class).withIdentity(probe)
                    .withDescription("cluster test probe").build(),
                    TriggerBuilder.newTrigger().withIdentity(probeTrigger).startAt(Date.from(firstFire))
                            .withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(1)
                                    // A fire more than a minute late would be skipped, not caught up: the
                                    // contiguity check below then fails, as it should for a stalled cluster.
                                    .withMisfireHandlingInstructionNextWithExistingCount())
                            .build());
            queue(1, WAVE);
            await("this node alone to run probe fires and mail wave 1").atMost(Duration.ofSeconds(30))
                    .until(() -> probeFiresOn(here) >= FIRES_PER_PHASE && sent(1) == WAVE);

            // 2. The second node joins: same database, same scheduler name, its own instance id.
            second = SecondNode.start(environment, Path.of("target", "quartz-cluster-second-node.log"), Duration.ofSeconds(120),
                    // Quartz tells only its own JVM about schedule changes; other nodes look for due triggers
                    // every idleWaitTime (30 s by default). One second lets it notice this node stepping aside quickly.
                    "--spring.quartz.properties.org.quartz.scheduler.idleWaitTime=1000");
            long there = second.pid();
            String secondInstance = second.awaitLine(SCHEDULER_STARTED, Duration.ofSeconds(10)).group(1);
            assertThat(secondInstance).isNotEqualTo(scheduler.getSchedulerInstanceId());
            await("both nodes to have checked in").atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForList(
                    "select INSTANCE_NAME from QRTZ_SCHEDULER_STATE where SCHED_NAME = ?", String.class, scheduler.getSchedulerName())
                    .containsAll(List.of(scheduler.getSchedulerInstanceId(), secondInstance)));

            // 3. This node stands aside: the second takes over the probe and mails wave 2.
            scheduler.standby();
            // Standby stops new fires, not one in progress: a sender fire of this node still running (slow under
            // load) would otherwise mail wave 2 itself.
            await("this node's fires in progress to end").atMost(Duration.ofSeconds(30))
                    .until(() -> scheduler.getCurrentlyExecutingJobs().isEmpty());
            queue(2, WAVE);
            await("the second node to take over the probe and mail wave 2").atMost(Duration.ofSeconds(30))
                    .until(() -> probeFiresOn(there) >= FIRES_PER_PHASE && sent(2) == WAVE);

            // 4. Both nodes active. Wave 3 is also drained by two threads here calling the sender directly, so
            //    that claims from both JVMs really overlap (the sender job itself never runs twice at once).
            scheduler.start();
            int firesSoFar = probeFires().size();
            queue(3, RACED_WAVE);
            int drainedDirectly = drainConcurrently();
            await("wave 3 to be mailed and the probe to keep firing").atMost(Duration.ofSeconds(30))
                    .until(() -> sent(3) == RACED_WAVE && probeFires().size() >= firesSoFar + FIRES_PER_PHASE);

            // Stop the probe where it is and let a fire in progress finish: then every fire is in job_run.
            scheduler.pauseTrigger(probeTrigger);
            int timesTriggered = ((SimpleTrigger) scheduler.getTrigger(probeTrigger)).getTimesTriggered();
            await("every probe fire to be finished").atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                    "select count(*) from job_run where job_name = ? and finished_at is not null", Integer.class,
                    probe.getName()) == timesTriggered);

            List<Fire> fires = probeFires();
            List<Instant> planned = LongStream.range(0, timesTriggered).mapToObj(firstFire::plusSeconds).toList();
            assertThat(fires).extracting(Fire::scheduled).as("each planned fire once, in order, none missing")
                    .containsExactlyElementsOf(planned);
            assertThat(fires).extracting(Fire::result).containsOnly("OK");
            Map<Long, Long> firesByNode = fires.stream().collect(Collectors.groupingBy(Fire::pid, Collectors.counting()));
            assertThat(firesByNode.keySet()).as("nodes that ran probe fires").containsExactlyInAnyOrder(here, there);

            assertThat(recordedJobLog.list).extracting(ILoggingEvent::getFormattedMessage)
                    .as("fires this node found already run elsewhere").noneMatch(line -> line.contains(DUPLICATE_FIRE));
            assertThat(second.lines()).as("fires the second node found already run elsewhere")
                    .noneMatch(line -> line.contains(DUPLICATE_FIRE));

            Map<String, Long> received = receivedByRecipient();
            List<String> recipients = IntStream.rangeClosed(1, 3)
                    .mapToObj(wave -> IntStream.range(0, wave == 3 ? RACED_WAVE : WAVE).mapToObj(i -> recipient(wave, i)))
                    .flatMap(Function.identity()).toList();
            assertThat(received).as("mails received per recipient").hasSize(recipients.size())
                    .containsOnlyKeys(recipients).allSatisfy((recipient, count) -> assertThat(count).as(recipient).isEqualTo(1));
            assertThat(jdbc.queryForObject("select count(*) from outbox_message where idempotency_key like ? and status <> 'SENT'",
                    Integer.class, "CLUSTER:" + run + ":%")).isZero();

            Map<Long, Integer> mailedByNode = new HashMap<>();
            jdbc.query("select node, message from job_run where job_name = 'outbox-sender' and scheduled_fire_time >= ?"
                    + " and message like 'sent %' and message <> 'sent 0'", rs -> {
                        mailedByNode.merge(pidOf(rs.getString("node")), Integer.parseInt(rs.getString("message").substring(5)),
                                Integer::sum);
                    }, Timestamp.from(began));
            assertThat(mailedByNode.keySet()).as("nodes whose sender job delivered mail").contains(here, there);

            LoggerFactory.getLogger(QuartzClusterIT.class).info("Quartz cluster: {} probe fires from {} ({} on this node, {} on the"
                    + " second), no fire run twice; {} mails each received once: the sender job delivered {} here and {} on"
                    + " the second node, {} of wave 3 went through the direct concurrent drain", timesTriggered, firstFire,
                    firesByNode.get(here), firesByNode.get(there), recipients.size(), mailedByNode.get(here),
                    mailedByNode.get(there), drainedDirectly);
        } finally {
            try {
                if (scheduler.isInStandbyMode()) {
                    scheduler.start();
                }
                scheduler.deleteJob(probe);
                scheduler.rescheduleJob(senderTrigger, defaultSender.getTriggerBuilder().startNow().build());
                ((Logger) LoggerFactory.getLogger(RecordedJob.class)).detachAppender(recordedJobLog);
            } finally {
                if (second != null) {
                    second.close();
                }
            }
        }
    }

    /** Queues mail to distinct addresses, written as the reminder service writes it: QUEUED and due now. */
    private void queue(int wave, int count) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.batchUpdate("""
                insert into outbox_message (idempotency_key, channel, kind, recipient, subject, body_text, status, attempts,
                                            next_attempt_at, version, created_at, updated_at)
                values (?, 'EMAIL', 'DAILY_DIGEST', ?, ?, ?, 'QUEUED', 0, ?, 0, ?, ?)
                """, IntStream.range(0, count).mapToObj(i -> new Object[] {key(wave, i), recipient(wave, i),
                    "集群测试 " + wave + "-" + i, "集群测试邮件 " + key(wave, i), now, now, now}).toList());
    }

    private int sent(int wave) {
        return jdbc.queryForObject("select count(*) from outbox_message where idempotency_key like ? and status = 'SENT'",
                Integer.class, "CLUSTER:" + run + ":" + wave + ":%");
    }

    /**
     * Two threads claiming and sending small batches, as further senders would, until nothing is left to claim
     * (what remains is then being sent by whoever claimed it). Returns how many they delivered.
     */
    private int drainConcurrently() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> drains = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                drains.add(threads.submit(() -> {
                    int mine = 0;
                    int sent;
                    while ((sent = sender.sendDue(5)) > 0) {
                        mine += sent;
                    }
                    return mine;
                }));
            }
            int total = 0;
            for (Future<Integer> drain : drains) {
                total += drain.get();
            }
            return total;
        } finally {
            threads.shutdownNow();
        }
    }

    /** One row of job_run: a fire of the probe, when it was planned for, which node ran it, and how it ended. */
    private record Fire(Instant scheduled, long pid, String result) {
    }

    private List<Fire> probeFires() {
        return jdbc.query("select scheduled_fire_time, node, result from job_run where job_name = ? order by scheduled_fire_time",
                (rs, n) -> new Fire(rs.getTimestamp("scheduled_fire_time").toInstant(), pidOf(rs.getString("node")),
                        rs.getString("result")), probe.getName());
    }

    private int probeFiresOn(long pid) {
        return (int) probeFires().stream().filter(fire -> fire.pid() == pid).count();
    }

    /** job_run.node is host/pid (see RecordedJob); both nodes share the host here, the pid tells them apart. */
    private static long pidOf(String node) {
        return Long.parseLong(node.substring(node.lastIndexOf('/') + 1));
    }

    private Map<String, Long> receivedByRecipient() {
        return Arrays.stream(TestMail.get().getReceivedMessages()).flatMap(QuartzClusterIT::recipients)
                .filter(address -> address.endsWith("." + run + "@cluster.example"))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private static java.util.stream.Stream<String> recipients(MimeMessage message) {
        try {
            return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private String key(int wave, int i) {
        return "CLUSTER:" + run + ":" + wave + ":" + i;
    }

    private String recipient(int wave, int i) {
        return "w" + wave + "-" + i + "." + run + "@cluster.example";
    }

    private static ListAppender<ILoggingEvent> captureRecordedJobLog() {
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        ((Logger) LoggerFactory.getLogger(RecordedJob.class)).addAppender(appender);
        return appender;
    }
}
