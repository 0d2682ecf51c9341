package org.zhaoshang.crm.ledger;

import java.util.Set;

/**
 * A row that differs between two snapshots: its values before (null if added) and after (null if removed), in the
 * comparison's column order, and the keys of the columns whose value changed.
 */
public record DiffRow(DiffKind kind, String key, Object[] before, Object[] after, Set<String> changed) {

    public DiffRow {
        changed = Set.copyOf(changed);
    }

    /** The row's values as the newer snapshot has them, or as the older one had them if it was removed. */
    public Object[] current() {
        return after != null ? after : before;
    }
}
