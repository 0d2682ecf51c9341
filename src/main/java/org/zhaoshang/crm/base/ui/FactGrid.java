package org.zhaoshang.crm.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** Label–value pairs in a dense responsive grid, as the record pages show their facts; blanks show "—". */
public class FactGrid extends Div {

    public FactGrid() {
        addClassName("fact-grid");
    }

    /** Adds one fact; {@code labelKey} is a bundle key. */
    public FactGrid fact(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        Span text = new Span(value == null || value.isBlank() ? "—" : value);
        text.addClassName("fact-value");
        Div fact = new Div(label, text);
        fact.addClassName("fact");
        add(fact);
        return this;
    }
}
