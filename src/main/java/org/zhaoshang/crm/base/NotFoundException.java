package org.zhaoshang.crm.base;

/** The record asked for does not exist (any more). */
public class NotFoundException extends BusinessException {

    public NotFoundException(String what, Object id) {
        super("error.notFound", what, id);
    }
}
