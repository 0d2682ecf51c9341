package org.zhaoshang.crm.trip.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.zhaoshang.crm.base.ChineseDates;
import org.zhaoshang.crm.base.Money;
import org.zhaoshang.crm.base.ui.ExportLink;
import org.zhaoshang.crm.base.ui.Labels;
import org.zhaoshang.crm.base.ui.XlsxExport;
import org.zhaoshang.crm.org.CitySummary;
import org.zhaoshang.crm.org.ReferenceDataService;
import org.zhaoshang.crm.trip.TripDraft;
import org.zhaoshang.crm.trip.TripService;
import org.zhaoshang.crm.trip.TripSummary;

/** 外出招商: every trip with what it turned into, so trips can be compared by city, leader and season. */
@Route("trips")
@Menu(title = "nav.trips", order = 25, icon = "vaadin:airplane")
@PermitAll
class TripListView extends Main implements HasDynamicTitle {

    private final TripService trips;
    private final Grid<TripSummary> grid = new Grid<>(TripSummary.class, false);
    private final Select<Integer> year = new Select<>();
    private final ComboBox<CitySummary> city = new ComboBox<>();
    private final Span count = new Span();

    TripListView(TripService trips, ReferenceDataService referenceData) {
        this.trips = trips;
        addClassNames("list-view", "trip-list");
        int thisYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        year.setItems(IntStream.rangeClosed(thisYear - 5, thisYear + 1).boxed().sorted((a, b) -> b - a).toList());
        year.setItemLabelGenerator(y -> y == null ? getTranslation("common.all") : y + "年");
        year.setEmptySelectionAllowed(true);
        year.setEmptySelectionCaption(getTranslation("common.all"));
        year.setPlaceholder(getTranslation("trip.filter.year"));
        year.addValueChangeListener(e -> refresh());
        city.setPlaceholder(getTranslation("trip.filter.city"));
        city.setItems(referenceData.cities());
        city.setItemLabelGenerator(CitySummary::name);
        city.setClearButtonVisible(true);
        city.addValueChangeListener(e -> refresh());
        Div filters = new Div(year, city);
        filters.addClassName("filter-bar");

        Button add = new Button(getTranslation("trip.new"), VaadinIcon.PLUS.create(),
                e -> new TripEditor(TripDraft.empty(), trips, referenceData, id -> getUI().ifPresent(ui -> ui.navigate("trips/" + id)))
                        .openWithDraft());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        add.addClassName("new-trip");
        Div spacer = new Div();
        spacer.addClassName("spacer");
        count.addClassName("row-count");
        XlsxExport<TripSummary> export = new XlsxExport<>(getTranslation("trip.ledger.title"), List.of(
                new XlsxExport.Column<>(getTranslation("trip.field.title"), 30, TripSummary::title),
                new XlsxExport.Column<>(getTranslation("trip.field.startDate"), 14, TripSummary::startDate),
                new XlsxExport.Column<>(getTranslation("trip.field.endDate"), 14, TripSummary::endDate),
                new XlsxExport.Column<>(getTranslation("trip.field.cities"), 16, TripSummary::cities),
                new XlsxExport.Column<>(getTranslation("trip.field.leader"), 12, TripSummary::leadingOfficial),
                new XlsxExport.Column<>(getTranslation("trip.column.visits"), 8, TripSummary::visits),
                new XlsxExport.Column<>(getTranslation("trip.column.projects"), 8, TripSummary::projects),
                new XlsxExport.Column<>(getTranslation("stage.NEGOTIATION"), 8, TripSummary::negotiating),
                new XlsxExport.Column<>(getTranslation("stage.SIGNED"), 8, TripSummary::signed),
                new XlsxExport.Column<>(getTranslation("stage.LANDED"), 8, TripSummary::landed),
                new XlsxExport.Column<>(getTranslation("trip.column.signedAmount"), 14, TripSummary::signedAmount)));
        Div toolbar = new Div(add, ExportLink.xlsx(getTranslation("common.export"), getTranslation("common.export"), "trips",
                export, () -> trips.list(year.getValue(), city.getValue() == null ? null : city.getValue().id()),
                getTranslation("ledger.unitLine")), spacer, count);
        toolbar.addClassName("toolbar");

        grid.addClassName("dense");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addComponentColumn(t -> new RouterLink(t.title(), TripView.class, t.id())).setHeader(getTranslation("trip.field.title"))
                .setFlexGrow(3).setWidth("220px").setFrozen(true);
        grid.addColumn(t -> TripView.dateRange(t.startDate(), t.endDate())).setHeader(getTranslation("trip.field.dates"))
                .setComparator(TripSummary::startDate).setWidth("190px").setFlexGrow(0);
        grid.addColumn(TripSummary::cities).setHeader(getTranslation("trip.field.cities")).setWidth("120px").setFlexGrow(1);
        grid.addColumn(TripSummary::leadingOfficial).setHeader(getTranslation("trip.field.leader")).setWidth("110px").setFlexGrow(0);
        grid.addColumn(t -> Labels.of(this, t.status())).setHeader(getTranslation("trip.field.status")).setWidth("80px").setFlexGrow(0);
        number(TripSummary::visits, "trip.column.visits");
        number(TripSummary::projects, "trip.column.projects");
        number(TripSummary::negotiating, "stage.NEGOTIATION");
        number(TripSummary::signed, "stage.SIGNED");
        number(TripSummary::landed, "stage.LANDED");
        grid.addColumn(t -> Money.format(t.signedAmount())).setHeader(getTranslation("trip.column.signedAmount"))
                .setComparator(TripSummary::signedAmount).setTextAlign(ColumnTextAlign.END).setWidth("140px").setFlexGrow(0);
        grid.setHeight("calc(100vh - 220px)");
        add(filters, toolbar, grid);
        refresh();
    }

    private void number(java.util.function.ToLongFunction<TripSummary> value, String headerKey) {
        grid.addColumn(t -> value.applyAsLong(t)).setHeader(getTranslation(headerKey)).setComparator(value::applyAsLong)
                .setTextAlign(ColumnTextAlign.END).setWidth("72px").setFlexGrow(0);
    }

    private void refresh() {
        List<TripSummary> rows = trips.list(year.getValue(), city.getValue() == null ? null : city.getValue().id());
        grid.setItems(rows);
        count.setText(getTranslation("list.count", rows.size()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("trip.list.title") + " | " + getTranslation("app.title");
    }
}
