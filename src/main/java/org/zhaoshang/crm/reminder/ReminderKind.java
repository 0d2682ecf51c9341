package org.zhaoshang.crm.reminder;

/** What a reminder is about (labels under {@code reminderKind.<NAME>}); users choose per kind whether to get mail. */
public enum ReminderKind {
    /** 每日提醒: due and overdue follow-ups, stale projects I own */
    DAILY_DIGEST,
    /** 逾期升级: follow-ups of my unit overdue beyond N days (to unit leads) */
    ESCALATION,
    /** 每周简报: what moved last week (to leaders) */
    WEEKLY_DIGEST,
    /** 督办提醒: my unit's items due in three working days, today, or overdue */
    SUPERVISION_DEADLINE,
    /** 督办升级: items I supervise overdue beyond N working days (to the supervising leader) */
    SUPERVISION_ESCALATION,
    /** 项目服务日议程: Friday's agenda of the projects I am in charge of (to leaders in charge) */
    SERVICE_DAY_AGENDA
}
