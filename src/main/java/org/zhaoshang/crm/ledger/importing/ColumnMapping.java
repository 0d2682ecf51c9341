package org.zhaoshang.crm.ledger.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which field each column of the file fills, and the unit of its amounts. Suggested from the headers
 * ({@link LedgerImportService#suggestMapping}); the user corrects it on the mapping screen. A column with
 * no field is not imported.
 */
public record ColumnMapping(List<Column> columns) {

    /** One column of the file: its index (A = 0), header, the field it fills (or null) and its amount unit. */
    public record Column(int index, String header, LedgerField field, AmountUnit unit) {

        public Column withField(LedgerField newField) {
            return new Column(index, header, newField, unit);
        }

        public Column withUnit(AmountUnit newUnit) {
            return new Column(index, header, field, newUnit);
        }
    }

    public ColumnMapping {
        columns = List.copyOf(columns);
    }

    /** The column filling this field, if any (the first, should two claim it). */
    public Optional<Column> columnOf(LedgerField field) {
        return columns.stream().filter(c -> c.field() == field).findFirst();
    }

    public ColumnMapping with(Column changed) {
        List<Column> list = new ArrayList<>(columns);
        list.set(changed.index(), changed);
        return new ColumnMapping(list);
    }

    /** Fields claimed by more than one column. */
    public List<LedgerField> duplicates() {
        return columns.stream().map(Column::field)
                .filter(f -> f != null && f != LedgerField.SEQ)
                .filter(f -> columns.stream().filter(c -> c.field() == f).count() > 1)
                .distinct().toList();
    }
}
