package org.zhaoshang.crm.base.ui;

import com.vaadin.flow.component.Component;

/** Something a feature puts into the shell's top bar (the reminder bell), without the shell knowing it. */
public interface NavbarItem {

    /** A new component for one UI; called when the shell is built for a signed-in user. */
    Component create();
}
