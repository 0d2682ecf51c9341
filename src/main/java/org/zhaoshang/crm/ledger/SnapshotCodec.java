package org.zhaoshang.crm.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * A ledger row as stored in a snapshot: a JSON object of column key → value text (amounts with two decimals, dates
 * ISO, labels as codes, a set flag as "true"; empty cells left out). Comparing two snapshots compares these texts, so
 * 3000 and 3000.00 are the same amount.
 */
final class SnapshotCodec {

    private static final JsonMapper JSON = JsonMapper.shared();
    private static final TypeReference<Map<String, String>> CELLS = new TypeReference<>() {
    };

    private SnapshotCodec() {
    }

    static Map<String, String> cells(List<LedgerColumn> columns, LedgerRow row) {
        Map<String, String> cells = new LinkedHashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            String text = text(columns.get(c), row.value(c));
            if (text != null) {
                cells.put(columns.get(c).key(), text);
            }
        }
        return cells;
    }

    static String text(LedgerColumn column, Object value) {
        if (value == null) {
            return null;
        }
        return switch (column.kind()) {
            case AMOUNT -> ((BigDecimal) value).setScale(2, RoundingMode.HALF_UP).toPlainString();
            case FLAG -> Boolean.TRUE.equals(value) ? "true" : null;
            case TEXT, COUNT, DATE, LABEL -> value.toString();
        };
    }

    static Object value(LedgerColumn column, String text) {
        if (text == null) {
            return null;
        }
        return switch (column.kind()) {
            case AMOUNT -> new BigDecimal(text);
            case COUNT -> Long.valueOf(text);
            case DATE -> LocalDate.parse(text);
            case FLAG -> Boolean.valueOf(text);
            case TEXT, LABEL -> text;
        };
    }

    static String json(Map<String, String> cells) {
        return JSON.writeValueAsString(cells);
    }

    static Map<String, String> parse(String json) {
        return JSON.readValue(json, CELLS);
    }
}
