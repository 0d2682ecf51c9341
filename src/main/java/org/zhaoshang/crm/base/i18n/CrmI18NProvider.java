package org.zhaoshang.crm.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * Vaadin's translations come from the same Spring message bundle ({@code i18n/messages*.properties}) as
 * service-side messages: one bundle, Chinese as the base file, English beside it.
 */
@Component
public class CrmI18NProvider implements I18NProvider {

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final MessageSource messages;

    public CrmI18NProvider(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(CHINESE, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        try {
            return messages.getMessage(key, params, locale == null ? CHINESE : locale);
        } catch (NoSuchMessageException missing) {
            // Visible but harmless: a missing key shows as itself instead of breaking the page.
            return "!" + key;
        }
    }

    /** The supported locale closest to the given one: English only when asked for, Chinese otherwise. */
    public static Locale supported(Locale requested) {
        return requested != null && ENGLISH.getLanguage().equals(requested.getLanguage()) ? ENGLISH : CHINESE;
    }
}
