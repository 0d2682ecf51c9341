package org.zhaoshang.crm.org.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhaoshang.crm.base.ui.EditDialog;
import org.zhaoshang.crm.org.IndustryDraft;
import org.zhaoshang.crm.org.IndustrySummary;
import org.zhaoshang.crm.org.ReferenceDataService;

/** 产业分类: the two wheels (and urban renewal) with their branches, shown wheel first. */
class IndustriesPanel extends ListPanel<IndustrySummary> {

    private final ReferenceDataService service;

    IndustriesPanel(ReferenceDataService service) {
        super(IndustrySummary.class, service::industries);
        this.service = service;
        grid.addColumn(IndustrySummary::code).setHeader(label("org.field.code")).setSortable(true).setWidth("110px").setFlexGrow(0);
        grid.addColumn(i -> i.isWheel() ? i.name() : "　└ " + i.name()).setHeader(label("org.field.name")).setFlexGrow(2);
        grid.addColumn(i -> i.parentName() == null ? "" : i.parentName()).setHeader(label("org.field.parentIndustry")).setSortable(true).setFlexGrow(1);
        grid.addColumn(IndustrySummary::sortOrder).setHeader(label("org.field.sortOrder")).setSortable(true).setWidth("70px").setFlexGrow(0);
        grid.addColumn(i -> activeLabel(i.active())).setHeader(label("org.field.active")).setSortable(true).setWidth("80px").setFlexGrow(0);
        addEditColumn();
    }

    @Override
    void openEditor(IndustrySummary item) {
        new Editor(item == null ? IndustryDraft.empty() : IndustryDraft.of(item)).openWithDraft();
    }

    private final class Editor extends EditDialog<IndustryDraft> {
        private final TextField code = new TextField(label("org.field.code"));
        private final TextField name = new TextField(label("org.field.name"));
        private final ComboBox<IndustrySummary> wheel = new ComboBox<>(label("org.field.parentIndustry"));
        private final IntegerField sortOrder = new IntegerField(label("org.field.sortOrder"));
        private final Checkbox active = new Checkbox(label("common.active"));

        Editor(IndustryDraft draft) {
            super(label("org.dialog.industry"), draft, service::saveIndustry, IndustriesPanel.this::refresh);
            Map<Long, IndustrySummary> wheels = service.industries().stream()
                    .filter(i -> i.isWheel() && !Objects.equals(i.id(), draft.id()))
                    .collect(Collectors.toMap(IndustrySummary::id, Function.identity()));
            wheel.setItems(wheels.values());
            wheel.setItemLabelGenerator(IndustrySummary::name);
            wheel.setClearButtonVisible(true);
            bind(code, IndustryDraft::code, "org.field.code");
            bind(name, IndustryDraft::name, "org.field.name");
            bind(wheel, d -> d.parentId() == null ? null : wheels.get(d.parentId()), null);
            bind(sortOrder, IndustryDraft::sortOrder, null);
            bind(active, IndustryDraft::active, null);
            form.add(code, name, wheel, sortOrder, active);
        }

        @Override
        protected IndustryDraft collect() {
            return new IndustryDraft(original.id(), original.version(), code.getValue(), name.getValue(),
                    wheel.getValue() == null ? null : wheel.getValue().id(),
                    sortOrder.getValue() == null ? 0 : sortOrder.getValue(), active.getValue());
        }
    }
}
