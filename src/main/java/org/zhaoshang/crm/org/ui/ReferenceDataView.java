package org.zhaoshang.crm.org.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.zhaoshang.crm.org.ReferenceDataService;
import org.zhaoshang.crm.org.Role;

/** 基础数据: units, areas, the industry tree and cities, maintained by ADMIN. */
@Route("admin/reference")
@Menu(title = "nav.referenceData", order = 90, icon = "vaadin:database")
@RolesAllowed(Role.Names.ADMIN)
class ReferenceDataView extends Main implements HasDynamicTitle {

    ReferenceDataView(ReferenceDataService referenceData) {
        addClassName("admin-view");
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("org.tab.units"), new UnitsPanel(referenceData));
        tabs.add(getTranslation("org.tab.areas"), new AreasPanel(referenceData));
        tabs.add(getTranslation("org.tab.industries"), new IndustriesPanel(referenceData));
        tabs.add(getTranslation("org.tab.cities"), new CitiesPanel(referenceData));
        add(tabs);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("org.referenceData.title") + " | " + getTranslation("app.title");
    }
}
