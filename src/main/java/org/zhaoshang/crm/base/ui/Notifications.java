package org.zhaoshang.crm.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.zhaoshang.crm.base.BusinessException;

/** Short confirmations and refusals, always in the user's language. */
public final class Notifications {

    private Notifications() {
    }

    public static void success(String text) {
        show(text, NotificationVariant.LUMO_SUCCESS, 3000);
    }

    public static void error(String text) {
        show(text, NotificationVariant.LUMO_ERROR, 8000);
    }

    /** The refusal's message key translated, with arguments that are themselves keys translated too. */
    public static String message(Component context, BusinessException refusal) {
        Object[] arguments = refusal.arguments();
        for (int i = 0; i < arguments.length; i++) {
            if (arguments[i] instanceof String key) {
                arguments[i] = translateKey(context, key);
            } else if (arguments[i] instanceof java.util.Collection<?> keys) {
                arguments[i] = keys.stream().map(k -> translateKey(context, String.valueOf(k)))
                        .collect(java.util.stream.Collectors.joining("、"));
            }
        }
        return context.getTranslation(refusal.messageKey(), arguments);
    }

    /** Arguments that are bundle keys (fact.SIGN_DATE, org.field.code) are shown translated. */
    private static String translateKey(Component context, String key) {
        if (!key.matches("[a-zA-Z]+(\\.[a-zA-Z_]+)+")) {
            return key;
        }
        String translated = context.getTranslation(key);
        return translated.startsWith("!") ? key : translated;
    }

    private static void show(String text, NotificationVariant variant, int millis) {
        if (UI.getCurrent() == null) {
            return;
        }
        Notification notification = Notification.show(text, millis, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
    }
}
