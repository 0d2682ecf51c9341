package org.zhaoshang.crm.ledger.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.QuerySortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.zhaoshang.crm.base.Money;
import org.zhaoshang.crm.base.ui.ChineseDatePickerI18n;
import org.zhaoshang.crm.base.ui.Lookups;
import org.zhaoshang.crm.base.ui.Notifications;
import org.zhaoshang.crm.ledger.ColumnKind;
import org.zhaoshang.crm.ledger.LedgerColumn;
import org.zhaoshang.crm.ledger.LedgerDefinition;
import org.zhaoshang.crm.ledger.LedgerFilter;
import org.zhaoshang.crm.ledger.LedgerNavigation;
import org.zhaoshang.crm.ledger.LedgerRow;
import org.zhaoshang.crm.ledger.LedgerService;
import org.zhaoshang.crm.ledger.LedgerSnapshotService;
import org.zhaoshang.crm.ledger.LedgerSort;
import org.zhaoshang.crm.ledger.LedgerTexts;
import org.zhaoshang.crm.ledger.LedgerTotals;
import org.zhaoshang.crm.ledger.LedgerType;
import org.zhaoshang.crm.ledger.SnapshotSummary;
import org.zhaoshang.crm.org.AreaSummary;
import org.zhaoshang.crm.org.IndustrySummary;
import org.zhaoshang.crm.org.ReferenceDataService;
import org.zhaoshang.crm.org.Role;
import org.zhaoshang.crm.org.UnitSummary;
import org.zhaoshang.crm.org.UserAccountService;
import org.zhaoshang.crm.org.UserRef;
import org.zhaoshang.crm.project.ProjectNavigation;

/**
 * 台账: one of the seven ledgers drawn from live data, as the district's forms lay it out (title, 填报单位 line, 序号,
 * 合计), in a dense, lazy, sortable grid; filters for unit, area, industry, leader and period live in the URL; exports
 * to .xlsx and PDF run in the background with a progress bar; a snapshot can be taken by hand.
 */
