package org.zhaoshang.crm.reminder;

import java.util.Map;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Databases created before the working-day calendar keep the daily triggers as first stored, Monday to Friday
 * (Quartz never overwrites stored triggers here, so that ADMIN's times survive). Such a trigger still has the old
 * default expression and would miss 调休 Saturdays; it is moved to the daily default once. A time ADMIN changed
 * is left alone.
 */
@Component
class DailyTriggerUpgrade {

    private static final Logger log = LoggerFactory.getLogger(DailyTriggerUpgrade.class);
    private static final Map<String, String[]> OLD_TO_NEW = Map.of(
            "daily-digest", new String[] {"0 30 8 ? * MON-FRI", "0 30 8 * * ?"},
            "escalation", new String[] {"0 40 8 ? * MON-FRI", "0 40 8 * * ?"});

    private final Scheduler scheduler;

    DailyTriggerUpgrade(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    @EventListener(ApplicationReadyEvent.class)
    void upgrade() throws SchedulerException {
        for (Map.Entry<String, String[]> job : OLD_TO_NEW.entrySet()) {
            Trigger stored = scheduler.getTrigger(TriggerKey.triggerKey(job.getKey(), JobSchedule.GROUP));
            if (stored instanceof CronTrigger cron && job.getValue()[0].equals(cron.getCronExpression())) {
                var detail = scheduler.getJobDetail(JobKey.jobKey(job.getKey(), JobSchedule.GROUP));
                scheduler.rescheduleJob(stored.getKey(), JobSchedule.cron(detail, job.getValue()[1]));
                log.info("Trigger {} moved from '{}' to '{}' (the working-day calendar decides)", job.getKey(), job.getValue()[0],
                        job.getValue()[1]);
            }
        }
    }
}
