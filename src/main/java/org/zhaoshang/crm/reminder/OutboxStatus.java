package org.zhaoshang.crm.reminder;

/** 待发送, 发送中, 已发送, 发送失败 (labels under {@code outboxStatus.<NAME>}). */
public enum OutboxStatus {
    QUEUED, SENDING, SENT, FAILED
}
