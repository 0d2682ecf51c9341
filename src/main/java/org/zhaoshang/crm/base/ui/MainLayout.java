package org.zhaoshang.crm.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Optional;
import org.zhaoshang.crm.base.UserDisplay;

/**
 * The application shell: Chinese side navigation built from the views' {@code @Menu} entries (only those
 * the user may open), the signed-in person with unit and role, language switch and logout.
 * Menu titles in {@code @Menu} are bundle keys.
 */
@Layout
@AnonymousAllowed
// Navbar items come from Spring beans the frontend build cannot see from the routes: name their components here
// so that the production bundle includes them.
@com.vaadin.flow.component.dependency.Uses(com.vaadin.flow.component.popover.Popover.class)
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext authentication;
    private final H1 viewTitle = new H1();

    public MainLayout(AuthenticationContext authentication, java.util.List<NavbarItem> navbarItems) {
        this.authentication = authentication;
        setPrimarySection(Section.DRAWER);
        viewTitle.addClassName("view-title");
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        addToNavbar(toggle, viewTitle);
        if (authentication.isAuthenticated()) {
            Div items = new Div();
            items.addClassName("navbar-items");
            navbarItems.forEach(item -> items.add(item.create()));
            addToNavbar(items);
        }
        addToDrawer(header(), new Scroller(navigation()), footer());
    }

    private Component header() {
        Span logo = new Span(getTranslation("app.shortTitle"));
        logo.addClassName("app-logo");
        Span name = new Span(getTranslation("app.title"));
        name.addClassName("app-name");
        Div header = new Div(logo, name);
        header.addClassName("drawer-header");
        return header;
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.addClassName("main-nav");
        MenuConfiguration.getMenuEntries().forEach(entry -> nav.addItem(item(entry)));
        return nav;
    }

    private SideNavItem item(MenuEntry entry) {
        SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
        if (entry.icon() != null && entry.icon().startsWith("vaadin:")) {
            item.setPrefixComponent(new Icon("vaadin", entry.icon().substring("vaadin:".length())));
        }
        return item;
    }

    private Component footer() {
        Div footer = new Div();
        footer.addClassName("drawer-footer");
        Optional<UserDisplay> user = authentication.getAuthenticatedUser(UserDisplay.class);
        user.ifPresent(u -> {
            Span name = new Span(u.displayName());
            name.addClassName("user-name");
            Span unit = new Span(u.unitName() + " · " + getTranslation("role." + u.roleCode()));
            unit.addClassName("user-unit");
            Div who = new Div(name, unit);
            who.addClassName("user-card");
            Button logout = new Button(getTranslation("nav.logout"), new Icon(VaadinIcon.SIGN_OUT), e -> authentication.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            logout.addClassName("logout");
            footer.add(who, logout);
        });
        footer.add(new LanguageSwitch());
        return footer;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        Component content = getContent();
        String title = "";
        if (content instanceof HasDynamicTitle dynamic) {
            title = dynamic.getPageTitle();
        } else if (content != null && content.getClass().isAnnotationPresent(PageTitle.class)) {
            title = getTranslation(content.getClass().getAnnotation(PageTitle.class).value());
        }
        int bar = title.indexOf(" | ");
        viewTitle.setText(bar > 0 ? title.substring(0, bar) : title);
    }
}
