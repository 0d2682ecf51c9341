package org.zhaoshang.crm.reminder;

import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing into the outbox. Must run inside the transaction that decided to send (MANDATORY): the message
 * exists exactly when the decision was committed. The idempotency key makes a second decision for the same
 * recipient, kind and day a no-op (the unique index settles a race between two nodes).
 */
@Component
class Outbox {

    private final OutboxRepository messages;
    private final Clock clock;

    Outbox(OutboxRepository messages, Optional<Clock> clock) {
        this.messages = messages;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Queues the message unless one with this key exists; true when queued now. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean enqueue(String key, Channel channel, ReminderKind kind, String recipient, Long userId, String subject,
            String text, String html) {
        if (messages.existsByIdempotencyKey(key)) {
            return false;
        }
        messages.save(new OutboxMessage(key, channel, kind, recipient, userId, subject, text, html, clock.instant()));
        return true;
    }
}
