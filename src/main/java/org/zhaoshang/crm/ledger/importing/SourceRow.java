package org.zhaoshang.crm.ledger.importing;

import java.util.List;

/** A row of the sheet: its number as Excel shows it (1-based) and its cells from column A on. */
public record SourceRow(int number, List<SourceCell> cells) {

    public SourceRow {
        cells = List.copyOf(cells);
    }

    public SourceCell cell(int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : SourceCell.BLANK;
    }

    public boolean isBlank() {
        return cells.stream().allMatch(SourceCell::isBlank);
    }

    long filledCells() {
        return cells.stream().filter(c -> !c.isBlank()).count();
    }
}
