package org.zhaoshang.crm.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongConsumer;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.zhaoshang.crm.base.Money;
import org.zhaoshang.crm.base.PdfFonts;

/**
 * A ledger as a printable PDF: landscape A4, title, the 填报单位 line, a bordered table whose header row repeats on
 * every page, cells wrapped to their column, sections and 小计 for 三个一批, a 合计 row, and "第 1 页 共 N 页" under
 * every page. Page contents go to a temporary file as they are written, so long ledgers do not fill the heap.
 */
final class LedgerPdf {

    private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
    private static final float MARGIN = 28;
    private static final float FOOTER = 22;
    private static final float TITLE_SIZE = 16;
    private static final float INFO_SIZE = 9;
    private static final float SIZE = 7.5f;
    private static final float LEADING = 9.5f;
    private static final float PAD = 2;
    private static final float NUMBER_WIDTH_CHARS = 4;

    private LedgerPdf() {
    }

    static long write(LedgerDefinition definition, LedgerTexts texts, String title, String infoLine, LedgerWorkbook.Rows rows,
            OutputStream out, LongConsumer progress) throws IOException {
        try (PDDocument document = new PDDocument(IOUtils.createTempFileOnlyStreamCache())) {
            Table table = new Table(document, definition, texts, title, infoLine);
            int group = definition.groupColumn() == null ? -1 : definition.indexOf(definition.groupColumn());
            Object[] section = {null};
            int[] sections = {0};
            try {
                rows.each(row -> {
                    if (group >= 0 && !Objects.equals(row.value(group), section[0])) {
                        section[0] = row.value(group);
                        table.section(texts.sectionHeading(++sections[0],
                                texts.display(definition.columns().get(group), section[0])));
                    }
                    table.row(row);
                    progress.accept(table.rows);
                });
                table.finish();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            document.save(out);
            return table.rows;
        }
    }

    /** The table being laid out page by page. */
    private static final class Table {

        private final PDDocument document;
        private final PDType0Font font;
        private final LedgerTexts texts;
        private final String title;
        private final String infoLine;
        private final List<LedgerColumn> columns;
        private final float[] widths;
        private final String[] headers;
        private final BigDecimal[] total;
        private final BigDecimal[] sectionTotal;
        private final boolean[] decimal;
        private final Map<Integer, Float> charWidths = new HashMap<>();
        private PDPageContentStream content;
        private float y;
        private long rows;
        private long number;
        private long sectionRows;
        private boolean inSection;

        Table(PDDocument document, LedgerDefinition definition, LedgerTexts texts, String title, String infoLine) {
            this.document = document;
            this.font = PdfFonts.chinese(document);
            this.texts = texts;
            this.title = title;
            this.infoLine = infoLine;
            this.columns = definition.columns();
            int n = columns.size();
            total = zeros(n);
            sectionTotal = zeros(n);
            decimal = new boolean[n];
            headers = new String[n + 1];
            headers[0] = texts.get("ledger.number");
            float chars = NUMBER_WIDTH_CHARS;
            for (int c = 0; c < n; c++) {
                headers[c + 1] = texts.header(columns.get(c));
                chars += columns.get(c).width();
            }
            float scale = (PAGE.getWidth() - 2 * MARGIN) / chars;
            widths = new float[n + 1];
            widths[0] = NUMBER_WIDTH_CHARS * scale;
            for (int c = 0; c < n; c++) {
                widths[c + 1] = columns.get(c).width() * scale;
            }
            newPage(true);
        }

        void section(String heading) {
            closeSection();
            spanning(heading);
            inSection = true;
            number = 0;
            sectionRows = 0;
            java.util.Arrays.fill(sectionTotal, BigDecimal.ZERO);
        }

        void row(LedgerRow row) {
            String[] cells = new String[columns.size() + 1];
            boolean[] right = new boolean[cells.length];
            cells[0] = String.valueOf(++number);
            right[0] = true;
            for (int c = 0; c < columns.size(); c++) {
                LedgerColumn column = columns.get(c);
                Object value = row.value(c);
                cells[c + 1] = texts.display(column, value);
                right[c + 1] = column.kind() == ColumnKind.AMOUNT || column.kind() == ColumnKind.COUNT;
                if (column.summed() && value instanceof Number n) {
                    BigDecimal amount = n instanceof BigDecimal d ? d : BigDecimal.valueOf(n.longValue());
                    decimal[c] |= n instanceof BigDecimal;
                    total[c] = total[c].add(amount);
                    sectionTotal[c] = sectionTotal[c].add(amount);
                }
            }
            draw(cells, right, false);
            rows++;
            sectionRows++;
        }

        void finish() {
            closeSection();
            totalRow(texts.totalLabel(), rows, total);
            try {
                content.close();
                stampPageNumbers();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void closeSection() {
            if (inSection) {
                totalRow(texts.get("ledger.subtotal"), sectionRows, sectionTotal);
            }
            inSection = false;
        }

        private void totalRow(String label, long count, BigDecimal[] sums) {
            String[] cells = new String[columns.size() + 1];
            boolean[] right = new boolean[cells.length];
            cells[0] = label;
            for (int c = 0; c < columns.size(); c++) {
                if (columns.get(c).summed()) {
                    cells[c + 1] = decimal[c] ? Money.format(sums[c]) : sums[c].toPlainString();
                    right[c + 1] = true;
                } else {
                    cells[c + 1] = c == 0 ? texts.countText(count) : "";
                }
            }
            draw(cells, right, true);
        }

        /** A row across the whole table (a section's heading). */
        private void spanning(String text) {
            float width = PAGE.getWidth() - 2 * MARGIN;
            List<String> lines = wrap(text, width - 2 * PAD);
            float height = lines.size() * LEADING + 2 * PAD;
            ensureRoom(height);
            try {
                content.setNonStrokingColor(0.93f);
                content.addRect(MARGIN, y - height, width, height);
                content.fill();
                content.setNonStrokingColor(0f);
                content.addRect(MARGIN, y - height, width, height);
                content.stroke();
                text(lines, MARGIN + PAD, y - PAD - SIZE, width - 2 * PAD, false);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            y -= height;
        }

        private void draw(String[] cells, boolean[] right, boolean shaded) {
            List<List<String>> lines = new ArrayList<>(cells.length);
            int most = 1;
            for (int c = 0; c < cells.length; c++) {
                List<String> cellLines = wrap(cells[c], widths[c] - 2 * PAD);
                lines.add(cellLines);
                most = Math.max(most, cellLines.size());
            }
            float height = most * LEADING + 2 * PAD;
            ensureRoom(height);
            try {
                float x = MARGIN;
                if (shaded) {
                    content.setNonStrokingColor(0.93f);
                    content.addRect(MARGIN, y - height, PAGE.getWidth() - 2 * MARGIN, height);
                    content.fill();
                    content.setNonStrokingColor(0f);
                }
                for (int c = 0; c < cells.length; c++) {
                    content.addRect(x, y - height, widths[c], height);
                    x += widths[c];
                }
                content.stroke();
                x = MARGIN;
                for (int c = 0; c < cells.length; c++) {
                    text(lines.get(c), x + PAD, y - PAD - SIZE, widths[c] - 2 * PAD, right[c]);
                    x += widths[c];
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            y -= height;
        }

        private void text(List<String> lines, float x, float baseline, float width, boolean alignRight) throws IOException {
            float line = baseline;
            for (String text : lines) {
                if (!text.isEmpty()) {
                    float offset = alignRight ? width - textWidth(text) : 0;
                    content.beginText();
                    content.setFont(font, SIZE);
                    content.newLineAtOffset(x + offset, line);
                    content.showText(text);
                    content.endText();
                }
                line -= LEADING;
            }
        }

        private void ensureRoom(float height) {
            if (y - height < MARGIN + FOOTER) {
                try {
                    content.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                newPage(false);
            }
        }

        /** A new page: the title and the 填报单位 line on the first, the header row on every one. */
        private void newPage(boolean first) {
            try {
                PDPage page = new PDPage(PAGE);
                document.addPage(page);
                content = new PDPageContentStream(document, page);
                content.setLineWidth(0.5f);
                y = PAGE.getHeight() - MARGIN;
                if (first) {
                    String shownTitle = printable(title);
                    float titleWidth = font.getStringWidth(shownTitle) / 1000 * TITLE_SIZE;
                    content.beginText();
                    content.setFont(font, TITLE_SIZE);
                    content.newLineAtOffset((PAGE.getWidth() - titleWidth) / 2, y - TITLE_SIZE);
                    content.showText(shownTitle);
                    content.endText();
                    y -= TITLE_SIZE + 10;
                    content.beginText();
                    content.setFont(font, INFO_SIZE);
                    content.newLineAtOffset(MARGIN, y - INFO_SIZE);
                    content.showText(printable(infoLine));
                    content.endText();
                    y -= INFO_SIZE + 8;
                }
                draw(headers, new boolean[headers.length], true);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void stampPageNumbers() throws IOException {
            int pages = document.getNumberOfPages();
            for (int i = 0; i < pages; i++) {
                PDPage page = document.getPage(i);
                try (PDPageContentStream footer = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND,
                        true, true)) {
                    String text = texts.get("ledger.page", i + 1, pages);
                    float width = textWidth(text);
                    footer.beginText();
                    footer.setFont(font, INFO_SIZE);
                    footer.newLineAtOffset((PAGE.getWidth() - width * INFO_SIZE / SIZE) / 2, MARGIN);
                    footer.showText(text);
                    footer.endText();
                }
            }
        }

        /** Lines that fit the width, broken between any two characters (Chinese has no spaces to break at). */
        private List<String> wrap(String text, float width) {
            List<String> lines = new ArrayList<>(1);
            StringBuilder line = new StringBuilder();
            float used = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                if (cp == '\n') {
                    lines.add(line.toString());
                    line.setLength(0);
                    used = 0;
                    continue;
                }
                if (cp == '\r') {
                    continue;
                }
                if (cp == '\t') {
                    cp = ' ';
                }
                float w = charWidth(cp);
                if (w < 0) {
                    cp = '?';
                    w = charWidth(cp);
                }
                if (used + w > width && line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                    used = 0;
                }
                line.appendCodePoint(cp);
                used += w;
            }
            lines.add(line.toString());
            return lines;
        }

        private float textWidth(String text) {
            float width = 0;
            for (int i = 0; i < text.length(); ) {
                int cp = text.codePointAt(i);
                i += Character.charCount(cp);
                width += Math.max(0, charWidth(cp));
            }
            return width;
        }

        /** Width at the table's size, or -1 for a character the font lacks (it is printed as ?). */
        private float charWidth(int codePoint) {
            return charWidths.computeIfAbsent(codePoint, cp -> {
                try {
                    return font.getStringWidth(new String(Character.toChars(cp))) / 1000 * SIZE;
                } catch (IOException | IllegalArgumentException missing) {
                    return -1f;
                }
            });
        }

        private String printable(String text) {
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> out.appendCodePoint(cp == '\t' ? ' ' : charWidth(cp) < 0 ? '?' : cp));
            return out.toString();
        }

        private static BigDecimal[] zeros(int n) {
            BigDecimal[] sums = new BigDecimal[n];
            java.util.Arrays.fill(sums, BigDecimal.ZERO);
            return sums;
        }
    }
}
