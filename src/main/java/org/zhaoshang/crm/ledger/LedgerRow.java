package org.zhaoshang.crm.ledger;

import java.util.Arrays;

/**
 * One row of a ledger: a stable key (the project, problem or trip id; 三个一批 prefixes the batch), the unit the
 * row belongs to (responsible, lead or organizing unit: what a unit's reader is narrowed to) and one value per
 * column of its definition, typed as the column's kind says: String for TEXT and LABEL codes, BigDecimal for
 * AMOUNT, Long for COUNT, LocalDate for DATE, Boolean for FLAG; null when empty.
 */
public record LedgerRow(String key, Long unitId, Object[] values) {

    public Object value(int column) {
        return values[column];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof LedgerRow row && row.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key + Arrays.toString(values);
    }
}
