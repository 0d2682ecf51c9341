package org.zhaoshang.crm.project;

/**
 * A fact a stage needs before a project may enter it (domain handbook, "must have"); the transition dialog
 * asks for exactly the missing ones. Labels under {@code fact.<NAME>}.
 */
public enum Fact {
    /** 考察日期 (考察) */
    SITE_VISIT_DATE,
    /** 计划总投资 (洽谈) */
    TOTAL_INVESTMENT,
    /** 落地片区 (洽谈) */
    AREA,
    /** 签约日期 (签约) */
    SIGN_DATE,
    /** 协议类型 (签约) */
    AGREEMENT_TYPE,
    /** 签约金额 (签约) */
    AGREEMENT_AMOUNT,
    /** 落地日期 (落地) */
    LAND_DATE,
    /** 开工日期 (开工) */
    START_DATE,
    /** 投产日期 (投产) */
    OPERATION_DATE
}
