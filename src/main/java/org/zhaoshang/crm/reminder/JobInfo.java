package org.zhaoshang.crm.reminder;

import java.time.Instant;

/**
 * A scheduled job as the ADMIN page shows it; {@code schedule} is the cron expression of a cron job, or the
 * interval in seconds of a repeating one.
 */
public record JobInfo(String name, String description, String schedule, boolean cron, String state, Instant nextFire,
        Instant previousFire, Instant lastRunStarted, String lastResult, String lastMessage) {
}
