package org.zhaoshang.crm.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.zhaoshang.crm.base.ChineseDates;
import org.zhaoshang.crm.base.Money;
import org.zhaoshang.crm.base.ui.ExportLink;
import org.zhaoshang.crm.base.ui.Labels;
import org.zhaoshang.crm.base.ui.Lookups;
import org.zhaoshang.crm.base.ui.XlsxExport;
import org.zhaoshang.crm.org.AreaSummary;
import org.zhaoshang.crm.org.IndustrySummary;
import org.zhaoshang.crm.org.ReferenceDataService;
import org.zhaoshang.crm.org.UnitSummary;
import org.zhaoshang.crm.org.UserRef;
import org.zhaoshang.crm.project.ProjectFilter;
import org.zhaoshang.crm.project.ProjectNavigation;
import org.zhaoshang.crm.project.ProjectService;
import org.zhaoshang.crm.project.ProjectSort;
import org.zhaoshang.crm.project.ProjectSummary;
import org.zhaoshang.crm.project.ProjectTotals;
import org.zhaoshang.crm.project.Stage;

/**
 * 招商项目 list: lazy, paged and sortable; filters for stage, industry, unit, owner, area, key flags, 应开未开,
 * stale and free text (also pinyin initials). The filter lives in the URL, so a list can be bookmarked.
 */
