package org.zhaoshang.crm.ledger;

/**
 * The ledgers (台账) the district's units keep and report upward. Each has a fixed column set (序号 first), filters
 * and a title such as "二七区签约项目台账"; the Chinese names live in the ledger bundle under {@code ledger.type.*}.
 */
public enum LedgerType {
    /** 招商线索台账: projects at 线索/对接/考察 (not yet negotiating). */
    LEADS,
    /** 在谈项目台账: projects in 洽谈. */
    NEGOTIATING,
    /** 签约项目台账: projects signed (签约 and later), by signing date. */
    SIGNED,
    /** 三个一批台账: projects signed, started and put into operation in a period. */
    THREE_BATCHES,
    /** 重点项目台账: key projects with 应开未开. */
    KEY_PROJECTS,
    /** 问题督办台账: problems under supervision and their state. */
    PROBLEMS,
    /** 外出招商活动台账: trips and what they turned into. */
    TRIPS;

    /** True for the ledgers whose rows are projects (their rows link to the project page). */
    public boolean listsProjects() {
        return this != PROBLEMS && this != TRIPS;
    }

    /** The i18n key of the ledger's name, e.g. {@code ledger.type.SIGNED} = 签约项目台账. */
    public String nameKey() {
        return "ledger.type." + name();
    }
}
