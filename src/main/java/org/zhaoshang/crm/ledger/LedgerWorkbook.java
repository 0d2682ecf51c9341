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

    static long write(LedgerDefinition definition, LedgerTexts texts, String title, String infoLine, Rows rows,
            OutputStream out, LongConsumer progress) throws IOException {
        List<LedgerColumn> columns = definition.columns();
        List<XlsxExport.Column<LedgerRow>> sheetColumns = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            int c = i;
            LedgerColumn column = columns.get(c);
            sheetColumns.add(new XlsxExport.Column<>(texts.header(column), column.width(),
                    row -> texts.cell(column, row.value(c)), column.summed()));
        }
        XlsxExport<LedgerRow> export = new XlsxExport<>(title, sheetColumns).withTotals(texts.totalLabel(), texts::countText);
        int group = definition.groupColumn() == null ? -1 : definition.indexOf(definition.groupColumn());
        try (XlsxExport<LedgerRow>.Sheet sheet = export.open(infoLine)) {
            Object[] section = {null};
            int[] sections = {0};
            rows.each(row -> {
                if (group >= 0 && !Objects.equals(row.value(group), section[0])) {
                    section[0] = row.value(group);
                    sheet.section(texts.sectionHeading(++sections[0], texts.display(columns.get(group), section[0])));
                }
                sheet.row(row);
                progress.accept(sheet.rows());
            });
            sheet.finish(out);
            return sheet.rows();
        }
    }
}
