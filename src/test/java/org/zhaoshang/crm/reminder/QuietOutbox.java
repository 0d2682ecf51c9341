package org.zhaoshang.crm.reminder;

import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhaoshang.crm.support.TestMail;

/**
 * Reminder tests send explicitly: the scheduled sender is paused, the mailbox emptied, and what earlier tests left
 * queued is set aside, so that each test sees exactly the mails it caused.
 */
final class QuietOutbox {

    private static final JobKey SENDER = JobKey.jobKey("outbox-sender", "reminders");

    private QuietOutbox() {
    }

    static void pauseAndEmpty(Scheduler scheduler, JdbcTemplate jdbc) throws Exception {
        scheduler.pauseJob(SENDER);
        TestMail.get().purgeEmailFromAllMailboxes();
        jdbc.update("update outbox_message set status = 'SENT' where status = 'QUEUED'");
    }

    static void resume(Scheduler scheduler) throws SchedulerException {
        scheduler.resumeJob(SENDER);
    }
}
