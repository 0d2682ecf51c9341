package org.zhaoshang.crm.ledger.importing;

import java.util.Map;

/**
 * Choices made on the import screen.
 *
 * @param defaultUnitId the 责任单位 of rows that name none (LEADER and ADMIN choose it; for STAFF and UNIT_LEAD it is
 *        always their own unit, whatever is passed)
 * @param periodYear the year of the ledger's period, for dates written without a year (5月26日); null to take it
 *        from the title, the file name or the file's properties
 * @param skipErrorRows import the rows without errors and leave the others out; when false, one error rejects
 *        the whole file
 * @param companyChoices per row number, the company of the 企业库 the row's company is taken to be (归入已有企业),
 *        one of the similar companies the preview offered that row; rows not in the map get a new company.
 *        A choice that was not offered is refused.
 */
public record ImportOptions(Long defaultUnitId, Integer periodYear, boolean skipErrorRows, Map<Integer, Long> companyChoices) {

    public ImportOptions {
        companyChoices = companyChoices == null ? Map.of() : Map.copyOf(companyChoices);
    }

    public ImportOptions(Long defaultUnitId, Integer periodYear, boolean skipErrorRows) {
        this(defaultUnitId, periodYear, skipErrorRows, Map.of());
    }

    public static ImportOptions defaults() {
        return new ImportOptions(null, null, false);
    }

    public ImportOptions withSkipErrorRows(boolean skip) {
        return new ImportOptions(defaultUnitId, periodYear, skip, companyChoices);
    }

    public ImportOptions withCompanyChoices(Map<Integer, Long> choices) {
        return new ImportOptions(defaultUnitId, periodYear, skipErrorRows, choices);
    }
}
