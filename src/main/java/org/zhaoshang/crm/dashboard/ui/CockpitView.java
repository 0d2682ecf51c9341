package org.zhaoshang.crm.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.zhaoshang.crm.base.ChineseDates;
import org.zhaoshang.crm.base.Money;
import org.zhaoshang.crm.base.ui.ChineseDatePickerI18n;
import org.zhaoshang.crm.base.ui.Lookups;
import org.zhaoshang.crm.dashboard.Cockpit;
import org.zhaoshang.crm.dashboard.CockpitFilter;
import org.zhaoshang.crm.dashboard.CockpitService;
import org.zhaoshang.crm.dashboard.DashboardNavigation;
import org.zhaoshang.crm.dashboard.Period;
import org.zhaoshang.crm.dashboard.PeriodKind;
import org.zhaoshang.crm.dashboard.Target;
import org.zhaoshang.crm.dashboard.ui.chart.Chart;
import org.zhaoshang.crm.org.AreaSummary;
import org.zhaoshang.crm.org.IndustrySummary;
import org.zhaoshang.crm.org.ReferenceDataService;
import org.zhaoshang.crm.org.UnitSummary;
import org.zhaoshang.crm.security.CurrentUser;

/**
 * 领导驾驶舱: one screen of where investment attraction stands, every number and every chart point opening
 * the list behind it. The filter (period, unit, area, industry) lives in the URL. LEADER and ADMIN see the
 * district; STAFF and UNIT_LEAD get the same screen for their unit (the service enforces it).
 */
