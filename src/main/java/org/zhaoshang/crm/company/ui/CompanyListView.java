package org.zhaoshang.crm.company.ui;

import com.vaadin.flow.component.UI;
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
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.zhaoshang.crm.base.ui.ExportLink;
import org.zhaoshang.crm.base.ui.Labels;
import org.zhaoshang.crm.base.ui.XlsxExport;
import org.zhaoshang.crm.company.CompanyDraft;
import org.zhaoshang.crm.company.CompanyFilter;
import org.zhaoshang.crm.company.CompanyService;
import org.zhaoshang.crm.company.CompanySummary;
import org.zhaoshang.crm.company.OwnershipType;
import org.zhaoshang.crm.org.IndustrySummary;
import org.zhaoshang.crm.org.ReferenceDataService;

/** 企业库: every company the district courts, searchable by name, brand, credit code or pinyin initials. */
@Route("companies")
@Menu(title = "nav.companies", order = 20, icon = "vaadin:building")
@PermitAll
class CompanyListView extends Main implements HasDynamicTitle {

    private final CompanyService companies;
    private final Grid<CompanySummary> grid = new Grid<>(CompanySummary.class, false);
    private final TextField search = new TextField();
    private final ComboBox<IndustrySummary> industry = new ComboBox<>();
    private final ComboBox<OwnershipType> ownership = new ComboBox<>();
    private final Span count = new Span();

    CompanyListView(CompanyService companies, ReferenceDataService referenceData) {
        this.companies = companies;
        addClassNames("list-view", "company-list");
        search.setPlaceholder(getTranslation("company.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addClassName("search-field");
        search.addValueChangeListener(e -> refresh());
        industry.setPlaceholder(getTranslation("company.field.industry"));
        industry.setItems(referenceData.industries());
        industry.setItemLabelGenerator(i -> i.isWheel() ? i.name() : "　" + i.name());
        industry.setClearButtonVisible(true);
        industry.addValueChangeListener(e -> refresh());
        ownership.setPlaceholder(getTranslation("company.field.ownership"));
        ownership.setItems(OwnershipType.values());
        ownership.setItemLabelGenerator(o -> Labels.of(this, o));
        ownership.setClearButtonVisible(true);
        ownership.addValueChangeListener(e -> refresh());
        Div filters = new Div(search, industry, ownership);
        filters.addClassName("filter-bar");

        Button add = new Button(getTranslation("company.new"), VaadinIcon.PLUS.create(), e ->
                new CompanyEditor(CompanyDraft.named(""), companies, referenceData,
                        id -> UI.getCurrent().navigate("companies/" + id)).openWithDraft());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        add.addClassName("new-company");
        Div spacer = new Div();
        spacer.addClassName("spacer");
        count.addClassName("row-count");
        XlsxExport<CompanySummary> export = new XlsxExport<>(getTranslation("app.districtShort") + getTranslation("company.list.title"), List.of(
                new XlsxExport.Column<>(getTranslation("company.field.name"), 36, CompanySummary::name),
                new XlsxExport.Column<>(getTranslation("company.field.shortName"), 16, CompanySummary::shortName),
                new XlsxExport.Column<>(getTranslation("company.field.creditCode"), 22, CompanySummary::creditCode),
                new XlsxExport.Column<>(getTranslation("company.field.city"), 10, CompanySummary::hqCityName),
                new XlsxExport.Column<>(getTranslation("company.field.ownership"), 10, c -> Labels.of(this, c.ownershipType())),
                new XlsxExport.Column<>(getTranslation("company.field.industry"), 14, CompanySummary::industryName),
                new XlsxExport.Column<>(getTranslation("company.field.projects"), 8, CompanySummary::projectCount)));
        Div toolbar = new Div(add, ExportLink.xlsx(getTranslation("common.export"), getTranslation("common.export"), "companies",
                export, () -> companies.list(filter(), 0, 100_000, "name", true), getTranslation("ledger.unitLine")), spacer, count);
        toolbar.addClassName("toolbar");

        grid.addClassName("dense");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addComponentColumn(c -> new RouterLink(c.name(), CompanyView.class, c.id()))
                .setHeader(getTranslation("company.field.name")).setSortProperty("name").setFlexGrow(3).setWidth("240px").setFrozen(true);
        grid.addColumn(CompanySummary::shortName).setHeader(getTranslation("company.field.shortName")).setWidth("120px").setFlexGrow(1);
        grid.addColumn(CompanySummary::creditCode).setHeader(getTranslation("company.field.creditCode"))
                .setSortProperty("creditCode").setWidth("190px").setFlexGrow(0);
        grid.addColumn(CompanySummary::hqCityName).setHeader(getTranslation("company.field.city")).setSortProperty("city")
                .setWidth("90px").setFlexGrow(0);
        grid.addColumn(c -> Labels.of(this, c.ownershipType())).setHeader(getTranslation("company.field.ownership"))
                .setWidth("90px").setFlexGrow(0);
        grid.addColumn(CompanySummary::industryName).setHeader(getTranslation("company.field.industry"))
                .setSortProperty("industry").setWidth("120px").setFlexGrow(0);
        grid.addColumn(CompanySummary::projectCount).setHeader(getTranslation("company.field.projects"))
                .setSortProperty("projects").setTextAlign(ColumnTextAlign.END).setWidth("80px").setFlexGrow(0);
        grid.addColumn(CompanySummary::contactCount).setHeader(getTranslation("company.field.contacts"))
                .setTextAlign(ColumnTextAlign.END).setWidth("80px").setFlexGrow(0);
        grid.setItems(query -> {
            var sort = query.getSortOrders().stream().findFirst();
            return companies.list(filter(), query.getOffset(), query.getLimit(),
                    sort.map(s -> s.getSorted()).orElse("name"),
                    sort.map(s -> s.getDirection() == SortDirection.ASCENDING).orElse(true)).stream();
        }, query -> (int) companies.count(filter()));
        grid.setHeight("calc(100vh - 220px)");
        grid.setMinHeight("320px");
        add(filters, toolbar, grid);
        refresh();
    }

    private CompanyFilter filter() {
        return new CompanyFilter(search.getValue(), industry.getValue() == null ? null : industry.getValue().id(), null,
                ownership.getValue());
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
        count.setText(getTranslation("list.count", companies.count(filter())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("company.list.title") + " | " + getTranslation("app.title");
    }
}
