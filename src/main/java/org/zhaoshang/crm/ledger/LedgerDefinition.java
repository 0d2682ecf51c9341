package org.zhaoshang.crm.ledger;

import java.util.List;

/**
 * A ledger's fixed layout and the filters that apply to it. {@code periodKey} names the date the period filters on
 * (签约日期 for 签约项目台账); {@code yearToDateByDefault} ledgers (三个一批) show this year unless asked otherwise;
 * {@code groupColumn}, if set, splits the ledger into sections (三个一批: 签约一批, 开工一批, 投产一批).
 */
public record LedgerDefinition(LedgerType type, List<LedgerColumn> columns, String periodKey,
        boolean yearToDateByDefault, boolean usesArea, boolean usesIndustry, boolean usesLeader, String groupColumn) {

    public LedgerDefinition {
        columns = List.copyOf(columns);
    }

    /** The position of a column, or -1. */
    public int indexOf(String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }
}
