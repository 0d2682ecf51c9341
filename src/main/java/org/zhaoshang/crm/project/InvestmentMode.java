package org.zhaoshang.crm.project;

/** 投资方式 (labels under {@code investmentMode.<NAME>}). */
public enum InvestmentMode {
    /** 新建 */
    NEW_BUILD,
    /** 租赁 */
    LEASE,
    /** 购置 */
    PURCHASE,
    /** 增资扩产 */
    EXPANSION,
    /** 技改 */
    TECH_UPGRADE
}
