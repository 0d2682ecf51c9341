package org.zhaoshang.crm.org;

/** The kinds of unit in the district (labels in the bundle under {@code unitType.<NAME>}). */
public enum UnitType {
    /** 区直单位 */
    DISTRICT_DEPARTMENT,
    /** 镇/街道/乡 */
    TOWN,
    /** 管委会 */
    MANAGEMENT_COMMITTEE,
    /** 指挥部 */
    HEADQUARTERS,
    /** 专班 */
    TASK_FORCE,
    /** 驻外招商组 */
    STATIONED_TEAM
}
