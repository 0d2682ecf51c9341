package org.zhaoshang.crm.reminder;

import org.quartz.JobDetail;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The default schedule, registered once. The daily jobs fire every day and ask the working-day calendar whether
 * the day is worked, so that holidays are skipped and 调休 Saturdays get their reminders. Registered once: with overwrite-existing-jobs=false a time ADMIN changed survives
 * restarts. Misfires (the app was down at 08:30) fire once when it comes back, not once per missed fire;
 * the idempotency keys make even a repeated fire harmless.
 */
@Configuration(proxyBeanMethods = false)
class JobSchedule {

    static final String GROUP = "reminders";

    @Bean
    JobDetail dailyDigestJob() {
        return job(Jobs.DailyDigestJob.class, "daily-digest", "每日提醒：到期、逾期跟进和停滞项目");
    }

    @Bean
    Trigger dailyDigestTrigger(JobDetail dailyDigestJob) {
        return cron(dailyDigestJob, "0 30 8 * * ?");
    }

    @Bean
    JobDetail escalationJob() {
        return job(Jobs.EscalationJob.class, "escalation", "逾期升级：超期跟进报送单位负责人");
    }

    @Bean
    Trigger escalationTrigger(JobDetail escalationJob) {
        return cron(escalationJob, "0 40 8 * * ?");
    }

    @Bean
    JobDetail weeklyDigestJob() {
        return job(Jobs.WeeklyDigestJob.class, "weekly-digest", "每周简报：上周项目进展（区领导）");
    }

    @Bean
    Trigger weeklyDigestTrigger(JobDetail weeklyDigestJob) {
        return cron(weeklyDigestJob, "0 30 8 ? * MON");
    }

    @Bean
    JobDetail supervisionRemindersJob() {
        return job(Jobs.SupervisionRemindersJob.class, "supervision-reminders", "督办提醒：到期前三个工作日、当日、逾期每日；超期报督办领导");
    }

    @Bean
    Trigger supervisionRemindersTrigger(JobDetail supervisionRemindersJob) {
        return cron(supervisionRemindersJob, "0 35 8 * * ?");
    }

    @Bean
    JobDetail serviceDayAgendaJob() {
        return job(Jobs.ServiceDayAgendaJob.class, "service-day-agenda", "项目服务日议程：周四生成周五议程，发送分包领导");
    }

    @Bean
    Trigger serviceDayAgendaTrigger(JobDetail serviceDayAgendaJob) {
        return cron(serviceDayAgendaJob, "0 0 15 ? * THU");
    }

    @Bean
    JobDetail outboxSenderJob() {
        return job(Jobs.OutboxSenderJob.class, "outbox-sender", "发送队列：投递邮件和企业微信消息");
    }

    @Bean
    Trigger outboxSenderTrigger(JobDetail outboxSenderJob) {
        return TriggerBuilder.newTrigger().forJob(outboxSenderJob).withIdentity("outbox-sender", GROUP)
                .withSchedule(SimpleScheduleBuilder.repeatSecondlyForever(30).withMisfireHandlingInstructionNextWithRemainingCount())
                .build();
    }

    private static JobDetail job(Class<? extends RecordedJob> type, String name, String description) {
        return RecordedJob.durableJob(type, name, GROUP, description);
    }

    static Trigger cron(JobDetail job, String expression) {
        return RecordedJob.officeCron(job, expression);
    }
}
