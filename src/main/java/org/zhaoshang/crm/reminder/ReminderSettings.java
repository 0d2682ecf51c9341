package org.zhaoshang.crm.reminder;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param baseUrl         the app's public address, for links in mails
 * @param from            sender address of reminder mails
 * @param escalateAfterDays a follow-up overdue longer than this goes to the unit lead
 * @param maxAttempts     delivery attempts before a message is marked failed
 * @param firstRetry      back-off after the first failure (doubles each time)
 * @param sendingTimeout  a message left "sending" this long (its node died) is queued again
 * @param wecomWebhook    WeCom group robot webhook URL for the weekly digest; blank = off
 * @param supervisionEscalateAfterWorkingDays a supervised item overdue longer than this many working days goes to
 *                        its supervising leader every working day
 */
@ConfigurationProperties("crm.reminder")
public record ReminderSettings(String baseUrl, String from, int escalateAfterDays, int maxAttempts, Duration firstRetry,
        Duration sendingTimeout, String wecomWebhook, int supervisionEscalateAfterWorkingDays) {
}
