package org.zhaoshang.crm.ledger.importing;

import java.math.BigDecimal;

/**
 * The unit a column's bare numbers are in, read from its header (总投资（亿元）). Every amount is stored in 万元;
 * a number in a 亿元 column becomes ten thousand times as many 万元. Labels under {@code ledgerimport.unit.<NAME>}.
 */
public enum AmountUnit {
    /** 万元: what the CRM stores; also the assumption when a header names no unit. */
    WAN(BigDecimal.ONE),
    /** 亿元 */
    YI(BigDecimal.valueOf(10_000)),
    /** 元 */
    YUAN(new BigDecimal("0.0001"));

    private final BigDecimal toWan;

    AmountUnit(BigDecimal toWan) {
        this.toWan = toWan;
    }

    /** The factor that turns a number in this unit into 万元. */
    public BigDecimal toWan() {
        return toWan;
    }

    public String labelKey() {
        return "ledgerimport.unit." + name();
    }
}
