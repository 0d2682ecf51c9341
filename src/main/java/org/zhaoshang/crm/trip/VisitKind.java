package org.zhaoshang.crm.trip;

/** 走访类型 (labels under {@code visitKind.<NAME>}). */
public enum VisitKind {
    /** 走访考察 */
    SURVEY,
    /** 座谈 */
    TALK,
    /** 见证签约 */
    SIGNING_WITNESS,
    /** 参观 */
    TOUR
}