@Route("cockpit")
@Menu(title = "dashboard.nav.cockpit", order = 1, icon = "vaadin:dashboard")
@PermitAll
@StyleSheet("styles/cockpit.css")
class CockpitView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CockpitService cockpit;
    private final CurrentUser currentUser;
    private final Select<PeriodKind> periodKind = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final ComboBox<UnitSummary> unit = new ComboBox<>();
    private final ComboBox<AreaSummary> area = new ComboBox<>();
    private final ComboBox<IndustrySummary> industry = new ComboBox<>();
    private final Span scopeLine = new Span();
    private final Div kpis = new Div();
    private final Div charts = new Div();
    private final Div rankingTable = new Div();
    private final Map<Long, UnitSummary> units;
    private final Map<Long, AreaSummary> areas;
    private final Map<Long, IndustrySummary> industries;
    private CockpitFilter filter;
    private boolean applyingUrl;

    CockpitView(CockpitService cockpit, ReferenceDataService referenceData, CurrentUser currentUser) {
        this.cockpit = cockpit;
        this.currentUser = currentUser;
        addClassName("cockpit-view");
        units = Lookups.byId(referenceData.units(), UnitSummary::id);
        areas = Lookups.byId(referenceData.areas(), AreaSummary::id);
        industries = Lookups.byId(referenceData.industries(), IndustrySummary::id);
        H2 title = new H2(getTranslation("dashboard.title"));
        scopeLine.addClassName("cockpit-scope");
        Div head = new Div(title, scopeLine);
        head.addClassName("cockpit-head");
        kpis.addClassName("cockpit-kpis");
        charts.addClassName("cockpit-charts");
        rankingTable.addClassName("cockpit-ranking");
        add(head, filters(), kpis, charts, rankingTable);
    }

    private Component filters() {
        periodKind.setItems(PeriodKind.values());
        periodKind.setItemLabelGenerator(k -> getTranslation("dashboard.period." + k.name()));
        periodKind.setAriaLabel(getTranslation("dashboard.filter.period"));
        periodKind.addClassName("cockpit-period");
        for (DatePicker picker : List.of(from, to)) {
            picker.setI18n(ChineseDatePickerI18n.create());
            picker.setVisible(false);
            picker.addValueChangeListener(e -> filterChanged());
        }
        from.setPlaceholder(getTranslation("dashboard.filter.from"));
        to.setPlaceholder(getTranslation("dashboard.filter.to"));
        setup(unit, "dashboard.filter.unit", units.values(), UnitSummary::name);
        unit.setVisible(cockpit.seesDistrict());
        setup(area, "dashboard.filter.area", areas.values(), a -> a.parentId() == null ? a.name() : "　" + a.name());
        setup(industry, "dashboard.filter.industry", industries.values(), i -> i.isWheel() ? i.name() : "　" + i.name());
        periodKind.addValueChangeListener(e -> {
            boolean custom = e.getValue() == PeriodKind.CUSTOM;
            from.setVisible(custom);
            to.setVisible(custom);
            if (custom && from.getValue() == null) {
                applyingUrl = true;
                from.setValue(filter.period().from());
                to.setValue(filter.period().to());
                applyingUrl = false;
            }
            filterChanged();
        });
        // the brief is made for the filter in force when the link is clicked
        com.vaadin.flow.server.streams.DownloadHandler brief = event -> {
            event.setFileName(getTranslation("dashboard.brief.file", cockpit.today().toString()) + ".pdf");
            event.setContentType("application/pdf");
            event.getOutputStream().write(cockpit.brief(filter));
        };
        Anchor print = new Anchor(brief, "");
        print.add(VaadinIcon.PRINT.create(), new Span(getTranslation("dashboard.brief")));
        print.addClassName("cockpit-brief");
        Div bar = new Div(periodKind, from, to, unit, area, industry, print);
        if (currentUser.require().role() == org.zhaoshang.crm.org.Role.ADMIN) {
            Anchor targets = new Anchor(DashboardNavigation.TARGETS, getTranslation("dashboard.targets.link"));
            targets.addClassName("cockpit-targets-link");
            bar.add(targets);
        }
        bar.addClassName("filter-bar");
        return bar;
    }

    private <T> void setup(ComboBox<T> box, String placeholderKey, java.util.Collection<T> items, Function<T, String> label) {
        box.setPlaceholder(getTranslation(placeholderKey));
        box.setAriaLabel(getTranslation(placeholderKey));
        box.setItems(items);
        box.setItemLabelGenerator(label::apply);
        box.setClearButtonVisible(true);
        box.addValueChangeListener(e -> filterChanged());
    }

    private void filterChanged() {
        if (applyingUrl) {
            return;
        }
        PeriodKind kind = periodKind.getValue() == null ? PeriodKind.YEAR : periodKind.getValue();
        Period period;
        if (kind == PeriodKind.CUSTOM) {
            if (from.getValue() == null || to.getValue() == null || to.getValue().isBefore(from.getValue())) {
                to.setInvalid(true);
                to.setErrorMessage(getTranslation("dashboard.error.period"));
                return;
            }
            to.setInvalid(false);
            period = Period.custom(from.getValue(), to.getValue());
        } else {
            period = Period.of(kind, cockpit.today());
        }
        filter = cockpit.scoped(new CockpitFilter(period, Lookups.idOf(unit.getValue(), UnitSummary::id),
                Lookups.idOf(area.getValue(), AreaSummary::id), Lookups.idOf(industry.getValue(), IndustrySummary::id)));
        UI.getCurrent().getPage().getHistory().replaceState(null,
                new Location(DashboardNavigation.COCKPIT, QueryParameters.simple(DashboardNavigation.toParameters(filter))));
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = cockpit.scoped(DashboardNavigation.fromParameters(event.getLocation().getQueryParameters().getParameters(),
                cockpit.today()));
        applyingUrl = true;
        try {
            periodKind.setValue(filter.period().kind());
            boolean custom = filter.period().kind() == PeriodKind.CUSTOM;
            from.setVisible(custom);
            to.setVisible(custom);
            from.setValue(custom ? filter.period().from() : null);
            to.setValue(custom ? filter.period().to() : null);
            unit.setValue(filter.unitId() == null ? null : units.get(filter.unitId()));
            area.setValue(filter.areaId() == null ? null : areas.get(filter.areaId()));
            industry.setValue(filter.industryId() == null ? null : industries.get(filter.industryId()));
        } finally {
            applyingUrl = false;
        }
        refresh();
    }

    private void refresh() {
        Cockpit c = cockpit.cockpit(filter);
        String scope = c.districtWide() ? getTranslation("dashboard.scope.district")
                : units.containsKey(c.filter().unitId()) ? units.get(c.filter().unitId()).name() : "";
        scopeLine.setText(getTranslation("dashboard.scope", scope, ChineseDates.range(c.filter().period().from(),
                c.filter().period().to()), ChineseDates.format(c.today())));
        showKpis(c);
        showCharts(c);
        showRanking(c);
    }

    private void showKpis(Cockpit c) {
        kpis.removeAll();
        Cockpit.Progress p = c.progress();
        Target target = p.target();
        kpis.add(kpi("signedCount", String.valueOf(p.signed().count()), target == null || target.signedCount() == null ? null
                : getTranslation("dashboard.kpi.ofTarget", target.signedCount()), CockpitCharts.url(p.signed().drillDown())));
        kpis.add(kpi("signedAmount", Money.format(p.signed().amount()), target == null || target.signedAmount() == null ? null
                : getTranslation("dashboard.kpi.ofTargetWan", Money.format(target.signedAmount())),
                CockpitCharts.url(p.signed().drillDown())));
        kpis.add(kpi("landed", String.valueOf(p.landed().count()), target == null || target.landedCount() == null ? null
                : getTranslation("dashboard.kpi.ofTarget", target.landedCount()), CockpitCharts.url(p.landed().drillDown())));
        kpis.add(kpi("library", String.valueOf(p.library().count()), target == null || target.libraryCount() == null ? null
                : getTranslation("dashboard.kpi.ofTarget", target.libraryCount()), CockpitCharts.url(p.library().drillDown())));
        kpis.add(kpi("overdueStart", String.valueOf(c.alerts().overdueStart().count()), getTranslation("dashboard.kpi.now"),
                CockpitCharts.url(c.alerts().overdueStart().drillDown())));
        kpis.add(kpi("overdueProblems", String.valueOf(c.alerts().overdueProblems()), getTranslation("dashboard.kpi.now"),
                c.alerts().overdueProblemsUrl()));
        kpis.add(kpi("stale", String.valueOf(c.alerts().staleNegotiations().count()), getTranslation("dashboard.kpi.now"),
                CockpitCharts.url(c.alerts().staleNegotiations().drillDown())));
    }

    private Component kpi(String key, String value, String detail, String url) {
        Span title = new Span(getTranslation("dashboard.kpi." + key));
        title.addClassName("stat-title");
        Span number = new Span(value);
        number.addClassName("stat-value");
        Div card = new Div(title, number);
        if (detail != null) {
            Span text = new Span(detail);
            text.addClassName("stat-detail");
            card.add(text);
        }
        card.addClassName("stat-card");
        Anchor link = new Anchor(url, "");
        link.add(card);
        link.addClassNames("stat-link", "kpi-" + key);
        return link;
    }

    private void showCharts(Cockpit c) {
        charts.removeAll();
        CockpitCharts built = new CockpitCharts(this);
        charts.add(chart("progress", built.progress(c.progress())));
        charts.add(chart("funnel", built.funnel(c.funnel())));
        charts.add(chart("industry", built.industries(c.industries())));
        charts.add(chart("batches", built.batches(c.batches())));
        charts.add(chart("cities", built.cities(c.cities())));
        charts.add(chart("ranking", built.ranking(c.units())));
        charts.add(chart("trips", built.trips(c.trips())));
        charts.add(chart("trend", built.trend(c.trend(), c.filter().period().to().getYear())));
    }

    private Component chart(String name, CockpitCharts.Built built) {
        Chart chart = new Chart(built.option());
        chart.addClassNames("cockpit-chart", "chart-" + name);
        chart.setHeight(name.equals("ranking") || name.equals("cities") ? "420px" : "320px");
        chart.addClickListener(e -> {
            List<List<String>> links = built.links();
            if (e.seriesIndex() >= 0 && e.seriesIndex() < links.size() && e.dataIndex() >= 0
                    && e.dataIndex() < links.get(e.seriesIndex()).size()) {
                navigate(links.get(e.seriesIndex()).get(e.dataIndex()));
            }
        });
        Div card = new Div(chart);
        card.addClassName("chart-card");
        return card;
    }

    private void showRanking(Cockpit c) {
        rankingTable.removeAll();
        H3 heading = new H3(getTranslation("dashboard.rank.title"));
        Grid<Cockpit.UnitRank> grid = new Grid<>();
        grid.addColumn(Cockpit.UnitRank::rank).setHeader(getTranslation("dashboard.rank.rank")).setWidth("4.5em")
                .setFlexGrow(0).setSortable(true).setComparator(Cockpit.UnitRank::rank);
        grid.addColumn(Cockpit.UnitRank::unitName).setHeader(getTranslation("dashboard.rank.unit")).setFlexGrow(2)
                .setSortable(true);
        grid.addComponentColumn(u -> count(u.leads())).setHeader(getTranslation("dashboard.rank.leads"))
                .setComparator(u -> u.leads().count()).setSortable(true);
        grid.addComponentColumn(u -> count(u.signed())).setHeader(getTranslation("dashboard.rank.signed"))
                .setComparator(u -> u.signed().count()).setSortable(true);
        grid.addColumn(u -> Money.format(u.signed().amount())).setHeader(getTranslation("dashboard.rank.amount"))
                .setComparator(u -> u.signed().amount()).setSortable(true);
        grid.addComponentColumn(u -> count(u.landed())).setHeader(getTranslation("dashboard.rank.landed"))
                .setComparator(u -> u.landed().count()).setSortable(true);
        grid.addColumn(u -> u.target() == null || u.target().signedCount() == null ? "—"
                : u.target().signedCount() + (u.target().signedAmount() == null ? "" : " / " + Money.format(u.target().signedAmount())))
                .setHeader(getTranslation("dashboard.rank.target"));
        grid.addColumn(u -> u.signedRate() == null ? "—" : Math.round(u.signedRate() * 1000) / 10.0 + "%")
                .setHeader(getTranslation("dashboard.rank.rate")).setComparator(u -> u.signedRate() == null ? -1 : u.signedRate())
                .setSortable(true);
        grid.setItems(c.units());
        grid.setAllRowsVisible(true);
        grid.addClassName("ranking-grid");
        List<Cockpit.UnitRank> rows = c.units();
        org.zhaoshang.crm.base.ui.XlsxExport<Cockpit.UnitRank> export = new org.zhaoshang.crm.base.ui.XlsxExport<>(
                getTranslation("dashboard.rank.title"), List.of(
                        new org.zhaoshang.crm.base.ui.XlsxExport.Column<>(getTranslation("dashboard.rank.rank"), 6, u -> u.rank()),
                        new org.zhaoshang.crm.base.ui.XlsxExport.Column<>(getTranslation("dashboard.rank.unit"), 24, Cockpit.UnitRank::unitName),
                        new org.zhaoshang.crm.base.ui.XlsxExport.Column<>(getTranslation("dashboard.rank.leads"), 10, u -> u.leads().count()),
                        new org.zhaoshang.crm.base.ui.XlsxExport.Column<>(getTranslation("dashboard.rank.signed"), 10, u -> u.signed().count()),
                        new org.zhaoshang.crm.base.ui.XlsxExport.Column<>(getTranslation("dashboard.rank.amount"), 16, u -> u.signed().amount()),
                        new org.zhaoshang.crm.base.ui.XlsxExport.Column<>(getTranslation("dashboard.rank.landed"), 10, u -> u.landed().count()),
                        new org.zhaoshang.crm.base.ui.XlsxExport.Column<>(getTranslation("dashboard.targets.col.signedCount"), 12,
                                u -> u.target() == null ? null : u.target().signedCount()),
                        new org.zhaoshang.crm.base.ui.XlsxExport.Column<>(getTranslation("dashboard.targets.col.signedAmount"), 16,
                                u -> u.target() == null ? null : u.target().signedAmount())));
        Anchor xlsx = org.zhaoshang.crm.base.ui.ExportLink.xlsx(getTranslation("common.export"), getTranslation("common.export"),
                "ranking", export, () -> rows, scopeLine.getText());
        com.vaadin.flow.component.button.Button print = new com.vaadin.flow.component.button.Button(getTranslation("common.print"),
                VaadinIcon.PRINT.create(), e -> UI.getCurrent().getPage().executeJs("window.print()"));
        print.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY,
                com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL);
        Div tools = new Div(heading, xlsx, print);
        tools.addClassName("ranking-tools");
        rankingTable.add(tools, grid);
    }

    private Component count(Cockpit.Figure figure) {
        Anchor link = new Anchor(CockpitCharts.url(figure.drillDown()), String.valueOf(figure.count()));
        link.addClassName("figure-link");
        return link;
    }

    private void navigate(String url) {
        int q = url.indexOf('?');
        if (q < 0) {
            UI.getCurrent().navigate(url);
        } else {
            UI.getCurrent().navigate(url.substring(0, q), QueryParameters.fromString(url.substring(q + 1)));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.nav.cockpit") + " | " + getTranslation("app.title");
    }
}
