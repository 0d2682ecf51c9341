package org.zhaoshang.crm.supervision.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import org.zhaoshang.crm.base.ChineseDates;
import org.zhaoshang.crm.base.ui.Labels;
import org.zhaoshang.crm.supervision.ProblemRow;

/** The dense list of supervised items used by the inbox tabs and the project page. */
class ProblemGrid extends Grid<ProblemRow> {

    ProblemGrid(boolean withProject) {
        super(ProblemRow.class, false);
        addClassName("dense");
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        if (withProject) {
            addColumn(ProblemRow::projectName).setHeader(getTranslation("problem.field.project")).setFlexGrow(2).setSortable(true);
        }
        addComponentColumn(p -> new RouterLink(p.title(), ProblemView.class, p.id())).setHeader(getTranslation("problem.field.title"))
                .setFlexGrow(3);
        addColumn(ProblemRow::category).setHeader(getTranslation("problem.field.category")).setWidth("90px").setFlexGrow(0);
        addColumn(ProblemRow::leadUnitName).setHeader(getTranslation("problem.field.leadUnit")).setFlexGrow(1).setSortable(true);
        addComponentColumn(this::deadline).setHeader(getTranslation("problem.field.deadline")).setWidth("150px").setFlexGrow(0)
                .setComparator(ProblemRow::deadline);
        addColumn(p -> p.supervisingLeader() == null ? "" : p.supervisingLeader()).setHeader(getTranslation("problem.field.leader"))
                .setWidth("90px").setFlexGrow(0);
        addColumn(p -> Labels.of(this, p.status())).setHeader(getTranslation("problem.field.status")).setWidth("90px").setFlexGrow(0)
                .setSortable(true).setComparator(ProblemRow::status);
        setAllRowsVisible(true);
    }

    private Span deadline(ProblemRow p) {
        Span text = new Span(ChineseDates.format(p.deadline())
                + (p.overdue() ? getTranslation("problem.overdueBy", p.overdueWorkingDays()) : ""));
        if (p.overdue()) {
            text.addClassName("late");
        }
        return text;
    }
}
