package org.zhaoshang.crm.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A ledger made of sections one after another (三个一批: signed, then started, then operating in the period). Sorting
 * applies within each section; the sections keep their order.
 */
final class SectionedSource implements LedgerSource {

    record Section(String code, LedgerSource source) {
    }

    private final List<Section> sections;

    SectionedSource(List<Section> sections) {
        this.sections = List.copyOf(sections);
    }

    @Override
    public LedgerTotals totals(LedgerFilter filter) {
        long count = 0;
        Map<String, BigDecimal> sums = new HashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Section section : sections) {
            LedgerTotals totals = section.source().totals(filter);
            count += totals.count();
            counts.put(section.code(), totals.count());
            totals.sums().forEach((key, sum) -> sums.merge(key, sum, BigDecimal::add));
        }
        return new LedgerTotals(count, sums, counts);
    }

    @Override
    public List<LedgerRow> page(LedgerFilter filter, List<LedgerSort> sort, int offset, int limit) {
        List<LedgerRow> rows = new ArrayList<>();
        long skip = offset;
        for (Section section : sections) {
            if (rows.size() >= limit) {
                break;
            }
            long size = section.source().totals(filter).count();
            if (skip >= size) {
                skip -= size;
                continue;
            }
            rows.addAll(section.source().page(filter, sort, (int) skip, limit - rows.size()));
            skip = 0;
        }
        return rows;
    }

    @Override
    public void stream(LedgerFilter filter, List<LedgerSort> sort, Consumer<LedgerRow> sink) {
        for (Section section : sections) {
            section.source().stream(filter, sort, sink);
        }
    }
}
