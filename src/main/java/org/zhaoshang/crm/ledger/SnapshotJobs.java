package org.zhaoshang.crm.ledger;

import java.time.LocalDate;
import org.quartz.JobExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhaoshang.crm.reminder.RecordedJob;

/**
 * The scheduled snapshots and their pruning: thin jobs, each one idempotent call of {@link LedgerSnapshotService} as
 * the system actor, recorded in job_run like every scheduled job (one run per fire across the cluster).
 */
final class SnapshotJobs {

    private SnapshotJobs() {
    }

    static LocalDate day(JobExecutionContext context) {
        return context.getScheduledFireTime().toInstant().atZone(LedgerService.OFFICE).toLocalDate();
    }

    /** 周五快照: every Friday 17:00. */
    static class WeeklySnapshotJob extends RecordedJob {
        @Autowired
        private LedgerSnapshotService snapshots;

        @Override
        protected String work(JobExecutionContext context) {
            return snapshots.takeScheduled(SnapshotKind.WEEKLY, day(context));
        }
    }

    /** 月末快照: the last day of every month, 17:00. */
    static class MonthEndSnapshotJob extends RecordedJob {
        @Autowired
        private LedgerSnapshotService snapshots;

        @Override
        protected String work(JobExecutionContext context) {
            return snapshots.takeScheduled(SnapshotKind.MONTH_END, day(context));
        }
    }

    /** Sundays 02:30: deletes the 周五快照 older than the kept weeks, counted from the fire's day. */
    static class WeeklySnapshotPruneJob extends RecordedJob {
        @Autowired
        private LedgerSnapshotService snapshots;

        @Override
        protected String work(JobExecutionContext context) {
            return snapshots.pruneWeekly(day(context));
        }
    }
}
