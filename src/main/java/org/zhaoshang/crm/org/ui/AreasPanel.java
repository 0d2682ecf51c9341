package org.zhaoshang.crm.org.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhaoshang.crm.base.ui.EditDialog;
import org.zhaoshang.crm.org.AreaDraft;
import org.zhaoshang.crm.org.AreaSummary;
import org.zhaoshang.crm.org.ReferenceDataService;

/** 片区/园区/载体 where projects land; one level below (新区 → 健康产业核心板块). */
class AreasPanel extends ListPanel<AreaSummary> {

    private final ReferenceDataService service;

    AreasPanel(ReferenceDataService service) {
        super(AreaSummary.class, service::areas);
        this.service = service;
        grid.addColumn(AreaSummary::sortOrder).setHeader(label("org.field.sortOrder")).setSortable(true).setWidth("70px").setFlexGrow(0);
        grid.addColumn(AreaSummary::code).setHeader(label("org.field.code")).setSortable(true).setWidth("90px").setFlexGrow(0);
        grid.addColumn(AreaSummary::name).setHeader(label("org.field.name")).setSortable(true).setFlexGrow(2);
        grid.addColumn(a -> a.parentName() == null ? "" : a.parentName()).setHeader(label("org.field.parent")).setSortable(true).setFlexGrow(1);
        grid.addColumn(a -> a.description() == null ? "" : a.description()).setHeader(label("org.field.description")).setFlexGrow(3);
        grid.addColumn(a -> activeLabel(a.active())).setHeader(label("org.field.active")).setSortable(true).setWidth("80px").setFlexGrow(0);
        addEditColumn();
    }

    @Override
    void openEditor(AreaSummary item) {
        new Editor(item == null ? AreaDraft.empty() : AreaDraft.of(item)).openWithDraft();
    }

    private final class Editor extends EditDialog<AreaDraft> {
        private final TextField code = new TextField(label("org.field.code"));
        private final TextField name = new TextField(label("org.field.name"));
        private final ComboBox<AreaSummary> parent = new ComboBox<>(label("org.field.parent"));
        private final TextArea description = new TextArea(label("org.field.description"));
        private final IntegerField sortOrder = new IntegerField(label("org.field.sortOrder"));
        private final Checkbox active = new Checkbox(label("common.active"));

        Editor(AreaDraft draft) {
            super(label("org.dialog.area"), draft, service::saveArea, AreasPanel.this::refresh);
            Map<Long, AreaSummary> roots = service.areas().stream()
                    .filter(a -> a.parentId() == null && !Objects.equals(a.id(), draft.id()))
                    .collect(Collectors.toMap(AreaSummary::id, Function.identity()));
            parent.setItems(roots.values());
            parent.setItemLabelGenerator(AreaSummary::name);
            parent.setClearButtonVisible(true);
            bind(code, AreaDraft::code, "org.field.code");
            bind(name, AreaDraft::name, "org.field.name");
            bind(parent, d -> d.parentId() == null ? null : roots.get(d.parentId()), null);
            bind(description, d -> d.description() == null ? "" : d.description(), null);
            bind(sortOrder, AreaDraft::sortOrder, null);
            bind(active, AreaDraft::active, null);
            form.add(code, name, parent, sortOrder, description, active);
            form.setColspan(description, 2);
        }

        @Override
        protected AreaDraft collect() {
            return new AreaDraft(original.id(), original.version(), code.getValue(), name.getValue(),
                    parent.getValue() == null ? null : parent.getValue().id(), description.getValue(),
                    sortOrder.getValue() == null ? 0 : sortOrder.getValue(), active.getValue());
        }
    }
}
