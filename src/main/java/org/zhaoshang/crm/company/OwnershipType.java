package org.zhaoshang.crm.company;

/** 企业性质 (labels under {@code ownership.<NAME>}). */
public enum OwnershipType {
    /** 央企 */
    CENTRAL_SOE,
    /** 国企 */
    LOCAL_SOE,
    /** 民企 */
    PRIVATE,
    /** 外资 */
    FOREIGN,
    /** 上市公司 */
    LISTED
}
