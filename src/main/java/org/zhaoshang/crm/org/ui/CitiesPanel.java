package org.zhaoshang.crm.org.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.zhaoshang.crm.base.ui.EditDialog;
import org.zhaoshang.crm.org.CityDraft;
import org.zhaoshang.crm.org.CitySummary;
import org.zhaoshang.crm.org.ReferenceDataService;

/** 城市 with province and coordinates (for the cockpit's map of where leads come from). */
class CitiesPanel extends ListPanel<CitySummary> {

    private final ReferenceDataService service;

    CitiesPanel(ReferenceDataService service) {
        super(CitySummary.class, service::cities);
        this.service = service;
        grid.addColumn(CitySummary::sortOrder).setHeader(label("org.field.sortOrder")).setSortable(true).setWidth("70px").setFlexGrow(0);
        grid.addColumn(CitySummary::name).setHeader(label("org.field.name")).setSortable(true).setFlexGrow(1);
        grid.addColumn(CitySummary::province).setHeader(label("org.field.province")).setSortable(true).setFlexGrow(1);
        grid.addColumn(CitySummary::longitude).setHeader(label("org.field.longitude")).setTextAlign(ColumnTextAlign.END).setFlexGrow(1);
        grid.addColumn(CitySummary::latitude).setHeader(label("org.field.latitude")).setTextAlign(ColumnTextAlign.END).setFlexGrow(1);
        grid.addColumn(c -> activeLabel(c.active())).setHeader(label("org.field.active")).setSortable(true).setWidth("80px").setFlexGrow(0);
        addEditColumn();
    }

    @Override
    void openEditor(CitySummary item) {
        new Editor(item == null ? CityDraft.empty() : CityDraft.of(item)).openWithDraft();
    }

    private final class Editor extends EditDialog<CityDraft> {
        private final TextField name = new TextField(label("org.field.name"));
        private final TextField province = new TextField(label("org.field.province"));
        private final BigDecimalField longitude = new BigDecimalField(label("org.field.longitude"));
        private final BigDecimalField latitude = new BigDecimalField(label("org.field.latitude"));
        private final IntegerField sortOrder = new IntegerField(label("org.field.sortOrder"));
        private final Checkbox active = new Checkbox(label("common.active"));

        Editor(CityDraft draft) {
            super(label("org.dialog.city"), draft, service::saveCity, CitiesPanel.this::refresh);
            bind(name, CityDraft::name, "org.field.name");
            bind(province, CityDraft::province, "org.field.province");
            bind(longitude, CityDraft::longitude, null);
            bind(latitude, CityDraft::latitude, null);
            bind(sortOrder, CityDraft::sortOrder, null);
            bind(active, CityDraft::active, null);
            form.add(name, province, longitude, latitude, sortOrder, active);
        }

        @Override
        protected CityDraft collect() {
            return new CityDraft(original.id(), original.version(), name.getValue(), province.getValue(),
                    longitude.getValue(), latitude.getValue(), sortOrder.getValue() == null ? 0 : sortOrder.getValue(),
                    active.getValue());
        }
    }
}
