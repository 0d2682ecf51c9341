package org.zhaoshang.crm.reminder.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.popover.Popover;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.zhaoshang.crm.base.ui.NavbarItem;
import org.zhaoshang.crm.reminder.NotificationRow;
import org.zhaoshang.crm.reminder.NotificationService;

/** The bell in the top bar: the same reminders as the mails, unread count on it, newest first when opened. */
@org.springframework.stereotype.Component
class NotificationBell implements NavbarItem {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("M月d日 HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final NotificationService notifications;

    NotificationBell(NotificationService notifications) {
        this.notifications = notifications;
    }

    @Override
    public com.vaadin.flow.component.Component create() {
        Button bell = new Button(VaadinIcon.BELL.create());
        bell.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        bell.addClassName("notification-bell");
        bell.setAriaLabel(bell.getTranslation("reminder.bell"));
        Span badge = new Span();
        badge.addClassName("bell-badge");
        Div wrapper = new Div(bell, badge);
        wrapper.addClassName("bell-wrapper");
        Popover popover = new Popover();
        popover.setTarget(bell);
        popover.addClassName("bell-popover");
        Runnable refresh = () -> {
            long unread = notifications.unreadCount();
            badge.setText(unread == 0 ? "" : unread > 99 ? "99+" : String.valueOf(unread));
            badge.setVisible(unread > 0);
        };
        popover.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                return;
            }
            popover.removeAll();
            Div list = new Div();
            list.addClassName("bell-list");
            var items = notifications.recent(20);
            if (items.isEmpty()) {
                list.add(new Span(bell.getTranslation("reminder.bell.empty")));
            }
            for (NotificationRow item : items) {
                Anchor link = new Anchor(item.link() == null ? "" : item.link(), item.title());
                Span time = new Span(WHEN.format(item.createdAt()));
                time.addClassName("bell-time");
                Div row = new Div(time, link);
                row.addClassName(item.read() ? "bell-item" : "bell-item-unread");
                list.add(row);
            }
            Button read = new Button(bell.getTranslation("reminder.bell.markRead"), ev -> {
                notifications.markAllRead();
                refresh.run();
                popover.close();
            });
            read.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            popover.add(list, read);
        });
        wrapper.addAttachListener(e -> refresh.run());
        return wrapper;
    }
}
