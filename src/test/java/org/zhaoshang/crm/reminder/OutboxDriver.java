package org.zhaoshang.crm.reminder;

import org.springframework.stereotype.Component;

/**
 * Lets tests outside this package (the reminder benchmark) run the package-private {@link OutboxSender}
 * directly, as the outbox-sender job does, so that delivery can be timed without the scheduler in between.
 */
@Component
public class OutboxDriver {

    private final OutboxSender sender;

    OutboxDriver(OutboxSender sender) {
        this.sender = sender;
    }

    /** Claims and delivers up to {@code batch} due messages; returns how many were delivered. */
    public int sendDue(int batch) {
        return sender.sendDue(batch);
    }
}
