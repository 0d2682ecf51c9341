package org.zhaoshang.crm.reminder.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.zhaoshang.crm.base.ui.Labels;
import org.zhaoshang.crm.base.ui.Notifications;
import org.zhaoshang.crm.reminder.CalendarTokens;
import org.zhaoshang.crm.reminder.PreferenceService;
import org.zhaoshang.crm.reminder.ReminderKind;
import org.zhaoshang.crm.reminder.ReminderSettings;

/** 提醒设置: which reminders come by mail (the bell always has them), and the personal calendar feed. */
@Route("settings/reminders")
@Menu(title = "nav.reminderSettings", order = 95, icon = "vaadin:cog")
@PermitAll
class ReminderSettingsView extends Main implements HasDynamicTitle {

    ReminderSettingsView(PreferenceService preferences, CalendarTokens tokens, ReminderSettings settings) {
        addClassName("admin-view");
        Div mail = new Div(new H3(getTranslation("reminder.settings.mail")), new Paragraph(getTranslation("reminder.settings.mailHelp")));
        Map<ReminderKind, Boolean> mine = preferences.mine();
        for (ReminderKind kind : ReminderKind.values()) {
            Checkbox box = new Checkbox(Labels.of(this, kind), mine.get(kind));
            box.addClassName("preference-" + kind.name().toLowerCase());
            box.addValueChangeListener(e -> {
                preferences.setMine(kind, e.getValue());
                Notifications.success(getTranslation("action.saved"));
            });
            mail.add(new Div(box));
        }
        TextField url = new TextField(getTranslation("reminder.settings.calendarUrl"));
        url.setReadOnly(true);
        url.setWidthFull();
        url.setValue(settings.baseUrl() + "/" + CalendarTokens.feedPath(tokens.myToken()));
        Button regenerate = new Button(getTranslation("reminder.settings.regenerate"), e -> {
            url.setValue(settings.baseUrl() + "/" + CalendarTokens.feedPath(tokens.regenerateMyToken()));
            Notifications.success(getTranslation("reminder.settings.regenerated"));
        });
        regenerate.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Div calendar = new Div(new H3(getTranslation("reminder.settings.calendar")),
                new Paragraph(getTranslation("reminder.settings.calendarHelp")), url, regenerate);
        add(mail, calendar);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reminderSettings") + " | " + getTranslation("app.title");
    }
}
