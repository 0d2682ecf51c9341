package org.zhaoshang.crm.reminder;

import java.time.Instant;

/** A row of the outbox view. */
public record OutboxRow(Long id, String key, Channel channel, ReminderKind kind, String recipient, String subject,
        OutboxStatus status, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {
}
