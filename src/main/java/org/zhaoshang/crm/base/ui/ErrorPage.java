package org.zhaoshang.crm.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;

/** A Chinese error page inside the shell: a title, what to do, and the way back to the home page. */
abstract class ErrorPage<E extends Exception> extends Div implements HasErrorParameter<E> {

    private final String key;
    private final int status;

    ErrorPage(String key, int status) {
        this.key = key;
        this.status = status;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<E> parameter) {
        removeAll();
        addClassName("error-view");
        add(new H2(getTranslation(key + ".title")), new Paragraph(getTranslation(key + ".text")),
                new Anchor("", getTranslation("error.backHome")));
        return status;
    }
}
