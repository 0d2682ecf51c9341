package org.zhaoshang.crm.project;

/** 协议类型 (labels under {@code agreementType.<NAME>}). */
public enum AgreementType {
    /** 框架协议 */
    FRAMEWORK,
    /** 战略合作协议 */
    STRATEGIC,
    /** 投资协议 */
    INVESTMENT,
    /** 项目合作协议 */
    PROJECT_COOPERATION
}
