package org.zhaoshang.crm.ledger;

import org.quartz.JobDetail;
import org.quartz.Trigger;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.zhaoshang.crm.reminder.RecordedJob;

/**
 * When ledgers are frozen, registered once like every job (overwrite-existing-jobs=false keeps a time ADMIN changed):
 * Fridays 17:00 and the last day of the month 17:00, Beijing time, with the reminders' misfire rule (a fire missed
 * while the app was down runs once when it is back; the snapshot is still of that day, its schedule key is per day).
 * Old 周五快照 are deleted on Sundays at 02:30, when nobody works and no snapshot is being taken.
 */
@Configuration(proxyBeanMethods = false)
class SnapshotSchedule {

    static final String GROUP = "ledgers";

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

    @Bean
    JobDetail weeklyLedgerSnapshotPruneJob() {
        return job(SnapshotJobs.WeeklySnapshotPruneJob.class, "ledger-weekly-snapshot-prune",
                "台账周快照清理：每周日删除超过保留期的周五快照（月末快照和手动快照保留）");
    }

    @Bean
    Trigger weeklyLedgerSnapshotPruneTrigger(JobDetail weeklyLedgerSnapshotPruneJob) {
        return cron(weeklyLedgerSnapshotPruneJob, "0 30 2 ? * SUN");
    }

    private static JobDetail job(Class<? extends RecordedJob> type, String name, String description) {
        return RecordedJob.durableJob(type, name, GROUP, description);
    }

    private static Trigger cron(JobDetail job, String expression) {
        return RecordedJob.officeCron(job, expression);
    }
}
