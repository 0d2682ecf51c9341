package org.zhaoshang.crm.base.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A list as an Excel sheet the way offices print it: merged title row, date line, frozen header with 序号,
 * amounts as numbers with two decimals, dates as dates, landscape and fit to width. Rows are streamed
 * (SXSSF), so long lists stay in bounded memory. Text cells that start with = + - @ are written as text
 * prefixed with an apostrophe so that they are never evaluated as formulas when reopened.
 */
public final class XlsxExport<T> {

    /** One column: header, width in characters and the value (String, Number, BigDecimal or LocalDate). */
    public record Column<T>(String header, int width, Function<T, Object> value) {
    }

    private final String title;
    private final List<Column<T>> columns;

    public XlsxExport(String title, List<Column<T>> columns) {
        this.title = title;
        this.columns = List.copyOf(columns);
    }

    public void write(Iterable<T> rows, String dateLine, OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(safeSheetName(title));
            Styles styles = new Styles(workbook);
            int width = columns.size() + 1;

            Row titleRow = sheet.createRow(0);
            titleRow.setHeightInPoints(28);
            cell(titleRow, 0, title, styles.title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, width - 1));
            Row dateRow = sheet.createRow(1);
            cell(dateRow, 0, dateLine, styles.plain);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, width - 1));

            Row header = sheet.createRow(2);
            cell(header, 0, "序号", styles.header);
            sheet.setColumnWidth(0, 6 * 256);
            for (int c = 0; c < columns.size(); c++) {
                cell(header, c + 1, columns.get(c).header(), styles.header);
                sheet.setColumnWidth(c + 1, Math.min(255, columns.get(c).width()) * 256);
            }
            sheet.createFreezePane(0, 3);

            int r = 3;
            for (T item : rows) {
                Row row = sheet.createRow(r);
                Cell number = row.createCell(0);
                number.setCellValue(r - 2);
                number.setCellStyle(styles.integer);
                for (int c = 0; c < columns.size(); c++) {
                    Object value = columns.get(c).value().apply(item);
                    Cell cell = row.createCell(c + 1);
                    switch (value) {
                        case null -> cell.setCellStyle(styles.text);
                        case BigDecimal amount -> {
                            cell.setCellValue(amount.doubleValue());
                            cell.setCellStyle(styles.amount);
                        }
                        case Number n -> {
                            cell.setCellValue(n.doubleValue());
                            cell.setCellStyle(styles.integer);
                        }
                        case LocalDate date -> {
                            cell.setCellValue(date);
                            cell.setCellStyle(styles.date);
                        }
                        default -> {
                            cell.setCellValue(escape(value.toString()));
                            cell.setCellStyle(styles.text);
                        }
                    }
                }
                r++;
            }
            PrintSetup print = sheet.getPrintSetup();
            print.setLandscape(true);
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setAutobreaks(true);
            sheet.setFitToPage(true);
            sheet.setRepeatingRows(new CellRangeAddress(2, 2, 0, width - 1));
            workbook.write(out);
        }
    }

    /** Keeps text that looks like a formula from ever becoming one (CSV/formula injection). */
    public static String escape(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    public static String today(ZoneId zone) {
        LocalDate d = LocalDate.now(zone);
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static String safeSheetName(String name) {
        String cleaned = name.replaceAll("[\\\\/?*\\[\\]:]", " ");
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle plain;
        final CellStyle header;
        final CellStyle text;
        final CellStyle amount;
        final CellStyle integer;
        final CellStyle date;

        Styles(SXSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 16);
            title = wb.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            plain = wb.createCellStyle();
            header = bordered(wb);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setWrapText(true);
            text = bordered(wb);
            text.setWrapText(true);
            amount = bordered(wb);
            amount.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            integer = bordered(wb);
            integer.setDataFormat(wb.createDataFormat().getFormat("0"));
            date = bordered(wb);
            date.setDataFormat(wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
        }

        private static CellStyle bordered(SXSSFWorkbook wb) {
            CellStyle style = wb.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            return style;
        }
    }
}
