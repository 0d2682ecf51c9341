package org.zhaoshang.crm.org.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;
import java.util.function.Supplier;

/**
 * A dense, sortable list with an add button and edit on double-click or the row's edit button. Reference
 * data are short lists (tens of rows), so they are loaded whole; long lists use lazy paged grids.
 */
abstract class ListPanel<T> extends Div {

    final Grid<T> grid;
    private final Supplier<List<T>> loader;
    private final Span count = new Span();

    ListPanel(Class<T> type, Supplier<List<T>> loader) {
        this.loader = loader;
        this.grid = new Grid<>(type, false);
        grid.addClassName("dense");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
        grid.setHeight("calc(100vh - 230px)");
        grid.setMinHeight("300px");
        grid.addItemDoubleClickListener(e -> openEditor(e.getItem()));

        Button add = new Button(getTranslation("action.add"), VaadinIcon.PLUS.create(), e -> openEditor(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        add.addClassName("add-button");
        Div spacer = new Div();
        spacer.addClassName("spacer");
        count.addClassName("row-count");
        Div toolbar = new Div(add, spacer, count);
        toolbar.addClassName("toolbar");
        add(toolbar, grid);
        setWidthFull();
    }

    /** Opens the editor for an existing row, or for a new one when {@code item} is null. */
    abstract void openEditor(T item);

    /** Adds the trailing edit-button column; call after the data columns. */
    void addEditColumn() {
        grid.addComponentColumn(item -> {
            Button edit = new Button(VaadinIcon.EDIT.create(), e -> openEditor(item));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            edit.setAriaLabel(getTranslation("action.edit"));
            edit.setTooltipText(getTranslation("action.edit"));
            return edit;
        }).setWidth("56px").setFlexGrow(0).setFrozenToEnd(true);
        refresh();
    }

    void refresh() {
        List<T> items = loader.get();
        grid.setItems(items);
        count.setText(getTranslation("list.count", items.size()));
    }

    String activeLabel(boolean active) {
        return getTranslation(active ? "common.active" : "common.inactive");
    }

    String label(String key) {
        return getTranslation(key);
    }
}
