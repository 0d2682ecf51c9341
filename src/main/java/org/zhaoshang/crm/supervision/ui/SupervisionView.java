package org.zhaoshang.crm.supervision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhaoshang.crm.base.ui.ExportLink;
import org.zhaoshang.crm.base.ui.Labels;
import org.zhaoshang.crm.base.ui.XlsxExport;
import org.zhaoshang.crm.org.Role;
import org.zhaoshang.crm.supervision.ProblemRow;
import org.zhaoshang.crm.supervision.SupervisionService;

/**
 * 督办事项: my unit's inbox by deadline; for leaders, what they supervise (overdue first) and everything. The tab
 * can be chosen in the URL ({@code ?tab=inbox|supervised|all}), which is where reminder mails point.
 */
@Route("supervision")
@Menu(title = "nav.supervision", order = 15, icon = "vaadin:flag")
@PermitAll
class SupervisionView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final TabSheet tabs = new TabSheet();
    private final Map<String, Tab> byName = new LinkedHashMap<>();
    private final Map<Tab, List<ProblemRow>> rows = new LinkedHashMap<>();

    SupervisionView(SupervisionService supervision, AuthenticationContext authentication) {
        addClassNames("list-view", "supervision-view");
        tabs.setWidthFull();
        boolean leader = authentication.hasAnyRole(Role.Names.LEADER, Role.Names.ADMIN);
        if (leader) {
            tab("supervised", "supervised-by-me", supervision.supervisedByMe());
        }
        tab("inbox", "unit-inbox", supervision.myUnitInbox());
        if (leader) {
            tab("all", "all-open", supervision.all(false));
        }
        Button print = new Button(getTranslation("common.print"), VaadinIcon.PRINT.create(),
                e -> UI.getCurrent().getPage().executeJs("window.print()"));
        print.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Div bar = new Div(exportLink(), print);
        bar.addClassNames("toolbar", "no-print");
        add(bar, tabs);
    }

    private void tab(String name, String className, List<ProblemRow> items) {
        ProblemGrid grid = new ProblemGrid(true);
        grid.setItems(items);
        grid.addClassName(className);
        Tab tab = tabs.add(getTranslation("problem.tab." + name), grid);
        byName.put(name, tab);
        rows.put(tab, items);
    }

    private Component exportLink() {
        return ExportLink.xlsx(getTranslation("common.export"), getTranslation("common.export"), "督办事项", export(),
                this::selectedRows, getTranslation("ledger.unitLine"));
    }

    /** The items of the open tab, as the export writes them. */
    List<ProblemRow> selectedRows() {
        return rows.getOrDefault(tabs.getSelectedTab(), List.of());
    }

    /** The open tab's items as an .xlsx in the office layout (序号, dates as dates, overdue in working days). */
    XlsxExport<ProblemRow> export() {
        return new XlsxExport<>(getTranslation("app.districtShort") + getTranslation("problem.export.title"),
                List.of(new XlsxExport.Column<>(getTranslation("problem.field.title"), 30, ProblemRow::title),
                        new XlsxExport.Column<>(getTranslation("problem.field.project"), 26, ProblemRow::projectName),
                        new XlsxExport.Column<>(getTranslation("problem.field.category"), 10, ProblemRow::category),
                        new XlsxExport.Column<>(getTranslation("problem.field.leadUnit"), 16, ProblemRow::leadUnitName),
                        new XlsxExport.Column<>(getTranslation("problem.field.coUnits"), 20, p -> String.join("、", p.coUnits())),
                        new XlsxExport.Column<>(getTranslation("problem.field.raisedOn"), 13, ProblemRow::raisedOn),
                        new XlsxExport.Column<>(getTranslation("problem.field.deadline"), 13, ProblemRow::deadline),
                        new XlsxExport.Column<>(getTranslation("problem.field.overdueDays"), 10,
                                p -> p.overdue() ? (Object) p.overdueWorkingDays() : null),
                        new XlsxExport.Column<>(getTranslation("problem.field.status"), 10, p -> Labels.of(this, p.status())),
                        new XlsxExport.Column<>(getTranslation("problem.field.leader"), 10, ProblemRow::supervisingLeader),
                        new XlsxExport.Column<>(getTranslation("problem.field.source"), 10, p -> Labels.of(this, p.source()))));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("tab").map(byName::get).ifPresent(tabs::setSelectedTab);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.supervision") + " | " + getTranslation("app.title");
    }
}
