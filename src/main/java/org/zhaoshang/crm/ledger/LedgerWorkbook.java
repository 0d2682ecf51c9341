package org.zhaoshang.crm.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.zhaoshang.crm.base.ui.XlsxExport;

/** A ledger as an .xlsx sheet in the government layout ({@link XlsxExport}), sections and 合计 included. */
final class LedgerWorkbook {

    /** Hands every row of a ledger, in order, to a sink. */
    interface Rows {
        void each(Consumer<LedgerRow> sink);
    }

    private LedgerWorkbook() {
    }

    /**
     * Writes the ledger; {@code rows} hands over rows already turned into {@link #cells} (by whoever reads them, so
     * that the work can happen on the reading thread).
     */
    static long write(LedgerDefinition definition, LedgerTexts texts, String title, String infoLine, Rows rows,
            OutputStream out, LongConsumer progress) throws IOException {
        List<LedgerColumn> columns = definition.columns();
        List<XlsxExport.Column<LedgerRow>> sheetColumns = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            int c = i;
            LedgerColumn column = columns.get(c);
            sheetColumns.add(new XlsxExport.Column<>(texts.header(column), column.width(), row -> row.value(c), column.summed()));
        }
        XlsxExport<LedgerRow> export = new XlsxExport<>(title, sheetColumns).withNumberHeader(texts.get("ledger.number"))
                .withTotals(texts.totalLabel(), texts.get("ledger.subtotal"), texts::countText);
        int group = definition.groupColumn() == null ? -1 : definition.indexOf(definition.groupColumn());
        try (XlsxExport<LedgerRow>.Sheet sheet = export.open(infoLine)) {
            Object[] section = {null};
            int[] sections = {0};
            rows.each(row -> {
                if (group >= 0 && !Objects.equals(row.value(group), section[0])) {
                    section[0] = row.value(group);
                    sheet.section(texts.sectionHeading(++sections[0], String.valueOf(section[0])));
                }
                sheet.row(row);
                progress.accept(sheet.rows());
            });
            sheet.finish(out);
            return sheet.rows();
        }
    }

    /** A row's values as Excel cells want them: numbers and dates typed, labels in the reader's language. */
    static LedgerRow cells(List<LedgerColumn> columns, LedgerTexts texts, LedgerRow row) {
        Object[] cells = new Object[columns.size()];
        for (int c = 0; c < cells.length; c++) {
            cells[c] = texts.cell(columns.get(c), row.value(c));
        }
        return new LedgerRow(row.key(), row.unitId(), cells);
    }

    /**
     * Two snapshots compared, as a sheet: a 变化 column first, then the ledger's columns with the newer values (the
     * older ones for removed rows); added rows filled green, removed rows red, changed cells yellow with the value
     * before as the cell's note.
     */
    static long writeDiff(LedgerDiff diff, LedgerTexts texts, OutputStream out) throws IOException {
        List<LedgerColumn> columns = diff.columns();
        List<XlsxExport.Column<DiffRow>> sheetColumns = new ArrayList<>();
        sheetColumns.add(new XlsxExport.Column<>(texts.get("ledger.diff.kind"), 8,
                row -> texts.label("ledger.diff", row.kind().name()), false, LedgerWorkbook::rowFill));
        for (int i = 0; i < columns.size(); i++) {
            int c = i;
            LedgerColumn column = columns.get(c);
            sheetColumns.add(new XlsxExport.Column<>(texts.header(column), column.width(),
                    row -> texts.cell(column, row.current()[c]), false, row -> {
                        if (row.kind() != DiffKind.CHANGED) {
                            return rowFill(row);
                        }
                        if (!row.changed().contains(column.key())) {
                            return XlsxExport.Highlight.NONE;
                        }
                        String before = texts.display(column, row.before()[c]);
                        return new XlsxExport.Highlight(XlsxExport.Fill.CHANGED,
                                texts.get("ledger.diff.before", before.isEmpty() ? texts.get("ledger.diff.empty") : before));
                    }));
        }
        String title = texts.get("ledger.diff.title", texts.title(diff.type()));
        XlsxExport<DiffRow> export = new XlsxExport<>(title, sheetColumns).withNumberHeader(texts.get("ledger.number"));
        try (XlsxExport<DiffRow>.Sheet sheet = export.open(diffLine(diff, texts))) {
            diff.rows().forEach(sheet::row);
            sheet.finish(out);
            return sheet.rows();
        }
    }

    /** 对比：2026年11月20日 周五快照 → 2026年11月27日 手动快照　　新增 1 项，删除 0 项，变更 2 项，未变 40 项. */
    static String diffLine(LedgerDiff diff, LedgerTexts texts) {
        return texts.get("ledger.diff.line", snapshotName(diff.older(), texts), snapshotName(diff.newer(), texts),
                diff.count(DiffKind.ADDED), diff.count(DiffKind.REMOVED), diff.count(DiffKind.CHANGED), diff.unchanged());
    }

    /** 2026年11月27日 周五快照（区商务局）. */
    static String snapshotName(SnapshotSummary snapshot, LedgerTexts texts) {
        String name = texts.get("ledger.snapshot.name", org.zhaoshang.crm.base.ChineseDates.format(snapshot.asOf()),
                texts.label("ledger.snapshotKind", snapshot.kind().name()));
        return snapshot.unitName() == null ? name : texts.get("ledger.snapshot.ofUnit", name, snapshot.unitName());
    }

    private static XlsxExport.Highlight rowFill(DiffRow row) {
        return switch (row.kind()) {
            case ADDED -> new XlsxExport.Highlight(XlsxExport.Fill.ADDED, null);
            case REMOVED -> new XlsxExport.Highlight(XlsxExport.Fill.REMOVED, null);
            case CHANGED -> XlsxExport.Highlight.NONE;
        };
    }
}
