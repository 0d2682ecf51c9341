package org.zhaoshang.crm.project;

import com.vaadin.flow.component.Component;

/**
 * A tab other features add to the project page (follow-ups now, problems later), so the project feature
 * shows them without depending on those features.
 */
public interface ProjectPageSection {

    /** Bundle key of the tab title. */
    String titleKey();

    /** The tab's content for one project; {@code changed} re-renders the page after a change. */
    Component create(Long projectId, Runnable changed);

    default int order() {
        return 100;
    }
}
