package org.zhaoshang.crm.base.i18n;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Chinese is the default whatever the browser says (office PCs and test browsers often send en-US);
 * English is chosen explicitly with the language switch and remembered in a cookie for a year.
 */
@Component
public class LocaleSetup implements VaadinServiceInitListener {

    static final String COOKIE = "crm-lang";

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(ui -> {
            Locale locale = fromCookie(VaadinService.getCurrentRequest()).orElse(CrmI18NProvider.CHINESE);
            ui.getUI().setLocale(locale);
            applyHtmlLang(ui.getUI(), locale);
        });
    }

    /** Switches the language for this user: remembered in a cookie, applied on reload. */
    public static void switchTo(Locale locale) {
        Locale supported = CrmI18NProvider.supported(locale);
        VaadinResponse response = VaadinService.getCurrentResponse();
        Cookie cookie = new Cookie(COOKIE, supported.toLanguageTag());
        cookie.setPath("/");
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setHttpOnly(true);
        if (response != null) {
            response.addCookie(cookie);
        }
        UI ui = UI.getCurrent();
        ui.getSession().setLocale(supported);
        ui.setLocale(supported);
        ui.getPage().reload();
    }

    private static Optional<Locale> fromCookie(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName()))
                .map(c -> CrmI18NProvider.supported(Locale.forLanguageTag(c.getValue())))
                .findFirst();
    }

    private static void applyHtmlLang(UI ui, Locale locale) {
        String lang = locale.getLanguage().equals("zh") ? "zh-CN" : locale.toLanguageTag();
        ui.getElement().executeJs("document.documentElement.setAttribute('lang', $0)", lang);
    }
}
