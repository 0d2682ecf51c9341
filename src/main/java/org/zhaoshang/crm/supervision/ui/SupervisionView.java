package org.zhaoshang.crm.supervision.ui;

import com.vaadin.flow.component.html.Main;
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
import java.util.Map;
import org.zhaoshang.crm.org.Role;
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

    SupervisionView(SupervisionService supervision, AuthenticationContext authentication) {
        addClassNames("list-view", "supervision-view");
        tabs.setWidthFull();
        boolean leader = authentication.hasAnyRole(Role.Names.LEADER, Role.Names.ADMIN);
        if (leader) {
            ProblemGrid mine = new ProblemGrid(true);
            mine.setItems(supervision.supervisedByMe());
            mine.addClassName("supervised-by-me");
            byName.put("supervised", tabs.add(getTranslation("problem.tab.supervised"), mine));
        }
        ProblemGrid inbox = new ProblemGrid(true);
        inbox.setItems(supervision.myUnitInbox());
        inbox.addClassName("unit-inbox");
        byName.put("inbox", tabs.add(getTranslation("problem.tab.inbox"), inbox));
        if (leader) {
            ProblemGrid all = new ProblemGrid(true);
            all.setItems(supervision.all(false));
            all.addClassName("all-open");
            byName.put("all", tabs.add(getTranslation("problem.tab.all"), all));
        }
        add(tabs);
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
