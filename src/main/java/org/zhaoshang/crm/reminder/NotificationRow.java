package org.zhaoshang.crm.reminder;

import java.time.Instant;

/** An item of the in-app bell. */
public record NotificationRow(Long id, ReminderKind kind, String title, String body, String link, Instant createdAt,
        boolean read) {
}
