package org.zhaoshang.crm.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.zhaoshang.crm.base.Money;
import org.zhaoshang.crm.company.CompanyPageSection;
import org.zhaoshang.crm.project.ProjectFilter;
import org.zhaoshang.crm.project.ProjectService;
import org.zhaoshang.crm.project.ProjectSort;
import org.zhaoshang.crm.project.ProjectSummary;

/** The company page's project list (those the user may see), with a button for a new project of it. */
@org.springframework.stereotype.Component
class CompanyProjectsSection implements CompanyPageSection {

    private final ProjectService projects;

    CompanyProjectsSection(ProjectService projects) {
        this.projects = projects;
    }

    @Override
    public String titleKey() {
        return "company.projects";
    }

    @Override
    public com.vaadin.flow.component.Component create(Long companyId) {
        Grid<ProjectSummary> grid = new Grid<>(ProjectSummary.class, false);
        grid.addClassName("dense");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addComponentColumn(p -> new RouterLink(p.name(), ProjectView.class, p.id()))
                .setHeader(grid.getTranslation("project.field.name")).setFlexGrow(2);
        grid.addComponentColumn(p -> new StageBadge(p.stage())).setHeader(grid.getTranslation("project.field.stage")).setAutoWidth(true);
        grid.addColumn(ProjectSummary::responsibleUnitName).setHeader(grid.getTranslation("project.field.unit")).setAutoWidth(true);
        grid.addColumn(p -> Money.format(p.totalInvestment())).setHeader(grid.getTranslation("project.field.totalInvestment"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.setItems(projects.list(ProjectFilter.none().withCompany(companyId), 0, 200, List.of(new ProjectSort("updated", false))));
        grid.setAllRowsVisible(true);
        Button add = new Button(grid.getTranslation("project.new"), VaadinIcon.PLUS.create(),
                e -> grid.getUI().ifPresent(ui -> ui.navigate("projects/new",
                        com.vaadin.flow.router.QueryParameters.of("company", companyId.toString()))));
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return new Div(add, grid);
    }
}
