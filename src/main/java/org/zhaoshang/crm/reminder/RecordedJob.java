package org.zhaoshang.crm.reminder;

import java.net.InetAddress;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.quartz.QuartzJobBean;
import org.zhaoshang.crm.security.SystemActor;

/**
 * Base of every scheduled job: thin (the work is one idempotent service call, run as the system actor) and
 * recorded in job_run with the trigger's scheduled fire time. The unique key on (job, scheduled time) also
 * stops a second node from running the same fire, should the cluster ever hand it out twice. Public so that other
 * features' jobs (the ledgers' snapshots) keep the same rules.
 */
@DisallowConcurrentExecution
public abstract class RecordedJob extends QuartzJobBean {

    private static final Logger log = LoggerFactory.getLogger(RecordedJob.class);
    private static final TimeZone OFFICE = TimeZone.getTimeZone("Asia/Shanghai");
    private static final String NODE = node();

    @Autowired
    private JdbcTemplate jdbc;

    /** The work; returns a short description of what was done, for the jobs page. */
    protected abstract String work(JobExecutionContext context);

    @Override
    protected final void executeInternal(JobExecutionContext context) {
        String job = context.getJobDetail().getKey().getName();
        Instant scheduled = context.getScheduledFireTime().toInstant();
        try {
            jdbc.update("insert into job_run (job_name, scheduled_fire_time, node, started_at, result) values (?, ?, ?, ?, 'RUNNING')",
                    job, Timestamp.from(scheduled), NODE, Timestamp.from(Instant.now()));
        } catch (DuplicateKeyException alreadyRun) {
            log.warn("Job {} for {} already ran on another node; skipped", job, scheduled);
            return;
        }
        String result = "OK";
        String message;
        try {
            message = SystemActor.call(() -> work(context));
        } catch (RuntimeException e) {
            result = "FAILED";
            message = e.getClass().getSimpleName() + ": " + e.getMessage();
            log.error("Job {} failed", job, e);
        }
        jdbc.update("update job_run set finished_at = ?, result = ?, message = ? where job_name = ? and scheduled_fire_time = ?",
                Timestamp.from(Instant.now()), result, message == null ? null : message.substring(0, Math.min(2000, message.length())),
                job, Timestamp.from(scheduled));
    }

    /** A job of this kind, kept when it has no trigger (durable), in its feature's group. */
    public static JobDetail durableJob(Class<? extends RecordedJob> type, String name, String group, String description) {
        return JobBuilder.newJob(type).withIdentity(name, group).withDescription(description).storeDurably().build();
    }

    /**
     * The job's cron trigger, named like the job, in Beijing time. A fire missed while the app was down runs once when
     * it is back ("fire and proceed"), not once per missed fire; the jobs' idempotency makes even a repeat harmless.
     */
    public static Trigger officeCron(JobDetail job, String expression) {
        return TriggerBuilder.newTrigger().forJob(job).withIdentity(job.getKey().getName(), job.getKey().getGroup())
                .withSchedule(CronScheduleBuilder.cronSchedule(expression).inTimeZone(OFFICE)
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    private static String node() {
        try {
            return InetAddress.getLocalHost().getHostName() + "/" + ProcessHandle.current().pid();
        } catch (java.net.UnknownHostException e) {
            return "node/" + ProcessHandle.current().pid();
        }
    }
}
