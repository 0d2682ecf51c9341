package org.zhaoshang.crm.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.base.BusinessException;

/**
 * Turns any refusal that escapes a view into a Chinese message the user can act on: business rules and
 * validation by their own message, concurrent edits, missing rights; anything else is logged and reported
 * as a system error without internals.
 */
@Component
class ErrorHandling implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(ErrorHandling.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(ErrorHandling::handle));
    }

    static void handle(ErrorEvent event) {
        Throwable cause = event.getThrowable();
        UI ui = UI.getCurrent();
        if (ui == null) {
            log.error("Unhandled error outside a UI", cause);
            return;
        }
        ui.access(() -> Notifications.error(messageFor(ui, cause)));
    }

    static String messageFor(UI ui, Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof BusinessException refusal) {
                return Notifications.message(ui, refusal);
            }
            if (t instanceof OptimisticLockingFailureException) {
                return ui.getTranslation("error.concurrentEdit");
            }
            if (t instanceof AccessDeniedException) {
                return ui.getTranslation("error.accessDenied.text");
            }
        }
        log.error("Unexpected error", error);
        return ui.getTranslation("error.unexpected");
    }
}
