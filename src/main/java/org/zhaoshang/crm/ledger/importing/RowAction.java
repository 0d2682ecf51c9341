package org.zhaoshang.crm.ledger.importing;

/** What confirming the import does with a row (labels under {@code ledgerimport.action.<NAME>}). */
public enum RowAction {
    /** A new company and a new project. */
    CREATE_COMPANY_AND_PROJECT,
    /** A new project of a company already in the 企业库 (or created by an earlier row). */
    CREATE_PROJECT,
    /** The project exists (same name, same company): its facts are updated and it moves forward if the ledger says so. */
    UPDATE_PROJECT,
    /** 问题督办: a new problem raised on an existing project (待交办, or 办理中 where the ledger says so and the importer may 交办). */
    CREATE_PROBLEM,
    /** 外出招商: a new trip, organized by the row's unit, with a visit to each company it names. */
    CREATE_TRIP,
    /** Nothing to do: the project already says what the row says (or the project already has this problem). */
    UNCHANGED,
    /** Not a project row: a 合计 line, a section heading, a note under the table. */
    SKIP,
    /** The row has an error and is not imported. */
    ERROR
}
