package org.zhaoshang.crm.ledger.importing;

import java.util.List;

/**
 * A sheet as read, before its header is found: the rows that have any content (Excel row numbers kept) and
 * its merged regions, which the layout step spreads where a person reading the sheet would.
 */
record RawSheet(String name, List<SourceRow> rows, List<Merge> merges) {

    /** A merged region: rows as Excel numbers them (1-based), columns from 0. */
    record Merge(int firstRow, int lastRow, int firstColumn, int lastColumn) {

        boolean vertical() {
            return lastRow > firstRow;
        }

        static Merge parse(String ref) {
            org.apache.poi.ss.util.CellRangeAddress range = org.apache.poi.ss.util.CellRangeAddress.valueOf(ref);
            return new Merge(range.getFirstRow() + 1, range.getLastRow() + 1, range.getFirstColumn(), range.getLastColumn());
        }
    }
}
