package org.zhaoshang.crm.ledger.ui;

import com.vaadin.flow.component.HtmlComponent;
import com.vaadin.flow.component.Tag;

/** The browser's own {@code <progress>} bar: enough for an export's progress, and no client-side bundle to rebuild. */
@Tag("progress")
final class NativeProgress extends HtmlComponent {

    void set(long value, long max) {
        getElement().setAttribute("max", String.valueOf(Math.max(1, max)));
        getElement().setAttribute("value", String.valueOf(Math.min(value, Math.max(1, max))));
    }
}
