package org.zhaoshang.crm.base.ui;

import com.vaadin.flow.component.Component;

/** Enum values shown in the user's language: the bundle key is the enum's simple name, lowerCamel, dot, value. */
public final class Labels {

    private Labels() {
    }

    public static String key(Enum<?> value) {
        String type = value.getDeclaringClass().getSimpleName();
        return Character.toLowerCase(type.charAt(0)) + type.substring(1) + "." + value.name();
    }

    public static String of(Component context, Enum<?> value) {
        return value == null ? "" : context.getTranslation(key(value));
    }
}
