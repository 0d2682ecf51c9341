package org.zhaoshang.crm.dashboard.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.zhaoshang.crm.base.ChineseDates;
import org.zhaoshang.crm.dashboard.CockpitFilter;
import org.zhaoshang.crm.dashboard.CockpitService;
import org.zhaoshang.crm.dashboard.DashboardNavigation;
import org.zhaoshang.crm.dashboard.OverdueProblem;
import org.zhaoshang.crm.project.ProjectNavigation;

/**
 * The list behind the cockpit's "逾期督办事项": every supervision item past its deadline and not closed out,
 * for the cockpit's unit, area and industry, oldest deadline first; each opens its item page.
 */
@Route("cockpit/overdue-problems")
@PermitAll
class OverdueProblemsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final CockpitService cockpit;
    private final Grid<OverdueProblem> grid = new Grid<>();
    private final Span count = new Span();
    private final Anchor back = new Anchor(DashboardNavigation.COCKPIT, "");

    OverdueProblemsView(CockpitService cockpit) {
        this.cockpit = cockpit;
        addClassNames("list-view", "overdue-problems-view");
        back.setText(getTranslation("dashboard.problems.back"));
        grid.addComponentColumn(p -> new Anchor("supervision/" + p.id(), p.title()))
                .setHeader(getTranslation("dashboard.problems.col.title")).setFlexGrow(2)
                .setComparator(OverdueProblem::title).setSortable(true);
        grid.addComponentColumn(p -> new Anchor(ProjectNavigation.projectUrl(p.projectId()), p.projectName()))
                .setHeader(getTranslation("dashboard.problems.col.project")).setFlexGrow(2)
                .setComparator(OverdueProblem::projectName).setSortable(true);
        grid.addColumn(OverdueProblem::leadUnitName).setHeader(getTranslation("dashboard.problems.col.unit")).setSortable(true);
        grid.addColumn(p -> ChineseDates.format(p.deadline())).setHeader(getTranslation("dashboard.problems.col.deadline"))
                .setComparator(OverdueProblem::deadline).setSortable(true);
        grid.addColumn(p -> ChronoUnit.DAYS.between(p.deadline(), cockpit.today()))
                .setHeader(getTranslation("dashboard.problems.col.overdue"))
                .setComparator(p -> p.deadline()).setSortable(true);
        grid.addColumn(p -> getTranslation("problemStatus." + p.status())).setHeader(getTranslation("dashboard.problems.col.status"));
        grid.addClassName("overdue-problems-grid");
        com.vaadin.flow.component.button.Button print = new com.vaadin.flow.component.button.Button(
                getTranslation("common.print"), com.vaadin.flow.component.icon.VaadinIcon.PRINT.create(),
                e -> com.vaadin.flow.component.UI.getCurrent().getPage().executeJs("window.print()"));
        print.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_TERTIARY,
                com.vaadin.flow.component.button.ButtonVariant.LUMO_SMALL);
        Div bar = new Div(back, print, count);
        bar.addClassName("toolbar");
        add(new H2(getTranslation("dashboard.problems.title")), bar, grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        CockpitFilter filter = DashboardNavigation.fromParameters(event.getLocation().getQueryParameters().getParameters(),
                cockpit.today());
        List<OverdueProblem> problems = cockpit.overdueProblems(filter);
        grid.setItems(problems);
        count.setText(getTranslation("dashboard.problems.count", problems.size()));
        count.addClassName("overdue-count");
        back.setHref(DashboardNavigation.cockpitUrl(cockpit.scoped(filter)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.problems.title") + " | " + getTranslation("app.title");
    }
}
