package org.zhaoshang.crm.reminder;

import java.time.LocalDate;
import java.time.ZoneId;
import org.quartz.JobExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;

/** The scheduled jobs. Each is one call into {@link ReminderJobsService} or {@link OutboxSender}. */
final class Jobs {

    static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");

    private Jobs() {
    }

    static LocalDate day(JobExecutionContext context) {
        return context.getScheduledFireTime().toInstant().atZone(OFFICE).toLocalDate();
    }

    /** 每日提醒, working days 08:30. */
    static class DailyDigestJob extends RecordedJob {
        @Autowired
        private ReminderJobsService reminders;

        @Override
        protected String work(JobExecutionContext context) {
            return reminders.dailyDigests(day(context));
        }
    }

    /** 逾期升级 to unit leads, working days 08:40. */
    static class EscalationJob extends RecordedJob {
        @Autowired
        private ReminderJobsService reminders;

        @Override
        protected String work(JobExecutionContext context) {
            return reminders.escalations(day(context));
        }
    }

    /** 每周简报 for leaders, Mondays 08:30. */
    static class WeeklyDigestJob extends RecordedJob {
        @Autowired
        private ReminderJobsService reminders;

        @Override
        protected String work(JobExecutionContext context) {
            return reminders.weeklyDigest(day(context));
        }
    }

    /** 督办提醒 and its escalation, daily 08:35 (the service skips days the calendar does not work). */
    static class SupervisionRemindersJob extends RecordedJob {
        @Autowired
        private SupervisionReminderService reminders;

        @Override
        protected String work(JobExecutionContext context) {
            return reminders.deadlineReminders(day(context)) + "; " + reminders.escalations(day(context));
        }
    }

    /** 项目服务日: on Thursday 15:00, prepares Friday's agenda and mails each leader in charge their part. */
    static class ServiceDayAgendaJob extends RecordedJob {
        @Autowired
        private SupervisionReminderService reminders;

        @Override
        protected String work(JobExecutionContext context) {
            return reminders.serviceDayAgenda(day(context).plusDays(1));
        }
    }

    /** Delivers the outbox, every 30 seconds. */
    static class OutboxSenderJob extends RecordedJob {
        @Autowired
        private OutboxSender sender;

        @Override
        protected String work(JobExecutionContext context) {
            int total = 0;
            int sent;
            do {
                sent = sender.sendDue(100);
                total += sent;
            } while (sent == 100);
            return "sent " + total;
        }
    }

    /**
     * Diagnostic only: does nothing but leave its job_run row, which names the node that ran the fire. The
     * cluster test schedules it through the Scheduler API to see how the nodes share fires; nothing registers
     * it by default. It is main code because every node must be able to load the class a stored job names.
     */
    static class ProbeJob extends RecordedJob {
        @Override
        protected String work(JobExecutionContext context) {
            return "probe";
        }
    }
}
