package org.zhaoshang.crm.ledger;

import java.util.TimeZone;
import org.quartz.CronScheduleBuilder;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * When ledgers are frozen, registered once like every job (overwrite-existing-jobs=false keeps a time ADMIN changed):
 * Fridays 17:00 and the last day of the month 17:00, Beijing time. A fire missed while the app was down runs once
 * when it is back; the snapshot of that day is still the one taken (its schedule key is per day).
 */
@Configuration(proxyBeanMethods = false)
class SnapshotSchedule {

    static final String GROUP = "ledgers";
    private static final TimeZone OFFICE = TimeZone.getTimeZone(LedgerService.OFFICE);

    @Bean
    JobDetail weeklyLedgerSnapshotJob() {
        return job(SnapshotJobs.WeeklySnapshotJob.class, "ledger-weekly-snapshot", "台账周快照：每周五冻结全部台账");
    }

    @Bean
    Trigger weeklyLedgerSnapshotTrigger(JobDetail weeklyLedgerSnapshotJob) {
        return cron(weeklyLedgerSnapshotJob, "0 0 17 ? * FRI");
    }

    @Bean
    JobDetail monthEndLedgerSnapshotJob() {
        return job(SnapshotJobs.MonthEndSnapshotJob.class, "ledger-month-end-snapshot", "台账月末快照：每月最后一天冻结全部台账");
    }

    @Bean
    Trigger monthEndLedgerSnapshotTrigger(JobDetail monthEndLedgerSnapshotJob) {
        return cron(monthEndLedgerSnapshotJob, "0 0 17 L * ?");
    }

    private static JobDetail job(Class<? extends org.quartz.Job> type, String name, String description) {
        return JobBuilder.newJob(type).withIdentity(name, GROUP).withDescription(description).storeDurably().build();
    }

    private static Trigger cron(JobDetail job, String expression) {
        return TriggerBuilder.newTrigger().forJob(job).withIdentity(job.getKey().getName(), GROUP)
                .withSchedule(CronScheduleBuilder.cronSchedule(expression).inTimeZone(OFFICE)
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }
}
