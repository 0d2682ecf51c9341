package org.zhaoshang.crm.ledger.importing;

/**
 * Choices made on the import screen.
 *
 * @param defaultUnitId the 责任单位 of rows that name none (LEADER and ADMIN choose it; for STAFF and UNIT_LEAD it is
 *        always their own unit, whatever is passed)
 * @param periodYear the year of the ledger's period, for dates written without a year (5月26日); null to take it
 *        from the title, the file name or the file's properties
 * @param skipErrorRows import the rows without errors and leave the others out; when false, one error rejects
 *        the whole file
 */
public record ImportOptions(Long defaultUnitId, Integer periodYear, boolean skipErrorRows) {

    public static ImportOptions defaults() {
        return new ImportOptions(null, null, false);
    }
}
