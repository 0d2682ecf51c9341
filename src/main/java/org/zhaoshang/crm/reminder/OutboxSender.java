package org.zhaoshang.crm.reminder;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Delivers queued messages. A batch is claimed in a short transaction ({@code FOR UPDATE SKIP LOCKED}, so
 * nodes never take the same row), delivered outside any transaction, and each outcome stored at once.
 * At-least-once: if a node dies after the SMTP server accepted a mail but before marking it sent, the row
 * stays "sending" and is retried after {@code sending-timeout}; the mail then carries the same Message-ID
 * (the idempotency key), which lets mail servers and clients recognise the duplicate.
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Map<Channel, NotificationChannel> channels = new EnumMap<>(Channel.class);
    private final ReminderSettings settings;
    private final Clock clock;

    OutboxSender(JdbcTemplate jdbc, TransactionTemplate transactions, List<NotificationChannel> channels,
            ReminderSettings settings, Optional<Clock> clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        channels.forEach(c -> this.channels.put(c.channel(), c));
        this.settings = settings;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Sends what is due, up to {@code batch} messages; returns how many were delivered. */
    int sendDue(int batch) {
        requeueAbandoned();
        List<OutgoingMessage> claimed = claim(batch);
        int sent = 0;
        for (OutgoingMessage message : claimed) {
            NotificationChannel channel = channels.get(message.channel());
            try {
                if (channel == null) {
                    throw new DeliveryException("No channel " + message.channel() + " configured", null);
                }
                channel.deliver(message);
                jdbc.update("update outbox_message set status = 'SENT', sent_at = ?, last_error = null, updated_at = ?,"
                        + " version = version + 1 where id = ?", now(), now(), message.id());
                sent++;
            } catch (DeliveryException | RuntimeException e) {
                failed(message, e);
            }
        }
        return sent;
    }

    private List<OutgoingMessage> claim(int batch) {
        return transactions.execute(tx -> {
            List<OutgoingMessage> due = jdbc.query("""
                    select id, idempotency_key, channel, recipient, subject, body_text, body_html from outbox_message
                    where status = 'QUEUED' and next_attempt_at <= ? order by id limit ? for update skip locked
                    """, (rs, n) -> new OutgoingMessage(rs.getLong("id"), rs.getString("idempotency_key"),
                    Channel.valueOf(rs.getString("channel")), rs.getString("recipient"), rs.getString("subject"),
                    rs.getString("body_text"), rs.getString("body_html")), now(), batch);
            for (OutgoingMessage message : due) {
                jdbc.update("update outbox_message set status = 'SENDING', attempts = attempts + 1, updated_at = ?,"
                        + " version = version + 1 where id = ?", now(), message.id());
            }
            return due;
        });
    }

    private void failed(OutgoingMessage message, Exception e) {
        Integer attempts = jdbc.queryForObject("select attempts from outbox_message where id = ?", Integer.class, message.id());
        int done = attempts == null ? 1 : attempts;
        boolean giveUp = done >= settings.maxAttempts();
        Duration backoff = settings.firstRetry().multipliedBy(1L << Math.min(done - 1, 10));
        String error = String.valueOf(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        jdbc.update("update outbox_message set status = ?, next_attempt_at = ?, last_error = ?, updated_at = ?,"
                + " version = version + 1 where id = ?", giveUp ? "FAILED" : "QUEUED",
                Timestamp.from(clock.instant().plus(backoff)), error.length() > 2000 ? error.substring(0, 2000) : error, now(),
                message.id());
        log.warn("Delivery of outbox message {} failed (attempt {}{}): {}", message.id(), done, giveUp ? ", giving up" : "", error);
    }

    /** Rows a dead node left "sending" go back to the queue. */
    private void requeueAbandoned() {
        jdbc.update("update outbox_message set status = 'QUEUED', updated_at = ?, version = version + 1"
                + " where status = 'SENDING' and updated_at < ?", now(), Timestamp.from(clock.instant().minus(settings.sendingTimeout())));
    }

    private Timestamp now() {
        return Timestamp.from(clock.instant());
    }
}
