package org.zhaoshang.crm.base.ui;

import com.vaadin.flow.component.Component;
import java.util.function.Consumer;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.zhaoshang.crm.base.BusinessException;

/**
 * Runs one user gesture's service call; a refusal (business rule, concurrent edit, missing right) is turned
 * into the user's-language message and handed to the form, which shows it and keeps what was typed.
 */
public final class Refusals {

    private Refusals() {
    }

    /** True when the action went through; false when it was refused and {@code onRefused} got the message. */
    public static boolean attempt(Component context, Runnable action, Consumer<String> onRefused) {
        try {
            action.run();
            return true;
        } catch (BusinessException e) {
            onRefused.accept(Notifications.message(context, e));
        } catch (OptimisticLockingFailureException e) {
            onRefused.accept(context.getTranslation("error.concurrentEdit"));
        } catch (AccessDeniedException e) {
            onRefused.accept(context.getTranslation("error.accessDenied.text"));
        }
        return false;
    }
}
