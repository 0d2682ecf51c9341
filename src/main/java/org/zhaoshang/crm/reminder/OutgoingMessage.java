package org.zhaoshang.crm.reminder;

/** A message as a channel delivers it; {@code key} is its idempotency key (also the mail's Message-ID). */
public record OutgoingMessage(long id, String key, Channel channel, String recipient, String subject, String text,
        String html) {
}
