package org.zhaoshang.crm.ledger.importing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the header of a ledger sheet the way a person does: the first row among the top thirty that names
 * the most known columns (at least two), below whatever merged title, unit line and date stand above it. A
 * second header row under a group header (投资额（万元） over 总投资 and 固定资产投资) is recognised and merged
 * in. Merged cells are spread where their value applies: across the header rows in both directions, and
 * downwards in the data (a 责任单位 merged over five projects belongs to each of them); a merge across a data
 * row (a section heading) is left as one cell.
 */
final class LedgerLayout {

    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final Pattern UNIT_LINE = Pattern.compile("单位\\s*[:：]\\s*(亿元|万元|元)");

    private LedgerLayout() {
    }

    static LedgerFile build(RawSheet sheet, String fileName, FileFormat format, String encoding, List<String> sheetNames,
            int sheetIndex, Integer fileYear) {
        return find(sheet).map(header -> layout(sheet, header, fileName, format, encoding, sheetNames, sheetIndex, fileYear))
                .orElseThrow(() -> new LedgerFileException("ledgerimport.file.noHeader", ImportLimits.HEADER_SEARCH_ROWS));
    }

    /** Whether the sheet has a recognisable header at all (to pick the sheet of a workbook). */
    static boolean hasHeader(RawSheet sheet) {
        return find(sheet).isPresent();
    }

    private record Header(int index, int rows) {
    }

    private static Optional<Header> find(RawSheet sheet) {
        List<SourceRow> rows = sheet.rows();
        int candidates = Math.min(rows.size(), ImportLimits.HEADER_SEARCH_ROWS);
        Map<Integer, List<String>> spread = spreadHeaderArea(sheet, candidates + 1);
        int best = -1;
        int bestScore = 1;
        for (int i = 0; i < candidates; i++) {
            int score = fields(spread.get(rows.get(i).number())).size();
            if (score > bestScore) {
                best = i;
                bestScore = score;
            }
        }
        if (best < 0) {
            return Optional.empty();
        }
        if (best > 0 && groupOver(sheet, rows.get(best - 1), rows.get(best))) {
            return Optional.of(new Header(best - 1, 2));
        }
        if (best + 1 < rows.size() && groupOver(sheet, rows.get(best), rows.get(best + 1))) {
            return Optional.of(new Header(best, 2));
        }
        return Optional.of(new Header(best, 1));
    }