@Route("ledgers")
@Menu(title = "ledger.nav", order = 30, icon = "vaadin:table")
@PermitAll
@StyleSheet("styles/ledger.css")
class LedgerView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final LedgerService ledgers;
    private final LedgerSnapshotService snapshots;
    private final LedgerTexts texts;
    private final boolean seesDistrict;
    private final Select<LedgerType> type = new Select<>();
    private final ComboBox<UnitSummary> unit = new ComboBox<>();
    private final ComboBox<AreaSummary> area = new ComboBox<>();
    private final ComboBox<IndustrySummary> industry = new ComboBox<>();
    private final ComboBox<UserRef> leader = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final H2 title = new H2();
    private final Span info = new Span();
    private final Span totals = new Span();
    private final Div gridHolder = new Div();
    private final ExportPanel exports;
    private final RouterLink compare;
    private final Map<Long, UnitSummary> units;
    private final Map<Long, AreaSummary> areas;
    private final Map<Long, IndustrySummary> industries;
    private final Map<Long, UserRef> leaders;
    private LedgerType current = LedgerType.SIGNED;
    private LedgerFilter filter = LedgerFilter.none();
    private LedgerTotals currentTotals;
    private List<LedgerSort> sort = List.of();
    private Grid<NumberedRow> grid;
    private boolean applyingUrl;

    /** A row with its 序号 (within its section, for 三个一批). */
    record NumberedRow(long number, LedgerRow row) {
    }

    LedgerView(LedgerService ledgers, LedgerSnapshotService snapshots, ReferenceDataService referenceData,
            UserAccountService users, ExportRunner runner) {
        this.ledgers = ledgers;
        this.snapshots = snapshots;
        this.texts = ledgers.texts(UI.getCurrent().getLocale());
        this.seesDistrict = ledgers.seesDistrict();
        this.exports = new ExportPanel(runner);
        this.compare = new RouterLink(getTranslation("ledger.snapshot.compare"), SnapshotView.class);
        addClassNames("list-view", "ledger-view");
        units = Lookups.byId(referenceData.units(), UnitSummary::id);
        areas = Lookups.byId(referenceData.areas(), AreaSummary::id);
        industries = Lookups.byId(referenceData.industries(), IndustrySummary::id);
        leaders = Lookups.byId(users.pickList(Role.LEADER), UserRef::id);
        Div heading = new Div(title, info);
        heading.addClassName("ledger-heading");
        add(filters(), toolbar(), heading, gridHolder);
    }

    private Component filters() {
        type.setItems(LedgerType.values());
        type.setItemLabelGenerator(t -> getTranslation(t.nameKey()));
        type.setAriaLabel(getTranslation("ledger.filter.type"));
        type.addClassName("ledger-type");
        setup(unit, "ledger.filter.unit", units.values(), UnitSummary::name);
        setup(area, "ledger.filter.area", areas.values(), a -> a.parentId() == null ? a.name() : "　" + a.name());
        setup(industry, "ledger.filter.industry", industries.values(), i -> i.isWheel() ? i.name() : "　" + i.name());
        setup(leader, "ledger.filter.leader", leaders.values(), UserRef::displayName);
        unit.setVisible(seesDistrict);
        unit.addClassName("unit-filter");
        for (DatePicker picker : List.of(from, to)) {
            picker.setI18n(ChineseDatePickerI18n.create());
            picker.setClearButtonVisible(true);
            picker.addClassName("period-field");
            picker.addValueChangeListener(e -> filterChanged());
        }
        to.setPlaceholder(getTranslation("ledger.filter.to"));
        type.addValueChangeListener(e -> {
            if (!applyingUrl) {
                current = e.getValue();
                filter = new LedgerFilter(filter.unitId(), filter.areaId(), filter.industryId(), filter.leaderId(), null, null, false);
                navigateToFilter();
                rebuild();
            }
        });
        unit.addValueChangeListener(e -> filterChanged());
        area.addValueChangeListener(e -> filterChanged());
        industry.addValueChangeListener(e -> filterChanged());
        leader.addValueChangeListener(e -> filterChanged());
        Button clear = new Button(getTranslation("ledger.filter.clear"), e -> {
            filter = LedgerFilter.none();
            navigateToFilter();
            rebuild();
        });
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        // Seven filters on one line of a laptop screen: the small variant of the fields.
        List.<Component>of(type, unit, area, industry, leader, from, to).forEach(f -> f.getElement().getThemeList().add("small"));
        Div bar = new Div(type, unit, area, industry, leader, from, to, clear);
        bar.addClassName("filter-bar");
        return bar;
    }

    private <T> void setup(ComboBox<T> box, String placeholderKey, Collection<T> items, Function<T, String> label) {
        box.setPlaceholder(getTranslation(placeholderKey));
        box.setAriaLabel(getTranslation(placeholderKey));
        box.setItems(items);
        box.setItemLabelGenerator(label::apply);
        box.setClearButtonVisible(true);
    }

    private Component toolbar() {
        exports.add(getTranslation("ledger.export.xlsx"), VaadinIcon.FILE_TABLE, ".xlsx", ExportPanel.XLSX, this::fileName,
                this::expectedRows, (out, progress) -> {
                    LedgerType t = current;
                    return ledgers.writeXlsx(t, filter, sort, texts.locale(), out, progress);
                }).addClassName("export-xlsx");
        exports.add(getTranslation("ledger.export.pdf"), VaadinIcon.FILE_TEXT_O, ".pdf", ExportPanel.PDF, this::fileName,
                this::expectedRows, (out, progress) -> {
                    LedgerType t = current;
                    return ledgers.writePdf(t, filter, sort, texts.locale(), out, progress);
                }).addClassName("export-pdf");
        Button print = new Button(getTranslation("common.print"), VaadinIcon.PRINT.create(),
                e -> UI.getCurrent().getPage().executeJs("window.print()"));
        print.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Button snapshot = new Button(getTranslation("ledger.snapshot.take"), VaadinIcon.CAMERA.create(), e -> takeSnapshot());
        snapshot.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        snapshot.addClassName("take-snapshot");
        compare.addClassName("toolbar-link");
        Div spacer = new Div();
        spacer.addClassName("spacer");
        totals.addClassName("row-count");
        Div bar = new Div(exports, print, snapshot, compare, spacer, totals);
        bar.addClassName("toolbar");
        return bar;
    }

    private void takeSnapshot() {
        SnapshotSummary taken = snapshots.take(current);
        Notifications.success(getTranslation("ledger.snapshot.taken", getTranslation(current.nameKey()), taken.rowCount()));
    }

    private String fileName() {
        return texts.title(current) + "_" + ledgers.heading(current, filter).asOf();
    }

    private long expectedRows() {
        return currentTotals == null ? 0 : currentTotals.count();
    }

    /** A new grid for the ledger's columns (each ledger has its own). */
    private void rebuild() {
        LedgerDefinition definition = ledgers.definition(current);
        area.setVisible(definition.usesArea());
        industry.setVisible(definition.usesIndustry());
        leader.setVisible(definition.usesLeader());
        String period = getTranslation(definition.periodKey());
        from.setPlaceholder(getTranslation("ledger.filter.from", period));
        from.setAriaLabel(getTranslation("ledger.filter.from", period));
        to.setAriaLabel(getTranslation("ledger.filter.to"));
        showFilter();
        grid = new Grid<>();
        grid.addClassNames("dense", "ledger-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(NumberedRow::number).setHeader(getTranslation("ledger.number")).setKey("number")
                .setWidth("56px").setFlexGrow(0).setFrozen(true).setTextAlign(ColumnTextAlign.END);
        List<LedgerColumn> columns = definition.columns();
        for (int i = 0; i < columns.size(); i++) {
            int c = i;
            LedgerColumn column = columns.get(i);
            Grid.Column<NumberedRow> gridColumn;
            if (current.listsProjects() && column.key().equals("name")) {
                gridColumn = grid.addComponentColumn(r -> projectLink(r.row(), c));
            } else {
                gridColumn = grid.addColumn(r -> texts.display(column, r.row().value(c)));
            }
            gridColumn.setHeader(texts.header(column)).setKey(column.key()).setResizable(true).setFlexGrow(0)
                    .setWidth(Math.max(64, column.width() * 11 + 16) + "px");
            if (column.kind() == ColumnKind.AMOUNT || column.kind() == ColumnKind.COUNT) {
                gridColumn.setTextAlign(ColumnTextAlign.END);
            }
            if (column.sortable()) {
                gridColumn.setSortProperty(column.key());
            }
        }
        grid.setMultiSort(true);
        grid.addSortListener(e -> sort = sorts(e.getSortOrder().stream()
                .flatMap(o -> o.getSorted().getSortOrder(o.getDirection())).toList()));
        grid.setItems(query -> {
            List<LedgerSort> order = sorts(query.getSortOrders());
            List<LedgerRow> rows = ledgers.page(current, filter, order, query.getOffset(), query.getLimit());
            return IntStream.range(0, rows.size())
                    .mapToObj(i -> new NumberedRow(number(query.getOffset() + i), rows.get(i)));
        }, query -> (int) Math.min(Integer.MAX_VALUE, currentTotals.count()));
        grid.setHeight("calc(100vh - 300px)");
        grid.setMinHeight("320px");
        gridHolder.removeAll();
        gridHolder.add(grid);
        sort = List.of();
        refresh();
    }

    private Component projectLink(LedgerRow row, int column) {
        String key = row.key();
        String id = key.substring(key.indexOf(':') + 1);
        Anchor link = new Anchor(ProjectNavigation.projectUrl(Long.valueOf(id)), String.valueOf(row.value(column)));
        link.addClassName("ledger-project");
        return link;
    }

    /** 序号 of the n-th row (from 0): counted again from 1 in every section of 三个一批, as on paper. */
    private long number(long index) {
        long n = index;
        for (long sectionSize : currentTotals.sections().values()) {
            if (n < sectionSize) {
                break;
            }
            n -= sectionSize;
        }
        return n + 1;
    }

    private static List<LedgerSort> sorts(List<QuerySortOrder> orders) {
        return orders.stream().map(o -> new LedgerSort(o.getSorted(), o.getDirection() == SortDirection.ASCENDING)).toList();
    }

    private void filterChanged() {
        if (applyingUrl) {
            return;
        }
        // Both dates cleared means every period, not the ledger's default one.
        filter = new LedgerFilter(Lookups.idOf(unit.getValue(), UnitSummary::id), Lookups.idOf(area.getValue(), AreaSummary::id),
                Lookups.idOf(industry.getValue(), IndustrySummary::id), Lookups.idOf(leader.getValue(), UserRef::id),
                from.getValue(), to.getValue(), from.getValue() == null && to.getValue() == null);
        navigateToFilter();
        refresh();
    }

    private void navigateToFilter() {
        UI.getCurrent().getPage().getHistory().replaceState(null,
                new Location(LedgerNavigation.LEDGERS, QueryParameters.simple(LedgerNavigation.toParameters(current, filter))));
    }

    private void refresh() {
        currentTotals = ledgers.totals(current, filter);
        var heading = ledgers.heading(current, filter);
        title.setText(texts.title(current));
        info.setText(texts.infoLine(heading));
        StringBuilder text = new StringBuilder(getTranslation("ledger.rows", currentTotals.count()));
        LedgerDefinition definition = ledgers.definition(current);
        for (LedgerColumn column : definition.columns()) {
            if (column.summed() && column.kind() == ColumnKind.AMOUNT && !column.key().equals("landNeedMu")) {
                text.append("　").append(getTranslation("ledger.sum", texts.header(column),
                        Money.format(currentTotals.sums().get(column.key()))));
            }
        }
        currentTotals.sections().forEach((code, n) -> text.append("　")
                .append(getTranslation("ledger.sectionCount", texts.label("ledger.batch", code), n)));
        totals.setText(text.toString());
        compare.setQueryParameters(QueryParameters.simple(Map.of("type", current.name())));
        if (grid != null) {
            grid.getDataProvider().refreshAll();
        }
    }

    /** Puts the effective filter into the fields: the reader's own unit, the default period. */
    private void showFilter() {
        LedgerFilter effective = ledgers.effective(current, filter);
        applyingUrl = true;
        try {
            type.setValue(current);
            unit.setValue(effective.unitId() == null ? null : units.get(effective.unitId()));
            area.setValue(filter.areaId() == null ? null : areas.get(filter.areaId()));
            industry.setValue(filter.industryId() == null ? null : industries.get(filter.industryId()));
            leader.setValue(filter.leaderId() == null ? null : leaders.get(filter.leaderId()));
            from.setValue(effective.from());
            to.setValue(effective.to());
        } finally {
            applyingUrl = false;
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        current = LedgerNavigation.typeOf(parameters);
        filter = LedgerNavigation.fromParameters(parameters);
        rebuild();
    }

    @Override
    public String getPageTitle() {
        return getTranslation(current.nameKey()) + " | " + getTranslation("app.title");
    }

    ExportPanel exports() {
        return exports;
    }

    Grid<NumberedRow> grid() {
        return grid;
    }
}
