package org.zhaoshang.crm.reminder;

/** A channel could not deliver now; the sender retries with back-off. */
public class DeliveryException extends Exception {

    public DeliveryException(String message, Throwable cause) {
        super(message, cause);
    }
}
