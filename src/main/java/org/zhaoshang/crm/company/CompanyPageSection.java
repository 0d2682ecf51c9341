package org.zhaoshang.crm.company;

import com.vaadin.flow.component.Component;

/**
 * A section another feature contributes to the company page (its projects, its visits), so that the
 * company feature shows them without depending on those features.
 */
public interface CompanyPageSection {

    /** Bundle key of the section title. */
    String titleKey();

    /** The section for one company; called on the UI thread of the page. */
    Component create(Long companyId);

    /** Sections are shown in ascending order. */
    default int order() {
        return 100;
    }
}
