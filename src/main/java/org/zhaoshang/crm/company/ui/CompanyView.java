package org.zhaoshang.crm.company.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import org.zhaoshang.crm.base.ui.EditDialog;
import org.zhaoshang.crm.base.ui.FactGrid;
import org.zhaoshang.crm.base.ui.Labels;
import org.zhaoshang.crm.base.ui.Notifications;
import org.zhaoshang.crm.company.CompanyDetails;
import org.zhaoshang.crm.company.CompanyDraft;
import org.zhaoshang.crm.company.CompanyPageSection;
import org.zhaoshang.crm.company.CompanyRef;
import org.zhaoshang.crm.company.CompanyService;
import org.zhaoshang.crm.company.ContactDraft;
import org.zhaoshang.crm.company.ContactRow;
import org.zhaoshang.crm.org.ReferenceDataService;
import org.zhaoshang.crm.org.Role;

/** The company page: facts, contacts (validated phone and e-mail), and what other features contribute. */
@Route("companies")
@PermitAll
class CompanyView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final CompanyService companies;
    private final ReferenceDataService referenceData;
    private final List<CompanyPageSection> sections;
    private final AuthenticationContext authentication;
    private CompanyDetails company;

    CompanyView(CompanyService companies, ReferenceDataService referenceData, List<CompanyPageSection> sections,
            AuthenticationContext authentication) {
        this.companies = companies;
        this.referenceData = referenceData;
        this.sections = sections.stream().sorted(Comparator.comparingInt(CompanyPageSection::order)).toList();
        this.authentication = authentication;
        addClassName("company-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        show(id);
    }

    private void show(Long id) {
        company = companies.get(id);
        removeAll();
        H2 title = new H2(company.displayName());
        title.addClassName("company-title");
        Button edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(), e ->
                new CompanyEditor(CompanyDraft.of(company), companies, referenceData, saved -> show(saved)).openWithDraft());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div actions = new Div(edit);
        actions.addClassName("toolbar");
        if (authentication.hasRole(Role.Names.ADMIN)) {
            Button merge = new Button(getTranslation("company.merge"), VaadinIcon.COMPRESS.create(), e -> openMerge());
            merge.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            actions.add(merge);
        }
        add(title, actions, facts(), contacts());
        for (CompanyPageSection section : sections) {
            add(new H3(getTranslation(section.titleKey())), section.create(id));
        }
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    private Component facts() {
        FactGrid facts = new FactGrid();
        facts.fact("company.field.creditCode", company.creditCode());
        facts.fact("company.field.city", company.hqCityName());
        facts.fact("company.field.ownership", Labels.of(this, company.ownershipType()));
        facts.fact("company.field.industry", company.industryName());
        facts.fact("company.field.parentGroup", company.parentGroup());
        facts.fact("company.field.website", company.website());
        facts.fact("company.field.notes", company.notes());
        return facts;
    }

    private Component contacts() {
        Grid<ContactRow> grid = new Grid<>(ContactRow.class, false);
        grid.addClassName("dense");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addColumn(ContactRow::name).setHeader(getTranslation("company.contact.name")).setAutoWidth(true);
        grid.addColumn(ContactRow::title).setHeader(getTranslation("company.contact.title")).setAutoWidth(true);
        grid.addColumn(ContactRow::phone).setHeader(getTranslation("company.contact.phone")).setAutoWidth(true);
        grid.addColumn(ContactRow::email).setHeader(getTranslation("company.contact.email")).setAutoWidth(true);
        grid.addColumn(ContactRow::wechat).setHeader(getTranslation("company.contact.wechat")).setAutoWidth(true);
        grid.addColumn(ContactRow::notes).setHeader(getTranslation("company.contact.notes")).setFlexGrow(1);
        grid.addComponentColumn(c -> {
            Button edit = new Button(VaadinIcon.EDIT.create(), e -> new ContactEditor(ContactDraft.of(c)).openWithDraft());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            edit.setAriaLabel(getTranslation("action.edit"));
            Button delete = new Button(VaadinIcon.TRASH.create(), e -> new ConfirmDialog(getTranslation("common.delete"),
                    getTranslation("company.contact.deleteConfirm", c.name()), getTranslation("common.delete"), ok -> {
                        companies.deleteContact(c.id(), c.version());
                        show(company.id());
                    }, getTranslation("action.cancel"), no -> { }).open());
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            delete.setAriaLabel(getTranslation("common.delete"));
            return new Span(edit, delete);
        }).setWidth("90px").setFlexGrow(0);
        grid.setItems(companies.contacts(company.id()));
        grid.setAllRowsVisible(true);
        Button add = new Button(getTranslation("company.contact.new"), VaadinIcon.PLUS.create(),
                e -> new ContactEditor(ContactDraft.forCompany(company.id())).openWithDraft());
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add.addClassName("new-contact");
        Div section = new Div(new H3(getTranslation("company.contacts")), add, grid);
        section.addClassName("contacts");
        return section;
    }

    private void openMerge() {
        ComboBox<CompanyRef> other = new ComboBox<>(getTranslation("company.merge.pick"));
        other.setItems(query -> companies.search(query.getFilter().orElse(""), query.getOffset() + query.getLimit()).stream()
                .filter(c -> !c.id().equals(company.id())).skip(query.getOffset()));
        other.setItemLabelGenerator(CompanyRef::label);
        other.setWidthFull();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("company.merge"));
        dialog.add(other);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("company.merge"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCloseOnEsc(true);
        dialog.addConfirmListener(e -> {
            CompanyRef merged = other.getValue();
            if (merged == null) {
                return;
            }
            new ConfirmDialog(getTranslation("company.merge"),
                    getTranslation("company.merge.confirm", merged.label(), company.displayName()),
                    getTranslation("company.merge"), ok -> {
                        companies.merge(company.id(), merged.id());
                        Notifications.success(getTranslation("company.merge.done"));
                        show(company.id());
                    }, getTranslation("action.cancel"), no -> { }).open();
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return (company == null ? getTranslation("company.list.title") : company.name()) + " | " + getTranslation("app.title");
    }

    private final class ContactEditor extends EditDialog<ContactDraft> {
        private final TextField name = new TextField(getTranslation("company.contact.name"));
        private final TextField title = new TextField(getTranslation("company.contact.title"));
        private final TextField phone = new TextField(getTranslation("company.contact.phone"));
        private final EmailField email = new EmailField(getTranslation("company.contact.email"));
        private final TextField wechat = new TextField(getTranslation("company.contact.wechat"));
        private final TextField notes = new TextField(getTranslation("company.contact.notes"));

        ContactEditor(ContactDraft draft) {
            super(CompanyView.this.getTranslation("company.contacts"), draft, companies::saveContact, () -> show(company.id()));
            bind(name, ContactDraft::name, "company.contact.name");
            bind(title, d -> nz(d.title()), null);
            bind(phone, d -> nz(d.phone()), null);
            bind(email, d -> nz(d.email()), null);
            bind(wechat, d -> nz(d.wechat()), null);
            bind(notes, d -> nz(d.notes()), null);
            form.add(name, title, phone, email, wechat, notes);
        }

        @Override
        protected ContactDraft collect() {
            return new ContactDraft(original.id(), original.version(), original.companyId(), name.getValue(), title.getValue(),
                    phone.getValue(), email.getValue(), wechat.getValue(), notes.getValue());
        }

        private static String nz(String value) {
            return value == null ? "" : value;
        }
    }
}
