package org.zhaoshang.crm.reminder;

/**
 * One way of delivering reminders. Implementations must throw {@link DeliveryException} for anything that
 * may succeed later (server down, timeout) so that the outbox retries; the outbox handles the rest.
 */
public interface NotificationChannel {

    Channel channel();

    void deliver(OutgoingMessage message) throws DeliveryException;
}
