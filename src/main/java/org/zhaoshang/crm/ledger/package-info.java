/**
 * 台账: the ledgers the units report upward in (their column sets, filters and titles), export to .xlsx in the
 * government layout and to PDF, dated snapshots and their comparison, and the import of old Excel/CSV ledgers.
 * Reads project, company, supervision, trip and org through their services.
 */
package org.zhaoshang.crm.ledger;
