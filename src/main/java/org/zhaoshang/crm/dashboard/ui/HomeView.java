package org.zhaoshang.crm.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.html.Anchor;
import java.util.EnumSet;
import java.util.Set;
import org.zhaoshang.crm.base.Money;
import org.zhaoshang.crm.org.OrgCounts;
import org.zhaoshang.crm.project.ProjectFilter;
import org.zhaoshang.crm.project.ProjectNavigation;
import org.zhaoshang.crm.project.ProjectService;
import org.zhaoshang.crm.project.ProjectTotals;
import org.zhaoshang.crm.project.Stage;
import org.zhaoshang.crm.org.ReferenceDataService;
import org.zhaoshang.crm.org.UserAccountService;
import org.zhaoshang.crm.security.CrmPrincipal;
import org.zhaoshang.crm.security.CurrentUser;

/** 工作台: the first page after login; who I am, my unit, and what the CRM holds so far. */
@Route("")
@Menu(title = "nav.home", order = 0, icon = "vaadin:home")
@PermitAll
class HomeView extends Main implements HasDynamicTitle {

    HomeView(CurrentUser currentUser, ReferenceDataService referenceData, UserAccountService accounts,
            ProjectService projects) {
        addClassName("home-view");
        CrmPrincipal me = currentUser.require();
        OrgCounts counts = referenceData.counts();
        ProjectFilter all = ProjectFilter.none();
        ProjectTotals visible = projects.totals(all);
        ProjectFilter mine = new ProjectFilter(Set.of(), null, null, me.userId(), null, false, false, false, false, null, null);
        ProjectFilter overdue = new ProjectFilter(Set.of(), null, null, null, null, false, false, true, false, null, null);
        ProjectFilter stale = new ProjectFilter(Set.of(), null, null, null, null, false, false, false, true, null, null);
        ProjectFilter signed = ProjectFilter.none().withStages(EnumSet.of(Stage.SIGNED, Stage.LANDED, Stage.STARTED, Stage.OPERATING));
        Div pipeline = new Div(
                link(card("home.card.projects", String.valueOf(visible.count()),
                        getTranslation("home.card.projects.detail", Money.format(visible.totalInvestment()))), all),
                link(card("home.card.mine", String.valueOf(projects.count(mine)), getTranslation("home.card.mine.detail")), mine),
                link(card("home.card.signed", String.valueOf(projects.count(signed)), getTranslation("home.card.signed.detail")), signed),
                link(card("home.card.overdueStart", String.valueOf(projects.count(overdue)),
                        getTranslation("home.card.overdueStart.detail")), overdue),
                link(card("home.card.stale", String.valueOf(projects.count(stale)), getTranslation("home.card.stale.detail")), stale));
        pipeline.addClassName("stat-cards");

        H2 greeting = new H2(getTranslation("home.greeting", me.displayName()));
        Paragraph role = new Paragraph(getTranslation("home.roleIntro." + me.roleCode()));
        role.addClassName("home-role");

        Div cards = new Div(
                card("home.card.myUnit", me.unitName(),
                        getTranslation("home.card.myUnit.detail", accounts.countInUnit(me.unitId()))),
                card("home.card.units", String.valueOf(counts.units()), getTranslation("home.card.units.detail")),
                card("home.card.users", String.valueOf(counts.users()), getTranslation("home.card.users.detail")),
                card("home.card.areas", String.valueOf(counts.areas()), getTranslation("home.card.areas.detail")),
                card("home.card.industries", String.valueOf(counts.industries()),
                        getTranslation("home.card.industries.detail")),
                card("home.card.cities", String.valueOf(counts.cities()), getTranslation("home.card.cities.detail")));
        cards.addClassName("stat-cards");
        // the cockpit is the leaders' screen, but every role gets it (scoped to the unit for STAFF and UNIT_LEAD)
        Anchor cockpit = new Anchor(org.zhaoshang.crm.dashboard.DashboardNavigation.COCKPIT,
                getTranslation("dashboard.home.cockpit"));
        cockpit.addClassName("home-cockpit-link");
        add(greeting, role, cockpit, pipeline, cards);
    }

    /** Every figure opens the list behind it. */
    private Component link(Component card, ProjectFilter filter) {
        Anchor anchor = new Anchor(ProjectNavigation.listUrl(filter), "");
        anchor.add(card);
        anchor.addClassName("stat-link");
        return anchor;
    }

    private Component card(String titleKey, String value, String detail) {
        Span title = new Span(getTranslation(titleKey));
        title.addClassName("stat-title");
        Span number = new Span(value);
        number.addClassName("stat-value");
        Span text = new Span(detail);
        text.addClassName("stat-detail");
        Div card = new Div(title, number, text);
        card.addClassName("stat-card");
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.home") + " | " + getTranslation("app.title");
    }
}
