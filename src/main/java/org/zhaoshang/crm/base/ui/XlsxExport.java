package org.zhaoshang.crm.base.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A list as an Excel sheet the way offices print it: merged title row, a line with 填报单位 and the date, frozen
 * header with 序号, amounts as numbers with two decimals, dates as dates, wrapped text, landscape, fit to width and
 * the header repeated on every printed page; optionally a 合计 row, sections with 小计 (三个一批) and highlighted
 * cells (a comparison of two snapshots). Rows are streamed (SXSSF): only a window of rows is in memory, so a
 * 100,000-row ledger needs no more heap than a short one. Text cells that start with = + - @ are written as text
 * prefixed with an apostrophe so that they are never evaluated as formulas when reopened.
 */
public final class XlsxExport<T> {

    /** Rows of POI's streaming window kept in memory; older rows are flushed to a temporary file. */
    private static final int WINDOW = 200;

    /**
     * One column: header, width in characters and the value (String, Number, BigDecimal or LocalDate). A summed
     * column adds up into the 合计 and 小计 rows; {@code highlight}, if given, marks single cells.
     */
    public record Column<T>(String header, int width, Function<T, Object> value, boolean summed,
            Function<T, Highlight> highlight) {

        public Column(String header, int width, Function<T, Object> value) {
            this(header, width, value, false, null);
        }

        public Column(String header, int width, Function<T, Object> value, boolean summed) {
            this(header, width, value, summed, null);
        }
    }

    /** The fills a cell can be marked with. */
    public enum Fill {
        NONE, ADDED, REMOVED, CHANGED
    }

    /** A cell's fill and an optional note shown as the cell's comment (e.g. the value before a change). */
    public record Highlight(Fill fill, String note) {

        public static final Highlight NONE = new Highlight(Fill.NONE, null);
    }

    private final String title;
    private final List<Column<T>> columns;
    private final String numberHeader;
    private final String totalLabel;
    private final String subtotalLabel;
    private final LongFunction<String> countText;

    public XlsxExport(String title, List<Column<T>> columns) {
        this(title, columns, "序号", null, null, null);
    }

    private XlsxExport(String title, List<Column<T>> columns, String numberHeader, String totalLabel, String subtotalLabel,
            LongFunction<String> countText) {
        this.title = title;
        this.columns = List.copyOf(columns);
        this.numberHeader = numberHeader;
        this.totalLabel = totalLabel;
        this.subtotalLabel = subtotalLabel;
        this.countText = countText;
    }

    /** The same export with another heading over the numbering column (序号 unless told). */
    public XlsxExport<T> withNumberHeader(String header) {
        return new XlsxExport<>(title, columns, header, totalLabel, subtotalLabel, countText);
    }

    /**
     * The same export with a 合计 row under the rows and a 小计 row closing each section: the label in the 序号
     * column, the row count as {@code countText} says in the first column if it is not summed, sums under summed
     * columns.
     */
    public XlsxExport<T> withTotals(String total, String subtotal, LongFunction<String> countText) {
        return new XlsxExport<>(title, columns, numberHeader, total, subtotal, countText);
    }

    public void write(Iterable<T> rows, String dateLine, OutputStream out) throws IOException {
        try (Sheet sheet = open(dateLine)) {
            for (T item : rows) {
                sheet.row(item);
            }
            sheet.finish(out);
        }
    }

    /** Starts a sheet to which rows are handed one at a time, as they come (e.g. from a streamed query). */
    public Sheet open(String dateLine) {
        return new Sheet(dateLine);
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

    /** A sheet being written; {@link #finish} writes the workbook, {@link #close} frees its temporary files. */
    public final class Sheet implements AutoCloseable {

        private static final int HEADER_ROW = 2;

        private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        private final SXSSFSheet sheet;
        private final Styles styles;
        private final int width = columns.size() + 1;
        private final boolean anySummed = columns.stream().anyMatch(Column::summed);
        private final boolean anyHighlight = columns.stream().anyMatch(c -> c.highlight() != null);
        private final BigDecimal[] total = new BigDecimal[columns.size()];
        private final BigDecimal[] sectionTotal = new BigDecimal[columns.size()];
        /** Summed columns that held an amount (two decimals in 合计) rather than a count. */
        private final boolean[] decimal = new boolean[columns.size()];
        private Drawing<?> drawing;
        private int next = HEADER_ROW + 1;
        private long number;
        private long rows;
        private long sectionRows;
        private boolean inSection;

        private Sheet(String dateLine) {
            sheet = workbook.createSheet(safeSheetName(title));
            styles = new Styles(workbook);
            Row titleRow = sheet.createRow(0);
            titleRow.setHeightInPoints(28);
            text(titleRow, 0, title, styles.title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, width - 1));
            Row dateRow = sheet.createRow(1);
            text(dateRow, 0, dateLine, styles.plain);
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, width - 1));

