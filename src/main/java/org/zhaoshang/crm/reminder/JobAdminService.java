package org.zhaoshang.crm.reminder;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quartz.CronExpression;
import org.quartz.CronTrigger;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleTrigger;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.zhaoshang.crm.base.BusinessException;

/**
 * ADMIN's view of the scheduler: next and last fire, last result; change the time, pause, resume, run now. Every
 * feature's jobs are listed (the reminders' and the ledgers' snapshots); job names are unique across groups.
 */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class JobAdminService {

    private final Scheduler scheduler;
    private final JdbcTemplate jdbc;

    JobAdminService(Scheduler scheduler, JdbcTemplate jdbc) {
        this.scheduler = scheduler;
        this.jdbc = jdbc;
    }

    public List<JobInfo> jobs() {
        try {
            List<JobInfo> jobs = new ArrayList<>();
            for (JobKey key : scheduler.getJobKeys(GroupMatcher.anyJobGroup())) {
                JobDetail detail = scheduler.getJobDetail(key);
                Trigger trigger = scheduler.getTrigger(TriggerKey.triggerKey(key.getName(), key.getGroup()));
                String schedule = trigger instanceof CronTrigger cron ? cron.getCronExpression()
                        : trigger instanceof SimpleTrigger simple ? String.valueOf(simple.getRepeatInterval() / 1000) : "";
                String state = trigger == null ? "NONE" : scheduler.getTriggerState(trigger.getKey()).name();
                Map<String, Object> last = jdbc.queryForList("select started_at, result, message from job_run where job_name = ?"
                        + " order by started_at desc limit 1", key.getName()).stream().findFirst().orElse(Map.of());
                jobs.add(new JobInfo(key.getName(), detail.getDescription(), schedule, trigger instanceof CronTrigger, state,
                        trigger == null || trigger.getNextFireTime() == null ? null : trigger.getNextFireTime().toInstant(),
                        trigger == null || trigger.getPreviousFireTime() == null ? null : trigger.getPreviousFireTime().toInstant(),
                        last.get("started_at") instanceof Timestamp t ? t.toInstant()
                                : last.get("started_at") instanceof java.time.LocalDateTime l ? l.toInstant(java.time.ZoneOffset.UTC) : null,
                        (String) last.get("result"), (String) last.get("message")));
            }
            jobs.sort(java.util.Comparator.comparing(JobInfo::name));
            return jobs;
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Changes a cron job's schedule; refuses an expression that is not valid cron. */
    public void reschedule(String job, String cronExpression) {
        if (cronExpression == null || !CronExpression.isValidExpression(cronExpression.strip())) {
            throw new BusinessException("reminder.error.cron", cronExpression);
        }
        try {
            JobDetail detail = scheduler.getJobDetail(key(job));
            scheduler.rescheduleJob(TriggerKey.triggerKey(job, detail.getKey().getGroup()),
                    JobSchedule.cron(detail, cronExpression.strip()));
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    public void pause(String job) {
        try {
            scheduler.pauseJob(key(job));
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    public void resume(String job) {
        try {
            scheduler.resumeJob(key(job));
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Runs the job once now on whichever node the cluster picks. */
    public void runNow(String job) {
        try {
            scheduler.triggerJob(key(job));
        } catch (SchedulerException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The job of that name, in whichever group its feature registered it. */
    private JobKey key(String job) throws SchedulerException {
        return scheduler.getJobKeys(GroupMatcher.anyJobGroup()).stream().filter(k -> k.getName().equals(job)).findFirst()
                .orElseThrow(() -> new BusinessException("error.notFound", "job", job));
    }

    /** The latest messages of the outbox, newest first, optionally of one status. */
    public List<OutboxRow> outbox(OutboxStatus status, int limit) {
        return jdbc.query("select * from outbox_message" + (status == null ? "" : " where status = ?")
                + " order by id desc limit " + Math.max(1, Math.min(limit, 1000)), (rs, n) -> new OutboxRow(rs.getLong("id"),
                rs.getString("idempotency_key"), Channel.valueOf(rs.getString("channel")), ReminderKind.valueOf(rs.getString("kind")),
                rs.getString("recipient"), rs.getString("subject"), OutboxStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"), rs.getTimestamp("next_attempt_at").toInstant(), rs.getString("last_error"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("sent_at") == null ? null : rs.getTimestamp("sent_at").toInstant()),
                status == null ? new Object[0] : new Object[] {status.name()});
    }

    /** Queues a failed (or sent) message again. */
    public void resend(Long messageId) {
        jdbc.update("update outbox_message set status = 'QUEUED', attempts = 0, next_attempt_at = ?, last_error = null,"
                + " updated_at = ?, version = version + 1 where id = ?", Timestamp.from(Instant.now()), Timestamp.from(Instant.now()),
                messageId);
    }
}
