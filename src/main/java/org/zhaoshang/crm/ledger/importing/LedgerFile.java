package org.zhaoshang.crm.ledger.importing;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellReference;

/**
 * An uploaded ledger after reading: which sheet, where its header was found (below any merged title), the
 * column headers and the data rows under them. Nothing has been interpreted yet; the mapping of columns to
 * fields and the preview come next.
 *
 * @param headerRowNumber the Excel row number of the (last) header row
 * @param headerRows 1, or 2 when a group header (投资额（万元）) stands over sub-headers (总投资, 固定资产投资)
 * @param title the text above the header (台账 title, 填报单位, 截止日期), for the period year and the screen
 * @param titleYear a year the title names (2023年签约项目台账), or null
 * @param titleUnit the unit a line above the table gives all amounts (单位：亿元), or null
 * @param fileYear the year the document properties say the file was created, or null
 * @param blankRows blank rows between the data rows, skipped
 */
public record LedgerFile(String fileName, FileFormat format, String encoding, List<String> sheetNames, int sheetIndex,
        int headerRowNumber, int headerRows, List<String> headers, List<SourceRow> rows, String title, Integer titleYear,
        AmountUnit titleUnit, Integer fileYear, int blankRows) {

    public LedgerFile {
        sheetNames = List.copyOf(sheetNames);
        headers = List.copyOf(headers);
        rows = List.copyOf(rows);
    }

    public int columnCount() {
        return headers.size();
    }

    public String sheetName() {
        return sheetNames.get(sheetIndex);
    }

    /** A, B, … AA as Excel names columns. */
    public static String columnLetter(int column) {
        return CellReference.convertNumToColString(column);
    }

    /** The first few non-blank values of a column, for the mapping screen. */
    public List<String> samples(int column, int count) {
        List<String> samples = new ArrayList<>();
        for (SourceRow row : rows) {
            SourceCell cell = row.cell(column);
            if (!cell.isBlank()) {
                samples.add(cell.stripped());
                if (samples.size() == count) {
                    break;
                }
            }
        }
        return samples;
    }
}