            Row header = sheet.createRow(HEADER_ROW);
            text(header, 0, numberHeader, styles.header);
            sheet.setColumnWidth(0, 6 * 256);
            for (int c = 0; c < columns.size(); c++) {
                text(header, c + 1, columns.get(c).header(), styles.header);
                sheet.setColumnWidth(c + 1, Math.min(255, columns.get(c).width()) * 256);
            }
            sheet.createFreezePane(0, HEADER_ROW + 1);
            clear(total);
            clear(sectionTotal);
        }

        /**
         * Starts a section: a merged row with {@code heading}; 序号 starts again at 1. The previous section, if any,
         * is closed with its 小计 row.
         */
        public void section(String heading) {
            closeSection();
            Row row = sheet.createRow(next++);
            text(row, 0, heading, styles.section);
            for (int c = 1; c < width; c++) {
                row.createCell(c).setCellStyle(styles.section);
            }
            sheet.addMergedRegion(new CellRangeAddress(row.getRowNum(), row.getRowNum(), 0, width - 1));
            inSection = true;
            number = 0;
            sectionRows = 0;
            clear(sectionTotal);
        }

        /** Writes one data row with the next 序号. */
        public void row(T item) {
            Row row = sheet.createRow(next++);
            Cell numberCell = row.createCell(0);
            numberCell.setCellValue(++number);
            numberCell.setCellStyle(styles.integer[0]);
            for (int c = 0; c < columns.size(); c++) {
                Column<T> column = columns.get(c);
                Object value = column.value().apply(item);
                Highlight highlight = anyHighlight && column.highlight() != null ? column.highlight().apply(item) : null;
                int fill = highlight == null ? 0 : highlight.fill().ordinal();
                Cell cell = row.createCell(c + 1);
                switch (value) {
                    case null -> cell.setCellStyle(styles.text[fill]);
                    case BigDecimal amount -> {
                        cell.setCellValue(amount.doubleValue());
                        cell.setCellStyle(styles.amount[fill]);
                    }
                    case Number n -> {
                        cell.setCellValue(n.doubleValue());
                        cell.setCellStyle(styles.integer[fill]);
                    }
                    case LocalDate date -> {
                        cell.setCellValue(date);
                        cell.setCellStyle(styles.date[fill]);
                    }
                    default -> {
                        cell.setCellValue(escape(value.toString()));
                        cell.setCellStyle(styles.text[fill]);
                    }
                }
                if (column.summed() && value instanceof Number n) {
                    BigDecimal amount = n instanceof BigDecimal d ? d : BigDecimal.valueOf(n.longValue());
                    decimal[c] |= n instanceof BigDecimal;
                    total[c] = total[c].add(amount);
                    sectionTotal[c] = sectionTotal[c].add(amount);
                }
                if (highlight != null && highlight.note() != null) {
                    note(cell, highlight.note());
                }
            }
            rows++;
            sectionRows++;
        }

        /** Rows written so far (without section, 小计 and 合计 rows). */
        public long rows() {
            return rows;
        }

        /** Closes the last section, adds the 合计 row if asked for, sets up printing and writes the workbook. */
        public void finish(OutputStream out) throws IOException {
            closeSection();
            if (totalLabel != null) {
                totalRow(totalLabel, rows, total);
            }
            PrintSetup print = sheet.getPrintSetup();
            print.setLandscape(true);
            print.setPaperSize(PrintSetup.A4_PAPERSIZE);
            print.setFitWidth((short) 1);
            print.setFitHeight((short) 0);
            sheet.setAutobreaks(true);
            sheet.setFitToPage(true);
            sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, 0, width - 1));
            workbook.write(out);
        }

        @Override
        public void close() throws IOException {
            workbook.close();
        }

        private void closeSection() {
            if (inSection && totalLabel != null) {
                totalRow(subtotalLabel, sectionRows, sectionTotal);
            }
            inSection = false;
        }

        private void totalRow(String label, long count, BigDecimal[] sums) {
            Row row = sheet.createRow(next++);
            text(row, 0, label, styles.totalLabel);
            for (int c = 0; c < columns.size(); c++) {
                Cell cell = row.createCell(c + 1);
                if (columns.get(c).summed()) {
                    cell.setCellValue(sums[c].doubleValue());
                    cell.setCellStyle(decimal[c] ? styles.totalAmount : styles.totalInteger);
                } else if (c == 0 && countText != null) {
                    cell.setCellValue(countText.apply(count));
                    cell.setCellStyle(styles.totalLabel);
                } else {
                    cell.setCellStyle(styles.totalLabel);
                }
            }
        }

        private void note(Cell cell, String text) {
            if (drawing == null) {
                drawing = sheet.createDrawingPatriarch();
            }
            CreationHelper factory = workbook.getCreationHelper();
            ClientAnchor anchor = factory.createClientAnchor();
            anchor.setCol1(cell.getColumnIndex());
            anchor.setCol2(cell.getColumnIndex() + 3);
            anchor.setRow1(cell.getRowIndex());
            anchor.setRow2(cell.getRowIndex() + 3);
            Comment comment = drawing.createCellComment(anchor);
            comment.setString(factory.createRichTextString(text));
            cell.setCellComment(comment);
        }

        private static void clear(BigDecimal[] sums) {
            java.util.Arrays.fill(sums, BigDecimal.ZERO);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    /** Every style the sheet uses, created once (a workbook holds at most 64,000 styles). Arrays are per {@link Fill}. */
    private static final class Styles {
        private static final Map<Fill, IndexedColors> COLORS = new EnumMap<>(Map.of(
                Fill.ADDED, IndexedColors.LIGHT_GREEN, Fill.REMOVED, IndexedColors.ROSE, Fill.CHANGED, IndexedColors.LIGHT_YELLOW));

        final CellStyle title;
        final CellStyle plain;
        final CellStyle header;
        final CellStyle section;
        final CellStyle totalLabel;
        final CellStyle totalAmount;
        final CellStyle totalInteger;
        final CellStyle[] text = new CellStyle[Fill.values().length];
        final CellStyle[] amount = new CellStyle[Fill.values().length];
        final CellStyle[] integer = new CellStyle[Fill.values().length];
        final CellStyle[] date = new CellStyle[Fill.values().length];

        Styles(SXSSFWorkbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 16);
            title = wb.createCellStyle();
            title.setFont(big);
            title.setAlignment(HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            plain = wb.createCellStyle();
            header = bordered(wb, Fill.NONE);
            header.setFont(bold);
            header.setAlignment(HorizontalAlignment.CENTER);
            header.setVerticalAlignment(VerticalAlignment.CENTER);
            header.setWrapText(true);
            section = bordered(wb, Fill.NONE);
            section.setFont(bold);
            short amountFormat = wb.createDataFormat().getFormat("#,##0.00");
            short integerFormat = wb.createDataFormat().getFormat("0");
            short dateFormat = wb.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\"");
            for (Fill fill : Fill.values()) {
                int i = fill.ordinal();
                text[i] = bordered(wb, fill);
                text[i].setWrapText(true);
                amount[i] = bordered(wb, fill);
                amount[i].setDataFormat(amountFormat);
                integer[i] = bordered(wb, fill);
                integer[i].setDataFormat(integerFormat);
                date[i] = bordered(wb, fill);
                date[i].setDataFormat(dateFormat);
            }
            totalLabel = bordered(wb, Fill.NONE);
            totalLabel.setFont(bold);
            totalLabel.setAlignment(HorizontalAlignment.CENTER);
            totalAmount = bordered(wb, Fill.NONE);
            totalAmount.setFont(bold);
            totalAmount.setDataFormat(amountFormat);
            totalInteger = bordered(wb, Fill.NONE);
            totalInteger.setFont(bold);
            totalInteger.setDataFormat(integerFormat);
        }

        private static CellStyle bordered(SXSSFWorkbook wb, Fill fill) {
            CellStyle style = wb.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            if (fill != Fill.NONE) {
                style.setFillForegroundColor(COLORS.get(fill).getIndex());
                style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            return style;
        }
    }
}
