package org.zhaoshang.crm.ledger;

/** What a ledger column holds, which decides how it is shown, exported, stored in a snapshot and compared. */
public enum ColumnKind {
    /** Free text (wrapped in exports). */
    TEXT,
    /** A number with two decimals: 万元, 亩. */
    AMOUNT,
    /** A whole number: people, visits, projects. */
    COUNT,
    /** A calendar day, exported as an Excel date. */
    DATE,
    /** A code shown through the bundle: {@code labelPrefix + "." + code}, e.g. stage.SIGNED = 签约. */
    LABEL,
    /** Yes or nothing (是 / blank), e.g. 应开未开. */
    FLAG
}
