package org.zhaoshang.crm.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import org.zhaoshang.crm.base.i18n.CrmI18NProvider;
import org.zhaoshang.crm.base.i18n.LocaleSetup;

/** 中文 | English: switches the UI language for this browser. */
public class LanguageSwitch extends Div {

    public LanguageSwitch() {
        addClassName("language-switch");
        add(button("中文", CrmI18NProvider.CHINESE.getLanguage()), button("English", CrmI18NProvider.ENGLISH.getLanguage()));
    }

    private Button button(String label, String language) {
        Button button = new Button(label, e -> LocaleSetup.switchTo(java.util.Locale.forLanguageTag(language)));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("lang", language);
        addAttachListener(e -> button.setEnabled(!getLocale().getLanguage().equals(language)));
        return button;
    }
}
