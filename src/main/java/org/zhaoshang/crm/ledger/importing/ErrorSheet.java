package org.zhaoshang.crm.ledger.importing;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The rows of an imported file as they were, with two columns added: 处理结果 (what the import does or did with
 * the row) and 问题 (every problem in words). Rows with errors are red, with warnings yellow. The header is the
 * file's own, so the corrected sheet can be uploaded again as it is. Values keep their types; formulas are
 * written as their results; text that would run as a formula when opened (= + - @ first) is quote-prefixed.
 */
final class ErrorSheet {

    private final LedgerFile file;
    private final ImportPreview preview;
    private final BiFunction<String, List<String>, String> text;

    ErrorSheet(LedgerFile file, ImportPreview preview, BiFunction<String, List<String>, String> text) {
        this.file = file;
        this.preview = preview;
        this.text = text;
    }

    void write(OutputStream out) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(text.apply("ledgerimport.errorSheet.sheet", List.of()));
            Styles styles = new Styles(workbook);
            int width = file.columnCount() + 2;
            Row title = sheet.createRow(0);
            Cell titleCell = title.createCell(0);
            titleCell.setCellValue(text.apply("ledgerimport.errorSheet.title", List.of(file.fileName(),
                    String.valueOf(preview.errorRows()))));
            titleCell.setCellStyle(styles.title);
            if (width > 1) {
                sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, width - 1));
            }
            Row header = sheet.createRow(1);
            for (int c = 0; c < file.columnCount(); c++) {
                text(header.createCell(c), file.headers().get(c), styles.header, styles.quotedHeader);
                sheet.setColumnWidth(c, 16 * 256);
            }
            text(header.createCell(file.columnCount()), text.apply("ledgerimport.errorSheet.outcome", List.of()), styles.header,
                    styles.quotedHeader);
            text(header.createCell(file.columnCount() + 1), text.apply("ledgerimport.errorSheet.problems", List.of()),
                    styles.header, styles.quotedHeader);
            sheet.setColumnWidth(file.columnCount(), 14 * 256);
            sheet.setColumnWidth(file.columnCount() + 1, 60 * 256);
            sheet.createFreezePane(0, 2);

            Map<Integer, PreviewRow> outcomes = preview.byRow();
            int r = 2;
            for (SourceRow source : file.rows()) {
                PreviewRow outcome = outcomes.get(source.number());
                Tone tone = outcome == null ? Tone.PLAIN : outcome.hasErrors() ? Tone.ERROR
                        : outcome.hasWarnings() ? Tone.WARNING : Tone.PLAIN;
                Row row = sheet.createRow(r++);
                for (int c = 0; c < file.columnCount(); c++) {
                    value(row.createCell(c), source.cell(c), styles, tone);
                }
                text(row.createCell(file.columnCount()), outcome == null ? ""
                        : text.apply("ledgerimport.action." + outcome.action().name(), List.of()), styles.get(tone, Kind.TEXT),
                        styles.get(tone, Kind.QUOTED));
                String problems = outcome == null ? "" : outcome.problems().stream()
                        .filter(p -> p.severity() != Problem.Severity.NOTE || outcome.action() == RowAction.SKIP)
                        .map(this::describe).collect(Collectors.joining("；"));
                text(row.createCell(file.columnCount() + 1), problems, styles.get(tone, Kind.TEXT), styles.get(tone, Kind.QUOTED));
            }
            workbook.write(out);
        }
    }

    private String describe(Problem problem) {
        String prefix = problem.severity() == Problem.Severity.ERROR ? text.apply("ledgerimport.severity.ERROR", List.of())
                : problem.severity() == Problem.Severity.WARNING ? text.apply("ledgerimport.severity.WARNING", List.of()) : "";
        return prefix + text.apply(problem.messageKey(), problem.arguments());
    }

    private static void value(Cell cell, SourceCell source, Styles styles, Tone tone) {
        switch (source.kind()) {
            case NUMBER -> {
                cell.setCellValue(source.number().doubleValue());
                cell.setCellStyle(styles.get(tone, Kind.TEXT));
            }
            case DATE -> {
                cell.setCellValue(source.date());
                cell.setCellStyle(styles.get(tone, Kind.DATE));
            }
            case BOOLEAN -> {
                cell.setCellValue("TRUE".equals(source.text()));
                cell.setCellStyle(styles.get(tone, Kind.TEXT));
            }
            case BLANK -> cell.setCellStyle(styles.get(tone, Kind.TEXT));
            default -> {
                cell.setCellValue(source.text());
                cell.setCellStyle(styles.get(tone, needsEscape(source.text()) ? Kind.QUOTED : Kind.TEXT));
            }
        }
    }

    private static void text(Cell cell, String value, CellStyle style, CellStyle quoted) {
        cell.setCellValue(value);
        cell.setCellStyle(needsEscape(value) ? quoted : style);
    }

    /** Text a spreadsheet would take for a formula when the cell is edited or the sheet saved as CSV. */
    static boolean needsEscape(String text) {
        String t = text == null ? "" : text.stripLeading();
        return !t.isEmpty() && "=+-@＝＋－＠".indexOf(t.charAt(0)) >= 0;
    }

    private enum Tone {
        PLAIN, WARNING, ERROR
    }

    private enum Kind {
        TEXT, QUOTED, DATE
    }

    private static final class Styles {
        final CellStyle title;
        final CellStyle header;
        final CellStyle quotedHeader;
        private final SXSSFWorkbook workbook;
        private final Map<String, CellStyle> cache = new HashMap<>();

        Styles(SXSSFWorkbook workbook) {
            this.workbook = workbook;
            Font big = workbook.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 14);
            title = workbook.createCellStyle();
            title.setFont(big);
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            quotedHeader = workbook.createCellStyle();
            quotedHeader.cloneStyleFrom(header);
            quotedHeader.setQuotePrefixed(true);
        }

        CellStyle get(Tone tone, Kind kind) {
            return cache.computeIfAbsent(tone + "/" + kind, key -> {
                CellStyle style = workbook.createCellStyle();
                style.setWrapText(true);
                if (tone != Tone.PLAIN) {
                    style.setFillForegroundColor(tone == Tone.ERROR ? IndexedColors.ROSE.getIndex()
                            : IndexedColors.LIGHT_YELLOW.getIndex());
                    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
                }
                if (kind == Kind.QUOTED) {
                    style.setQuotePrefixed(true);
                }
                if (kind == Kind.DATE) {
                    style.setDataFormat(workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
                }
                return style;
            });
        }
    }
}
