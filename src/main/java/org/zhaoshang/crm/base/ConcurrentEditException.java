package org.zhaoshang.crm.base;

/** Someone else saved the same record first; their change is kept and this one is refused. */
public class ConcurrentEditException extends BusinessException {

    public ConcurrentEditException() {
        super("error.concurrentEdit");
    }
}
