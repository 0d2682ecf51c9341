package org.zhaoshang.crm.company.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import org.zhaoshang.crm.base.ui.EditDialog;
import org.zhaoshang.crm.base.ui.Labels;
import org.zhaoshang.crm.base.ui.Lookups;
import org.zhaoshang.crm.base.ui.Notifications;
import org.zhaoshang.crm.company.CompanyDraft;
import org.zhaoshang.crm.company.CompanyNavigation;
import org.zhaoshang.crm.company.CompanyService;
import org.zhaoshang.crm.company.DuplicateCreditCodeException;
import org.zhaoshang.crm.company.OwnershipType;
import org.zhaoshang.crm.company.SimilarCompaniesException;
import org.zhaoshang.crm.org.CitySummary;
import org.zhaoshang.crm.org.IndustrySummary;
import org.zhaoshang.crm.org.ReferenceDataService;

/**
 * New or edited company. A taken credit code is refused with a link to the company that has it; a
 * similar name asks "仍然保存?" before saving.
 */
class CompanyEditor extends EditDialog<CompanyDraft> {

    private final CompanyService companies;
    private final Consumer<Long> onSaved;
    private Long savedId;
    private final TextField name = new TextField(getTranslation("company.field.name"));
    private final TextField shortName = new TextField(getTranslation("company.field.shortName"));
    private final TextField creditCode = new TextField(getTranslation("company.field.creditCode"));
    private final ComboBox<CitySummary> city = new ComboBox<>(getTranslation("company.field.city"));
    private final Select<OwnershipType> ownership = new Select<>();
    private final TextField parentGroup = new TextField(getTranslation("company.field.parentGroup"));
    private final ComboBox<IndustrySummary> industry = new ComboBox<>(getTranslation("company.field.industry"));
    private final TextField website = new TextField(getTranslation("company.field.website"));
    private final TextArea notes = new TextArea(getTranslation("company.field.notes"));

    CompanyEditor(CompanyDraft draft, CompanyService companies, ReferenceDataService referenceData, Consumer<Long> onSaved) {
        super("", draft, d -> { }, () -> { });
        this.companies = companies;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(draft.id() == null ? "company.new" : "company.edit"));
        Map<Long, CitySummary> cities = byId(referenceData.cities(), CitySummary::id);
        Map<Long, IndustrySummary> industries = byId(referenceData.industries(), IndustrySummary::id);
        city.setItems(cities.values());
        city.setItemLabelGenerator(c -> c.province().equals(c.name()) ? c.name() : c.province() + " · " + c.name());
        city.setClearButtonVisible(true);
        ownership.setLabel(getTranslation("company.field.ownership"));
        ownership.setItems(OwnershipType.values());
        ownership.setItemLabelGenerator(o -> Labels.of(this, o));
        ownership.setEmptySelectionAllowed(true);
        ownership.setEmptySelectionCaption(getTranslation("common.none"));
        industry.setItems(industries.values());
        industry.setItemLabelGenerator(i -> i.isWheel() ? i.name() : i.parentName() + " / " + i.name());
        industry.setClearButtonVisible(true);
        creditCode.setMaxLength(20);
        creditCode.setHelperText("18位，可暂缺");
        name.setMaxLength(200);
        bind(name, CompanyDraft::name, "company.field.name");
        bind(shortName, d -> nz(d.shortName()), null);
        bind(creditCode, d -> nz(d.creditCode()), null);
        bind(city, d -> d.hqCityId() == null ? null : cities.get(d.hqCityId()), null);
        bind(ownership, CompanyDraft::ownershipType, null);
        bind(parentGroup, d -> nz(d.parentGroup()), null);
        bind(industry, d -> d.industryId() == null ? null : industries.get(d.industryId()), null);
        bind(website, d -> nz(d.website()), null);
        bind(notes, d -> nz(d.notes()), null);
        form.add(name, shortName, creditCode, city, ownership, industry, parentGroup, website, notes);
        form.setColspan(name, 2);
        form.setColspan(notes, 2);
    }

    @Override
    protected CompanyDraft collect() {
        return new CompanyDraft(original.id(), original.version(), name.getValue(), shortName.getValue(),
                creditCode.getValue(), city.getValue() == null ? null : city.getValue().id(), ownership.getValue(),
                parentGroup.getValue(), industry.getValue() == null ? null : industry.getValue().id(), website.getValue(),
                notes.getValue());
    }

    @Override
    protected void save(CompanyDraft draft) {
        try {
            savedId = companies.save(draft, false);
        } catch (SimilarCompaniesException similar) {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("company.warning.title"),
                    Notifications.message(this, similar), getTranslation("company.warning.saveAnyway"),
                    e -> {
                        savedId = companies.save(draft, true);
                        completeSave();
                    }, getTranslation("action.cancel"), e -> { });
            confirm.addClassName("similar-confirm");
            confirm.open();
            throw new Cancelled();
        } catch (DuplicateCreditCodeException duplicate) {
            refuse(Notifications.message(this, duplicate),
                    new Anchor(CompanyNavigation.companyUrl(duplicate.existing().id()), getTranslation("company.openExisting")));
            throw new Cancelled();
        }
    }

    @Override
    protected void completeSave() {
        super.completeSave();
        onSaved.accept(savedId);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    private static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
        return Lookups.byId(items, id);
    }
}
