package org.zhaoshang.crm.base;

import java.util.Arrays;

/**
 * A refusal the user can act on. Carries an i18n message key (and arguments) rather than text, so the
 * UI shows it in the user's language; services never build Chinese strings themselves.
 */
public class BusinessException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