    /**
     * Whether {@code upper} is a group header over {@code lower}: the rows are adjacent, a cell of the upper row is
     * merged across columns, and under it the lower row names fields of its own (no numbers or dates, so it is not data).
     */
    private static boolean groupOver(RawSheet sheet, SourceRow upper, SourceRow lower) {
        if (lower.number() != upper.number() + 1) {
            return false;
        }
        if (lower.cells().stream().anyMatch(c -> c.kind() == SourceCell.Kind.NUMBER || c.kind() == SourceCell.Kind.DATE)) {
            return false;
        }
        for (RawSheet.Merge merge : sheet.merges()) {
            if (merge.firstRow() == upper.number() && merge.lastRow() == upper.number() && merge.lastColumn() > merge.firstColumn()
                    && !upper.cell(merge.firstColumn()).isBlank()) {
                for (int c = merge.firstColumn(); c <= merge.lastColumn(); c++) {
                    if (HeaderNames.field(lower.cell(c).stripped()).isPresent()) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static Set<LedgerField> fields(List<String> texts) {
        Set<LedgerField> found = new HashSet<>();
        if (texts != null) {
            texts.forEach(t -> HeaderNames.field(t).ifPresent(found::add));
        }
        return found;
    }

    /** Texts of the first rows with every merged region spread over all its cells. */
    private static Map<Integer, List<String>> spreadHeaderArea(RawSheet sheet, int rowCount) {
        Map<Integer, List<String>> texts = new HashMap<>();
        Map<Integer, SourceRow> byNumber = new HashMap<>();
        int lastNumber = 0;
        for (int i = 0; i < Math.min(rowCount, sheet.rows().size()); i++) {
            SourceRow row = sheet.rows().get(i);
            byNumber.put(row.number(), row);
            texts.put(row.number(), new ArrayList<>(row.cells().stream().map(SourceCell::stripped).toList()));
            lastNumber = row.number();
        }
        for (RawSheet.Merge merge : sheet.merges()) {
            SourceRow top = byNumber.get(merge.firstRow());
            if (top == null || merge.firstRow() > lastNumber) {
                continue;
            }
            String value = top.cell(merge.firstColumn()).stripped();
            if (value.isEmpty()) {
                continue;
            }
            for (int r = merge.firstRow(); r <= Math.min(merge.lastRow(), lastNumber); r++) {
                List<String> row = texts.get(r);
                if (row == null) {
                    // a row whose only content is this merge (the lower half of a two-row header cell)
                    row = new ArrayList<>();
                    texts.put(r, row);
                }
                for (int c = merge.firstColumn(); c <= Math.min(merge.lastColumn(), ImportLimits.MAX_COLUMNS - 1); c++) {
                    while (row.size() <= c) {
                        row.add("");
                    }
                    row.set(c, value);
                }
            }
        }
        return texts;
    }

    private static LedgerFile layout(RawSheet sheet, Header header, String fileName, FileFormat format, String encoding,
            List<String> sheetNames, int sheetIndex, Integer fileYear) {
        List<SourceRow> rows = sheet.rows();
        Map<Integer, List<String>> spread = spreadHeaderArea(sheet, header.index() + header.rows() + 1);
        SourceRow headerRow = rows.get(header.index());
        List<String> top = spread.get(headerRow.number());
        List<String> sub = header.rows() == 2 ? spread.get(rows.get(header.index() + 1).number()) : List.of();
        int lastHeaderNumber = headerRow.number() + header.rows() - 1;
        List<SourceRow> data = dataRows(sheet, lastHeaderNumber);
        int width = Math.max(top.size(), sub.size());
        for (SourceRow row : data) {
            width = Math.max(width, row.cells().size());
        }
        List<String> headers = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
            String parent = c < top.size() ? top.get(c) : "";
            String child = c < sub.size() ? sub.get(c) : "";
            headers.add(combine(parent, child));
        }
        Set<String> titleLines = new LinkedHashSet<>();
        for (int i = 0; i < header.index(); i++) {
            rows.get(i).cells().stream().map(SourceCell::stripped).filter(t -> !t.isEmpty()).forEach(titleLines::add);
        }
        String title = String.join(" ", titleLines);
        int blank = data.isEmpty() ? 0 : data.getLast().number() - data.getFirst().number() + 1 - data.size();
        return new LedgerFile(fileName, format, encoding, sheetNames, sheetIndex, lastHeaderNumber, header.rows(), headers,
                data, title, year(title), titleUnit(title), fileYear, blank);
    }

    /** The sub-header names the column; the group header lends it its unit (投资额（亿元） over 总投资). */
    private static String combine(String parent, String child) {
        if (child.isEmpty() || child.equals(parent)) {
            return parent;
        }
        if (HeaderNames.unit(child).isEmpty()) {
            Optional<AmountUnit> unit = HeaderNames.unit(parent);
            if (unit.isPresent()) {
                return child + switch (unit.get()) {
                    case YI -> "（亿元）";
                    case WAN -> "（万元）";
                    case YUAN -> "（元）";
                };
            }
        }
        return child;
    }

    /** Rows under the header, with vertically merged cells spread down their first column. */
    private static List<SourceRow> dataRows(RawSheet sheet, int lastHeaderNumber) {
        List<SourceRow> data = new ArrayList<>();
        Map<Integer, Integer> indexByNumber = new HashMap<>();
        for (SourceRow row : sheet.rows()) {
            if (row.number() > lastHeaderNumber && !row.isBlank()) {
                indexByNumber.put(row.number(), data.size());
                data.add(row);
            }
        }
        for (RawSheet.Merge merge : sheet.merges()) {
            if (!merge.vertical() || merge.firstRow() <= lastHeaderNumber) {
                continue;
            }
            Integer topIndex = indexByNumber.get(merge.firstRow());
            if (topIndex == null) {
                continue;
            }
            SourceCell value = data.get(topIndex).cell(merge.firstColumn());
            if (value.isBlank()) {
                continue;
            }
            for (int r = merge.firstRow() + 1; r <= merge.lastRow(); r++) {
                Integer index = indexByNumber.get(r);
                if (index == null) {
                    continue;
                }
                List<SourceCell> cells = new ArrayList<>(data.get(index).cells());
                while (cells.size() <= merge.firstColumn()) {
                    cells.add(SourceCell.BLANK);
                }
                if (cells.get(merge.firstColumn()).isBlank()) {
                    cells.set(merge.firstColumn(), value);
                    data.set(index, new SourceRow(r, cells));
                }
            }
        }
        return data;
    }

    /** 单位：亿元 (or 金额单位：亿元) above the table: the unit of every amount column that does not name its own. */
    static AmountUnit titleUnit(String title) {
        Matcher matcher = UNIT_LINE.matcher(title == null ? "" : title);
        if (!matcher.find()) {
            return null;
        }
        return switch (matcher.group(1)) {
            case "亿元" -> AmountUnit.YI;
            case "元" -> AmountUnit.YUAN;
            default -> AmountUnit.WAN;
        };
    }

    static Integer year(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = YEAR.matcher(text);
        return matcher.find() ? Integer.valueOf(matcher.group(1)) : null;
    }
}
