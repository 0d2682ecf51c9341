package org.zhaoshang.crm.ledger;

import java.math.BigDecimal;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A ledger small enough to read whole (problems, trips: hundreds of rows, not a hundred thousand): loaded through
 * the owning feature's service, then sorted and paged here. Text sorts in pinyin order, as Chinese lists do.
 */
final class ListSource implements LedgerSource {

    private final List<LedgerColumn> columns;
    private final Function<LedgerFilter, List<LedgerRow>> load;

    ListSource(List<LedgerColumn> columns, Function<LedgerFilter, List<LedgerRow>> load) {
        this.columns = List.copyOf(columns);
        this.load = load;
    }

    @Override
    public LedgerTotals totals(LedgerFilter filter) {
        List<LedgerRow> rows = load.apply(filter);
        Map<String, BigDecimal> sums = new HashMap<>();
        for (int c = 0; c < columns.size(); c++) {
            if (!columns.get(c).summed()) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            for (LedgerRow row : rows) {
                if (row.value(c) instanceof Number n) {
                    sum = sum.add(n instanceof BigDecimal d ? d : BigDecimal.valueOf(n.longValue()));
                }
            }
            sums.put(columns.get(c).key(), sum);
        }
        return new LedgerTotals(rows.size(), sums, Map.of());
    }

    @Override
    public List<LedgerRow> page(LedgerFilter filter, List<LedgerSort> sort, int offset, int limit) {
        List<LedgerRow> rows = sorted(filter, sort);
        return rows.subList(Math.min(offset, rows.size()), Math.min(rows.size(), offset + limit));
    }

    @Override
    public void stream(LedgerFilter filter, List<LedgerSort> sort, Consumer<LedgerRow> sink) {
        sorted(filter, sort).forEach(sink);
    }

    private List<LedgerRow> sorted(LedgerFilter filter, List<LedgerSort> sort) {
        List<LedgerRow> rows = new ArrayList<>(load.apply(filter));
        Comparator<LedgerRow> order = null;
        for (LedgerSort s : sort) {
            int c = indexOf(s.column());
            if (c < 0 || !columns.get(c).sortable()) {
                continue;
            }
            Comparator<LedgerRow> by = Comparator.comparing(row -> row.value(c), nullsLast(s.ascending()));
            order = order == null ? by : order.thenComparing(by);
        }
        if (order != null) {
            rows.sort(order);
        }
        return rows;
    }

    private int indexOf(String key) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).key().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** Empty cells last whichever way the column is sorted. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Comparator<Object> nullsLast(boolean ascending) {
        Collator pinyin = Collator.getInstance(Locale.CHINA);
        Comparator<Object> values = (a, b) -> a instanceof String x && b instanceof String y ? pinyin.compare(x, y)
                : ((Comparable) a).compareTo(b);
        return Comparator.nullsLast(ascending ? values : values.reversed());
    }
}
