package org.zhaoshang.crm.reminder;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.zhaoshang.crm.base.AbstractEntity;

/** A message written in the same transaction as the decision to send it; the sender job delivers it. */
@Entity
@Table(name = "outbox_message")
class OutboxMessage extends AbstractEntity {

    @Column(name = "idempotency_key", nullable = false, length = 200, updatable = false)
    private String idempotencyKey;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Channel channel;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private ReminderKind kind;
    @Column(nullable = false, length = 300)
    private String recipient;
    @Column(name = "recipient_user_id")
    private Long recipientUserId;
    @Column(nullable = false, length = 300)
    private String subject;
    @Column(name = "body_text", nullable = false, columnDefinition = "mediumtext")
    private String bodyText;
    @Column(name = "body_html", columnDefinition = "mediumtext")
    private String bodyHtml;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OutboxStatus status;
    @Column(nullable = false)
    private int attempts;
    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;
    @Column(name = "last_error", length = 2000)
    private String lastError;
    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMessage() {
    }

    OutboxMessage(String idempotencyKey, Channel channel, ReminderKind kind, String recipient, Long recipientUserId,
            String subject, String bodyText, String bodyHtml, Instant now) {
        this.idempotencyKey = idempotencyKey;
        this.channel = channel;
        this.kind = kind;
        this.recipient = recipient;
        this.recipientUserId = recipientUserId;
        this.subject = subject;
        this.bodyText = bodyText;
        this.bodyHtml = bodyHtml;
        this.status = OutboxStatus.QUEUED;
        this.nextAttemptAt = now;
    }

}
