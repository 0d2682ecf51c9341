package org.zhaoshang.crm.org.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import org.zhaoshang.crm.base.ui.EditDialog;
import org.zhaoshang.crm.org.ReferenceDataService;
import org.zhaoshang.crm.org.UnitDraft;
import org.zhaoshang.crm.org.UnitSummary;
import org.zhaoshang.crm.org.UnitType;

/** 单位: every unit belongs to one type; units are deactivated, never deleted. */
class UnitsPanel extends ListPanel<UnitSummary> {

    private final ReferenceDataService service;

    UnitsPanel(ReferenceDataService service) {
        super(UnitSummary.class, service::units);
        this.service = service;
        grid.addColumn(UnitSummary::sortOrder).setHeader(label("org.field.sortOrder")).setSortable(true).setWidth("70px").setFlexGrow(0);
        grid.addColumn(UnitSummary::code).setHeader(label("org.field.code")).setSortable(true).setWidth("90px").setFlexGrow(0);
        grid.addColumn(UnitSummary::name).setHeader(label("org.field.name")).setSortable(true).setFlexGrow(2);
        grid.addColumn(u -> label("unitType." + u.type())).setHeader(label("org.field.unitType")).setSortable(true).setFlexGrow(1);
        grid.addColumn(UnitSummary::userCount).setHeader(label("org.field.userCount")).setSortable(true)
                .setTextAlign(ColumnTextAlign.END).setWidth("80px").setFlexGrow(0);
        grid.addColumn(u -> activeLabel(u.active())).setHeader(label("org.field.active")).setSortable(true).setWidth("80px").setFlexGrow(0);
        addEditColumn();
    }

    @Override
    void openEditor(UnitSummary item) {
        new Editor(item == null ? UnitDraft.empty() : UnitDraft.of(item)).openWithDraft();
    }

    private final class Editor extends EditDialog<UnitDraft> {
        private final TextField code = new TextField(label("org.field.code"));
        private final TextField name = new TextField(label("org.field.name"));
        private final Select<UnitType> type = new Select<>();
        private final IntegerField sortOrder = new IntegerField(label("org.field.sortOrder"));
        private final Checkbox active = new Checkbox(label("common.active"));

        Editor(UnitDraft draft) {
            super(label("org.dialog.unit"), draft, service::saveUnit, UnitsPanel.this::refresh);
            type.setLabel(label("org.field.unitType"));
            type.setItems(UnitType.values());
            type.setItemLabelGenerator(t -> label("unitType." + t));
            code.setMaxLength(40);
            name.setMaxLength(100);
            bind(code, UnitDraft::code, "org.field.code");
            bind(name, UnitDraft::name, "org.field.name");
            bind(type, UnitDraft::type, "org.field.unitType");
            bind(sortOrder, UnitDraft::sortOrder, null);
            bind(active, UnitDraft::active, null);
            form.add(code, name, type, sortOrder, active);
        }

        @Override
        protected UnitDraft collect() {
            return new UnitDraft(original.id(), original.version(), code.getValue(), name.getValue(), type.getValue(),
                    sortOrder.getValue() == null ? 0 : sortOrder.getValue(), active.getValue());
        }
    }
}
