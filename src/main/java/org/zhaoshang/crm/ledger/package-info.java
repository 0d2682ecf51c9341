/**
 * 台账: the seven ledgers the units report upward in — their column sets (序号 first), filters (unit, area, industry,
 * leader, period) and titles — drawn from live data for the ledger screen, exported to .xlsx in the government layout
 * and to PDF; dated snapshots (every Friday 17:00, at month end, or by hand) and the comparison of two of them; and,
 * in {@code ledger.importing}, the import of old Excel/CSV ledgers. STAFF and UNIT_LEAD read their own unit's rows,
 * LEADER and ADMIN the district's. Reads projects, problems and trips through the small read-only ledger queries of
 * project, supervision and trip; uses org, security, reminder (the recorded-job base of scheduled jobs) and base.
 */
package org.zhaoshang.crm.ledger;
