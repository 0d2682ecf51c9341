package org.zhaoshang.crm.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhaoshang.crm.support.CrmIntegrationTest;

/** A database from before the working-day calendar gets daily triggers; a time ADMIN chose stays. */
@CrmIntegrationTest
class DailyTriggerUpgradeIT {

    @Autowired
    Scheduler scheduler;
    @Autowired
    DailyTriggerUpgrade upgrade;

    @AfterEach
    void restoreDefaults() throws Exception {
        set("daily-digest", "0 30 8 * * ?");
        set("escalation", "0 40 8 * * ?");
    }

    @Test
    void theOldMondayToFridayDefaultBecomesDailyAndAnAdministratorsOwnTimeIsKept() throws Exception {
        set("daily-digest", "0 30 8 ? * MON-FRI");
        set("escalation", "0 15 9 ? * MON-FRI");

        upgrade.upgrade();

        assertThat(cron("daily-digest")).isEqualTo("0 30 8 * * ?");
        assertThat(cron("escalation")).as("changed by ADMIN, not the old default").isEqualTo("0 15 9 ? * MON-FRI");
    }

    private void set(String name, String expression) throws Exception {
        var detail = scheduler.getJobDetail(JobKey.jobKey(name, JobSchedule.GROUP));
        scheduler.rescheduleJob(TriggerKey.triggerKey(name, JobSchedule.GROUP), JobSchedule.cron(detail, expression));
    }

    private String cron(String name) throws Exception {
        return ((CronTrigger) scheduler.getTrigger(TriggerKey.triggerKey(name, JobSchedule.GROUP))).getCronExpression();
    }
}
