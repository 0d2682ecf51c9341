package org.zhaoshang.crm.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerMetaData;
import org.quartz.TriggerBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhaoshang.crm.support.CrmIntegrationTest;

/** Quartz runs on the JDBC job store in the application database, clustered, with Flyway's tables. */
@CrmIntegrationTest
class QuartzIT {

    static final CountDownLatch FIRED = new CountDownLatch(1);

    @Autowired
    Scheduler scheduler;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void schedulerUsesTheClusteredJdbcStore() throws Exception {
        SchedulerMetaData meta = scheduler.getMetaData();
        assertThat(meta.isJobStoreSupportsPersistence()).isTrue();
        assertThat(meta.isJobStoreClustered()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from QRTZ_SCHEDULER_STATE where SCHED_NAME = ?",
                Integer.class, scheduler.getSchedulerName())).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aStoredJobFiresAndIsPersistedInTheDatabase() throws Exception {
        JobKey key = JobKey.jobKey("quartz-it-" + System.nanoTime(), "test");
        JobDetail job = JobBuilder.newJob(LatchJob.class).withIdentity(key).storeDurably().build();
        scheduler.addJob(job, false);
        assertThat(jdbc.queryForObject("select count(*) from QRTZ_JOB_DETAILS where JOB_NAME = ?", Integer.class,
                key.getName())).isEqualTo(1);

        scheduler.scheduleJob(TriggerBuilder.newTrigger().forJob(key).startNow().build());

        assertThat(FIRED.await(60, TimeUnit.SECONDS)).as("job fired").isTrue();
    }

    public static class LatchJob implements Job {
        @Override
        public void execute(JobExecutionContext context) {
            FIRED.countDown();
        }
    }
}
