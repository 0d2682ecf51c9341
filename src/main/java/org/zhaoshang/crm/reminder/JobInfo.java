package org.zhaoshang.crm.reminder;

import java.time.Instant;

/** A scheduled job as the ADMIN page shows it. */
public record JobInfo(String name, String description, String schedule, boolean cron, String state, Instant nextFire,
        Instant previousFire, Instant lastRunStarted, String lastResult, String lastMessage) {
}
