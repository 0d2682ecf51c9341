package org.zhaoshang.crm.org.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.zhaoshang.crm.base.ui.EditDialog;
import org.zhaoshang.crm.base.ui.Notifications;
import org.zhaoshang.crm.org.ReferenceDataService;
import org.zhaoshang.crm.org.Role;
import org.zhaoshang.crm.org.UnitSummary;
import org.zhaoshang.crm.org.UserAccountService;
import org.zhaoshang.crm.org.UserDraft;
import org.zhaoshang.crm.org.UserSummary;

/** 用户管理: accounts with unit and role; reset passwords, unlock accounts locked by failed logins. */
@Route("admin/users")
@Menu(title = "nav.users", order = 91, icon = "vaadin:users")
@RolesAllowed(Role.Names.ADMIN)
class UsersView extends Main implements HasDynamicTitle {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    UsersView(UserAccountService accounts, ReferenceDataService referenceData) {
        addClassName("admin-view");
        add(new UsersPanel(accounts, referenceData));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("org.users.title") + " | " + getTranslation("app.title");
    }

    private static final class UsersPanel extends ListPanel<UserSummary> {

        private final UserAccountService accounts;
        private final ReferenceDataService referenceData;

        UsersPanel(UserAccountService accounts, ReferenceDataService referenceData) {
            super(UserSummary.class, accounts::users);
            this.accounts = accounts;
            this.referenceData = referenceData;
            grid.addColumn(UserSummary::username).setHeader(label("org.field.username")).setSortable(true).setFlexGrow(1);
            grid.addColumn(UserSummary::displayName).setHeader(label("org.field.displayName")).setSortable(true).setFlexGrow(1);
            grid.addColumn(UserSummary::unitName).setHeader(label("org.field.unit")).setSortable(true).setFlexGrow(2);
            grid.addColumn(u -> label("role." + u.role())).setHeader(label("org.field.role")).setSortable(true).setFlexGrow(1);
            grid.addColumn(u -> u.title() == null ? "" : u.title()).setHeader(label("org.field.title")).setFlexGrow(1);
            grid.addColumn(u -> u.email() == null ? "" : u.email()).setHeader(label("org.field.email")).setFlexGrow(2);
            grid.addColumn(u -> u.lastLoginAt() == null ? "" : WHEN.format(u.lastLoginAt())).setHeader(label("org.field.lastLogin"))
                    .setSortable(true).setFlexGrow(1);
            grid.addComponentColumn(this::status).setHeader(label("org.field.active")).setFlexGrow(1);
            addEditColumn();
        }

        private Span status(UserSummary user) {
            if (user.isLocked(Instant.now())) {
                Span locked = new Span(getTranslation("org.users.lockedUntil", WHEN.format(user.lockedUntil())));
                locked.addClassName("badge-locked");
                Button unlock = new Button(getTranslation("action.unlock"), e -> {
                    accounts.unlock(user.id());
                    Notifications.success(getTranslation("action.saved"));
                    refresh();
                });
                unlock.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
                return new Span(locked, unlock);
            }
            return new Span(activeLabel(user.enabled()));
        }

        @Override
        void openEditor(UserSummary item) {
            new Editor(item == null ? UserDraft.empty() : UserDraft.of(item)).openWithDraft();
        }

        private final class Editor extends EditDialog<UserDraft> {
            private final TextField username = new TextField(label("org.field.username"));
            private final TextField displayName = new TextField(label("org.field.displayName"));
            private final TextField title = new TextField(label("org.field.title"));
            private final EmailField email = new EmailField(label("org.field.email"));
            private final TextField phone = new TextField(label("org.field.phone"));
            private final ComboBox<UnitSummary> unit = new ComboBox<>(label("org.field.unit"));
            private final Select<Role> role = new Select<>();
            private final PasswordField password = new PasswordField();
            private final Checkbox enabled = new Checkbox(label("org.field.enabled"));

            Editor(UserDraft draft) {
                super(label("org.dialog.user"), draft, accounts::saveUser, UsersPanel.this::refresh);
                Map<Long, UnitSummary> units = referenceData.units().stream()
                        .collect(Collectors.toMap(UnitSummary::id, Function.identity()));
                unit.setItems(units.values().stream().filter(UnitSummary::active).toList());
                unit.setItemLabelGenerator(UnitSummary::name);
                role.setLabel(label("org.field.role"));
                role.setItems(Role.values());
                role.setItemLabelGenerator(r -> label("role." + r));
                boolean creating = draft.id() == null;
                username.setReadOnly(!creating);
                password.setLabel(label(creating ? "org.field.password" : "org.field.newPassword"));
                bind(username, UserDraft::username, "org.field.username");
                bind(displayName, UserDraft::displayName, "org.field.displayName");
                bind(title, d -> d.title() == null ? "" : d.title(), null);
                bind(email, d -> d.email() == null ? "" : d.email(), null);
                bind(phone, d -> d.phone() == null ? "" : d.phone(), null);
                bind(unit, d -> d.unitId() == null ? null : units.get(d.unitId()), "org.field.unit");
                bind(role, UserDraft::role, "org.field.role");
                bind(password, UserDraft::newPassword, creating ? "org.field.password" : null);
                bind(enabled, UserDraft::enabled, null);
                form.add(username, displayName, unit, role, title, phone, email, password, enabled);
            }

            @Override
            protected UserDraft collect() {
                return new UserDraft(original.id(), original.version(), username.getValue(), displayName.getValue(),
                        title.getValue(), email.getValue(), phone.getValue(),
                        unit.getValue() == null ? null : unit.getValue().id(), role.getValue(), enabled.getValue(),
                        password.getValue());
            }
        }
    }
}
