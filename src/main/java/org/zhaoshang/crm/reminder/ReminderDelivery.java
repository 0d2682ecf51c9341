package org.zhaoshang.crm.reminder;

import java.util.Map;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhaoshang.crm.org.UserRef;

/**
 * Writes one reminder for one person: the bell item always, and an outbox mail when the person has an address
 * and wants this kind by mail — both in one transaction, keyed so that the same reminder decided twice (a
 * second run, a second node) is kept once.
 */
@Component
class ReminderDelivery {

    private final Outbox outbox;
    private final NotificationService notifications;
    private final PreferenceService preferences;
    private final MailTemplates templates;
    private final TransactionTemplate transactions;

    ReminderDelivery(Outbox outbox, NotificationService notifications, PreferenceService preferences, MailTemplates templates,
            TransactionTemplate transactions) {
        this.outbox = outbox;
        this.notifications = notifications;
        this.preferences = preferences;
        this.templates = templates;
        this.transactions = transactions;
    }

    /** Returns whether a mail was queued. {@code route} is the in-app page the bell item opens. */
    boolean deliver(UserRef person, ReminderKind kind, String key, String subject, String template, Map<String, Object> model,
            String route) {
        MailTemplates.Bodies bodies = templates.render(template, model);
        try {
            Boolean mailed = transactions.execute(tx -> {
                notifications.add(person.id(), key, kind, subject, bodies.text(), route);
                if (person.email() != null && !person.email().isBlank() && preferences.wantsEmail(person.id(), kind)) {
                    return outbox.enqueue(key, Channel.EMAIL, kind, person.email(), person.id(), subject, bodies.text(), bodies.html());
                }
                return false;
            });
            return Boolean.TRUE.equals(mailed);
        } catch (DataIntegrityViolationException queuedByAnotherNode) {
            // Two nodes decided the same reminder at once; the unique key kept one. Nothing is lost.
            return false;
        }
    }
}
