package org.zhaoshang.crm.ledger;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.zhaoshang.crm.project.ProjectLedgerQuery;
import org.zhaoshang.crm.project.ProjectLedgerRow;
import org.zhaoshang.crm.project.ProjectLedgerService;
import org.zhaoshang.crm.project.ProjectLedgerTotals;
import org.zhaoshang.crm.project.ProjectSort;

/**
 * A ledger over projects: which projects ({@link ProjectLedgerQuery} without the filter), which columns, and — for
 * a section of 三个一批 — a few columns computed here (the batch and its date) and a prefix that keeps row keys
 * apart when one project is in two batches.
 */
final class ProjectLedgerSource implements LedgerSource {

    private final ProjectLedgerService projects;
    private final ProjectLedgerQuery base;
    private final List<LedgerColumn> columns;
    private final List<Function<ProjectLedgerRow, Object>> values = new ArrayList<>();
    private final Map<String, String> sortFields = new HashMap<>();
    private final Set<String> fields = new HashSet<>();
    private final String keyPrefix;

    /**
     * @param extra values of columns that are not project fields (by key), with the project field each shows and sorts by
     */
    ProjectLedgerSource(ProjectLedgerService projects, ProjectLedgerQuery base, List<LedgerColumn> columns,
            Map<String, Function<ProjectLedgerRow, Object>> extra, Map<String, String> extraSortFields, String keyPrefix) {
        this.projects = projects;
        this.base = base;
        this.columns = List.copyOf(columns);
        this.keyPrefix = keyPrefix;
        for (LedgerColumn column : columns) {
            Function<ProjectLedgerRow, Object> value = extra.get(column.key());
            values.add(value != null ? value : ProjectColumns.spec(column.key()).value());
            if (value == null) {
                fields.addAll(ProjectColumns.spec(column.key()).needs());
            } else if (extraSortFields.containsKey(column.key())) {
                fields.add(extraSortFields.get(column.key()));
            }
            if (column.sortable()) {
                sortFields.put(column.key(), extraSortFields.getOrDefault(column.key(), column.key()));
            }
        }
    }

    ProjectLedgerSource(ProjectLedgerService projects, ProjectLedgerQuery base, List<LedgerColumn> columns) {
        this(projects, base, columns, Map.of(), Map.of(), "");
    }

    @Override
    public LedgerTotals totals(LedgerFilter filter) {
        ProjectLedgerTotals totals = projects.totals(query(filter));
        Map<String, BigDecimal> sums = new HashMap<>();
        for (LedgerColumn column : columns) {
            if (column.summed()) {
                Function<ProjectLedgerTotals, Object> total = ProjectColumns.spec(column.key()).total();
                sums.put(column.key(), total == null ? BigDecimal.ZERO : ProjectColumns.asAmount(total.apply(totals)));
            }
        }
        return new LedgerTotals(totals.count(), sums, Map.of());
    }

    @Override
    public List<LedgerRow> page(LedgerFilter filter, List<LedgerSort> sort, int offset, int limit) {
        return projects.page(query(filter), sorts(sort), offset, limit).stream().map(this::row).toList();
    }

    @Override
    public void stream(LedgerFilter filter, List<LedgerSort> sort, Consumer<LedgerRow> sink) {
        projects.stream(query(filter), sorts(sort), p -> sink.accept(row(p)));
    }

    private LedgerRow row(ProjectLedgerRow p) {
        Object[] cells = new Object[values.size()];
        for (int i = 0; i < cells.length; i++) {
            cells[i] = values.get(i).apply(p);
        }
        return new LedgerRow(keyPrefix + p.id(), p.unitId(), cells);
    }

    private ProjectLedgerQuery query(LedgerFilter f) {
        return new ProjectLedgerQuery(base.stages(), base.keyOnly(), base.date(), base.dateRequired(), f.from(), f.to(),
                f.unitId(), f.areaId(), f.industryId(), f.leaderId(), fields);
    }

    private List<ProjectSort> sorts(List<LedgerSort> sort) {
        return sort.stream().filter(s -> sortFields.containsKey(s.column()))
                .map(s -> new ProjectSort(sortFields.get(s.column()), s.ascending())).toList();
    }
}
