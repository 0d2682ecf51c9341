package org.zhaoshang.crm.followup;

/** 跟进方式 (labels under {@code followupKind.<NAME>}). */
public enum FollowupKind {
    /** 走访 */
    VISIT,
    /** 座谈 */
    TALK,
    /** 电话 */
    PHONE,
    /** 来访接待 */
    RECEPTION,
    /** 签约仪式 */
    SIGNING,
    /** 现场办公 */
    ON_SITE,
    /** 其他 */
    OTHER
}