@Route("projects")
@Menu(title = "nav.projects", order = 10, icon = "vaadin:briefcase")
@PermitAll
class ProjectListView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ProjectService projects;
    private final Grid<ProjectSummary> grid = new Grid<>(ProjectSummary.class, false);
    private final TextField search = new TextField();
    private final MultiSelectComboBox<Stage> stages = new MultiSelectComboBox<>();
    private final ComboBox<IndustrySummary> industry = new ComboBox<>();
    private final ComboBox<UnitSummary> unit = new ComboBox<>();
    private final ComboBox<UserRef> owner = new ComboBox<>();
    private final ComboBox<AreaSummary> area = new ComboBox<>();
    private final Checkbox keyDistrict = new Checkbox();
    private final Checkbox keyProvincial = new Checkbox();
    private final Checkbox overdueStart = new Checkbox();
    private final Checkbox stale = new Checkbox();
    private final Span totals = new Span();
    /** The cockpit's drill-down condition (milestone in a period, origin city, trip), kept until cleared. */
    private final Span drillDown = new Span();
    private final Map<Long, IndustrySummary> industries;
    private final Map<Long, UnitSummary> units;
    private final Map<Long, AreaSummary> areas;
    private final Map<Long, UserRef> owners;
    private ProjectFilter filter = ProjectFilter.none();
    private boolean applyingUrl;

    ProjectListView(ProjectService projects, ReferenceDataService referenceData) {
        this.projects = projects;
        addClassNames("list-view", "project-list");
        industries = byId(referenceData.industries(), IndustrySummary::id);
        units = byId(referenceData.units(), UnitSummary::id);
        areas = byId(referenceData.areas(), AreaSummary::id);
        owners = byId(projects.owners(), UserRef::id);
        add(filters(), toolbar(), grid());
    }

    private Component filters() {
        search.setPlaceholder(getTranslation("project.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addClassName("search-field");
        stages.setPlaceholder(getTranslation("project.filter.stages"));
        stages.setItems(Stage.values());
        stages.setItemLabelGenerator(s -> Labels.of(this, s));
        setup(industry, "project.filter.industry", industries.values(), i -> i.isWheel() ? i.name() : "　" + i.name());
        setup(unit, "project.filter.unit", units.values(), UnitSummary::name);
        setup(owner, "project.filter.owner", owners.values(), UserRef::label);
        setup(area, "project.filter.area", areas.values(), a -> a.parentId() == null ? a.name() : "　" + a.name());
        keyDistrict.setLabel(getTranslation("project.filter.keyDistrict"));
        keyProvincial.setLabel(getTranslation("project.filter.keyProvincial"));
        overdueStart.setLabel(getTranslation("project.filter.overdueStart"));
        stale.setLabel(getTranslation("project.filter.stale"));
        search.addValueChangeListener(e -> filterChanged());
        stages.addValueChangeListener(e -> filterChanged());
        industry.addValueChangeListener(e -> filterChanged());
        unit.addValueChangeListener(e -> filterChanged());
        owner.addValueChangeListener(e -> filterChanged());
        area.addValueChangeListener(e -> filterChanged());
        for (Checkbox flag : List.of(keyDistrict, keyProvincial, overdueStart, stale)) {
            flag.addValueChangeListener(e -> filterChanged());
        }
        Button clear = new Button(getTranslation("project.filter.clear"), e -> {
            applyFilter(ProjectFilter.none());
            filterChanged();
        });
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        drillDown.addClassName("drill-down");
        drillDown.setVisible(false);
        Div bar = new Div(search, stages, industry, unit, owner, area, keyDistrict, keyProvincial, overdueStart, stale, clear,
                drillDown);
        bar.addClassName("filter-bar");
        return bar;
    }

    private <T> void setup(ComboBox<T> box, String placeholderKey, java.util.Collection<T> items, Function<T, String> label) {
        box.setPlaceholder(getTranslation(placeholderKey));
        box.setItems(items);
        box.setItemLabelGenerator(label::apply);
        box.setClearButtonVisible(true);
    }

    private Component toolbar() {
        Button add = new Button(getTranslation("project.new"), VaadinIcon.PLUS.create(),
                e -> UI.getCurrent().navigate("projects/new"));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        add.addClassName("new-project");
        RouterLink board = new RouterLink(getTranslation("nav.board"), ProjectBoardView.class);
        board.addClassName("toolbar-link");
        Button print = new Button(getTranslation("common.print"), VaadinIcon.PRINT.create(),
                e -> UI.getCurrent().getPage().executeJs("window.print()"));
        print.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Div spacer = new Div();
        spacer.addClassName("spacer");
        totals.addClassName("row-count");
        Div bar = new Div(add, board, exportLink(), print, spacer, totals);
        bar.addClassName("toolbar");
        return bar;
    }

    private Component exportLink() {
        XlsxExport<ProjectSummary> export = new XlsxExport<>(getTranslation("app.districtShort") + getTranslation("project.list.title") + "台账", List.of(
                new XlsxExport.Column<>(getTranslation("project.field.name"), 30, ProjectSummary::name),
                new XlsxExport.Column<>(getTranslation("project.field.company"), 28, ProjectSummary::companyName),
                new XlsxExport.Column<>(getTranslation("project.field.stage"), 8, p -> Labels.of(this, p.stage())),
                new XlsxExport.Column<>(getTranslation("project.field.industry"), 12, ProjectSummary::industryName),
                new XlsxExport.Column<>(getTranslation("project.field.unit"), 16, ProjectSummary::responsibleUnitName),
                new XlsxExport.Column<>(getTranslation("project.field.owner"), 10, ProjectSummary::ownerName),
                new XlsxExport.Column<>(getTranslation("project.field.totalInvestment"), 14, ProjectSummary::totalInvestment),
                new XlsxExport.Column<>(getTranslation("project.field.area"), 14, ProjectSummary::areaName),
                new XlsxExport.Column<>(getTranslation("project.field.plannedStartDate"), 14, ProjectSummary::plannedStartDate),
                new XlsxExport.Column<>(getTranslation("project.filter.overdueStart"), 8,
                        p -> p.overdueStart() ? getTranslation("common.yes") : "")));
        return ExportLink.xlsx(getTranslation("common.export"), getTranslation("common.export"), "projects", export,
                () -> projects.list(filter, 0, 100_000, List.of(new ProjectSort("updated", false))), getTranslation("ledger.unitLine"));
    }

    private Component grid() {
        grid.addClassName("dense");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addComponentColumn(p -> new RouterLink(p.name(), ProjectView.class, p.id()))
                .setHeader(getTranslation("project.field.name")).setSortProperty("name").setKey("name")
                .setFlexGrow(3).setResizable(true).setFrozen(true).setAutoWidth(false).setWidth("220px");
        grid.addColumn(ProjectSummary::companyName).setHeader(getTranslation("project.field.company"))
                .setSortProperty("company").setFlexGrow(2).setResizable(true).setWidth("180px");
        grid.addComponentColumn(p -> new StageBadge(p.stage())).setHeader(getTranslation("project.field.stage"))
                .setSortProperty("stage").setWidth("84px").setFlexGrow(0);
        grid.addColumn(ProjectSummary::industryName).setHeader(getTranslation("project.field.industry"))
                .setSortProperty("industry").setWidth("110px").setFlexGrow(0);
        grid.addColumn(ProjectSummary::responsibleUnitName).setHeader(getTranslation("project.field.unit"))
                .setSortProperty("unit").setWidth("130px").setFlexGrow(1);
        grid.addColumn(ProjectSummary::ownerName).setHeader(getTranslation("project.field.owner"))
                .setSortProperty("owner").setWidth("80px").setFlexGrow(0);
        grid.addColumn(p -> Money.format(p.totalInvestment())).setHeader(getTranslation("project.field.totalInvestment"))
                .setSortProperty("investment").setTextAlign(ColumnTextAlign.END).setWidth("130px").setFlexGrow(0);
        grid.addColumn(ProjectSummary::areaName).setHeader(getTranslation("project.field.area"))
                .setSortProperty("area").setWidth("110px").setFlexGrow(0);
        grid.addComponentColumn(this::plannedStart).setHeader(getTranslation("project.field.plannedStartDate"))
                .setSortProperty("plannedStart").setWidth("120px").setFlexGrow(0);
        grid.addComponentColumn(this::flags).setHeader("").setWidth("150px").setFlexGrow(0);
        grid.setItems(query -> projects.list(filter, query.getOffset(), query.getLimit(), sorts(query.getSortOrders())).stream(),
                query -> (int) projects.count(filter));
        grid.setMultiSort(true);
        grid.setHeight("calc(100vh - 260px)");
        grid.setMinHeight("320px");
        return grid;
    }

    private Component plannedStart(ProjectSummary p) {
        Span date = new Span(ChineseDates.format(p.plannedStartDate()));
        if (p.overdueStart()) {
            date.addClassName("late");
        }
        return date;
    }

    private Component flags(ProjectSummary p) {
        Span flags = new Span();
        if (p.overdueStart()) {
            flags.add(StageBadge.flag(getTranslation("project.badge.overdueStart"), "flag-overdue"));
        }
        if (p.stale()) {
            flags.add(StageBadge.flag(getTranslation("project.badge.stale"), "flag-stale"));
        }
        if (p.keyDistrict()) {
            flags.add(StageBadge.flag(getTranslation("project.badge.keyDistrict"), "flag-key"));
        }
        if (p.keyProvincial()) {
            flags.add(StageBadge.flag(getTranslation("project.badge.keyProvincial"), "flag-key"));
        }
        return flags;
    }

    private static List<ProjectSort> sorts(List<com.vaadin.flow.data.provider.QuerySortOrder> orders) {
        return orders.stream().map(o -> new ProjectSort(o.getSorted(), o.getDirection() == SortDirection.ASCENDING)).toList();
    }

    private void filterChanged() {
        if (applyingUrl) {
            return;
        }
        filter = new ProjectFilter(stages.getValue().isEmpty() ? Set.of() : EnumSet.copyOf(stages.getValue()),
                id(industry.getValue(), IndustrySummary::id), id(unit.getValue(), UnitSummary::id),
                id(owner.getValue(), UserRef::id), id(area.getValue(), AreaSummary::id), keyDistrict.getValue(),
                keyProvincial.getValue(), overdueStart.getValue(), stale.getValue(), search.getValue(), filter.companyId(),
                filter.milestone(), filter.from(), filter.to(), filter.cityId(), filter.tripId());
        UI.getCurrent().getPage().getHistory().replaceState(null,
                new Location(ProjectNavigation.LIST, QueryParameters.simple(ProjectNavigation.toParameters(filter))));
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        ProjectTotals t = projects.totals(filter);
        totals.setText(getTranslation("project.count", t.count(), Money.format(t.totalInvestment())));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        applyFilter(ProjectNavigation.fromParameters(event.getLocation().getQueryParameters().getParameters()));
        refresh();
    }

    private void applyFilter(ProjectFilter f) {
        applyingUrl = true;
        try {
            filter = f;
            search.setValue(f.text() == null ? "" : f.text());
            stages.setValue(f.stages());
            industry.setValue(f.industryId() == null ? null : industries.get(f.industryId()));
            unit.setValue(f.unitId() == null ? null : units.get(f.unitId()));
            owner.setValue(f.ownerId() == null ? null : owners.get(f.ownerId()));
            area.setValue(f.areaId() == null ? null : areas.get(f.areaId()));
            keyDistrict.setValue(f.keyDistrict());
            keyProvincial.setValue(f.keyProvincial());
            overdueStart.setValue(f.overdueStart());
            stale.setValue(f.stale());
            showDrillDown(f);
        } finally {
            applyingUrl = false;
        }
    }

    private void showDrillDown(ProjectFilter f) {
        List<String> parts = new java.util.ArrayList<>();
        if (f.milestone() != null && f.from() != null && f.to() != null) {
            parts.add(getTranslation("dashboard.drill.milestone." + f.milestone().name(),
                    org.zhaoshang.crm.base.ChineseDates.range(f.from(), f.to())));
        }
        if (f.cityId() != null) {
            parts.add(getTranslation("dashboard.drill.city"));
        }
        if (f.tripId() != null) {
            parts.add(getTranslation("dashboard.drill.trip"));
        }
        drillDown.setText(String.join("，", parts));
        drillDown.setVisible(!parts.isEmpty());
    }

    private static <T> Long id(T value, Function<T, Long> id) {
        return Lookups.idOf(value, id);
    }

    private static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
        return Lookups.byId(items, id);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("project.list.title") + " | " + getTranslation("app.title");
    }
}
