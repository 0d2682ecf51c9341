package org.zhaoshang.crm.project;

/** 项目来源 (labels under {@code source.<NAME>}). */
public enum ProjectSource {
    /** 外出招商走访 */
    TRIP_VISIT,
    /** 驻外招商专员 */
    STATIONED_COMMISSIONER,
    /** 以商招商 */
    BUSINESS_REFERRAL,
    /** 展会/推介会 */
    FAIR,
    /** 企业上门 */
    WALK_IN,
    /** 其他 */
    OTHER
}
