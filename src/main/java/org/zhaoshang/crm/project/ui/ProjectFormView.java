package org.zhaoshang.crm.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.zhaoshang.crm.base.ui.ChineseDatePickerI18n;
import org.zhaoshang.crm.base.ui.Labels;
import org.zhaoshang.crm.base.ui.Lookups;
import org.zhaoshang.crm.base.ui.Notifications;
import org.zhaoshang.crm.base.ui.Refusals;
import org.zhaoshang.crm.company.CompanyRef;
import org.zhaoshang.crm.company.CompanyService;
import org.zhaoshang.crm.org.AreaSummary;
import org.zhaoshang.crm.org.IndustrySummary;
import org.zhaoshang.crm.org.ReferenceDataService;
import org.zhaoshang.crm.org.UnitSummary;
import org.zhaoshang.crm.org.UserRef;
import org.zhaoshang.crm.project.InvestmentMode;
import org.zhaoshang.crm.project.ProjectDetails;
import org.zhaoshang.crm.project.ProjectDraft;
import org.zhaoshang.crm.project.ProjectService;
import org.zhaoshang.crm.project.ProjectSource;
import org.zhaoshang.crm.project.Stage;
import org.zhaoshang.crm.security.CurrentUser;

/**
 * 新建/编辑项目: one page (it works on a phone better than a dialog), in sections. Stage dates that come
 * with transitions (签约, 落地 …) are corrected here only once the stage is reached; the service checks.
 */
@Route("projects/new")
@RouteAlias("projects/:projectId/edit")
@PermitAll
class ProjectFormView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ProjectService projects;
    private final CompanyService companies;
    private final CurrentUser currentUser;
    private final Binder<ProjectDraft> binder = new Binder<>();
    private final Div refusal = new Div();
    private final H2 title = new H2();

    private final TextField name = new TextField();
    private final ComboBox<CompanyRef> company = new ComboBox<>();
    private final Select<Stage> initialStage = new Select<>();
    private final ComboBox<IndustrySummary> industry = new ComboBox<>();
    private final Select<InvestmentMode> investmentMode = new Select<>();
    private final BigDecimalField totalInvestment = new BigDecimalField();
    private final BigDecimalField fixedAssetInvestment = new BigDecimalField();
    private final BigDecimalField expectedAnnualRevenue = new BigDecimalField();
    private final BigDecimalField expectedTax = new BigDecimalField();
    private final IntegerField jobs = new IntegerField();
    private final BigDecimalField landNeedMu = new BigDecimalField();
    private final BigDecimalField floorSpaceSqm = new BigDecimalField();
    private final ComboBox<AreaSummary> area = new ComboBox<>();
    private final TextField carrier = new TextField();
    private final Select<ProjectSource> source = new Select<>();
    private final ComboBox<UserRef> owner = new ComboBox<>();
    private final ComboBox<UnitSummary> unit = new ComboBox<>();
    private final ComboBox<UserRef> leader = new ComboBox<>();
    private final Checkbox keyDistrict = new Checkbox();
    private final Checkbox keyProvincial = new Checkbox();
    private final Checkbox inLibrary = new Checkbox();
    private final DatePicker libraryDate = datePicker("project.field.libraryDate");
    private final DatePicker siteVisitDate = datePicker("project.field.siteVisitDate");
    private final DatePicker plannedSignDate = datePicker("project.field.plannedSignDate");
    private final DatePicker actualSignDate = datePicker("project.field.actualSignDate");
    private final DatePicker plannedLandDate = datePicker("project.field.plannedLandDate");
    private final DatePicker actualLandDate = datePicker("project.field.actualLandDate");
    private final DatePicker plannedStartDate = datePicker("project.field.plannedStartDate");
    private final DatePicker actualStartDate = datePicker("project.field.actualStartDate");
    private final DatePicker plannedOperationDate = datePicker("project.field.plannedOperationDate");
    private final DatePicker actualOperationDate = datePicker("project.field.actualOperationDate");
    private final TextArea description = new TextArea();

    private final Map<Long, IndustrySummary> industries;
    private final Map<Long, AreaSummary> areas;
    private final Map<Long, UnitSummary> units;
    private final Map<Long, UserRef> users;
    private ProjectDraft original;

    ProjectFormView(ProjectService projects, CompanyService companies, ReferenceDataService referenceData,
            CurrentUser currentUser) {
        this.projects = projects;
        this.companies = companies;
        this.currentUser = currentUser;
        addClassName("project-form");
        industries = byId(referenceData.industries(), IndustrySummary::id);
        areas = byId(referenceData.areas(), AreaSummary::id);
        units = byId(referenceData.units(), UnitSummary::id);
        users = byId(projects.owners(), UserRef::id);
        refusal.addClassName("dialog-refusal");
        refusal.setVisible(false);
        configureFields();
        add(title, refusal, section("project.section.basics", name, company, initialStage, industry, source, investmentMode, description),
                section("project.section.investment", totalInvestment, fixedAssetInvestment, expectedAnnualRevenue,
                        expectedTax, jobs, landNeedMu, floorSpaceSqm),
                section("project.section.landing", area, carrier, owner, unit, leader, keyDistrict, keyProvincial, inLibrary,
                        libraryDate),
                section("project.section.milestones", siteVisitDate, plannedSignDate, actualSignDate, plannedLandDate,
                        actualLandDate, plannedStartDate, actualStartDate, plannedOperationDate, actualOperationDate),
                buttons());
    }

    private void configureFields() {
        label(name, "project.field.name");
        name.setMaxLength(200);
        label(company, "project.field.company");
        company.setItems(query -> companies.search(query.getFilter().orElse(""), query.getOffset() + query.getLimit())
                .stream().skip(query.getOffset()));
        company.setItemLabelGenerator(CompanyRef::label);
        company.addClassName("company-picker");
        initialStage.setLabel(getTranslation("project.field.initialStage"));
        initialStage.setItems(Stage.LEAD, Stage.CONTACT);
        initialStage.setItemLabelGenerator(s -> Labels.of(this, s));
        label(industry, "project.field.industry");
        industry.setItems(industries.values());
        industry.setItemLabelGenerator(i -> i.isWheel() ? i.name() : i.parentName() + " / " + i.name());
        investmentMode.setLabel(getTranslation("project.field.investmentMode"));
        investmentMode.setItems(InvestmentMode.values());
        investmentMode.setItemLabelGenerator(m -> Labels.of(this, m));
        investmentMode.setEmptySelectionAllowed(true);
        investmentMode.setEmptySelectionCaption(getTranslation("common.none"));
        for (var entry : Map.of(totalInvestment, "project.field.totalInvestment", fixedAssetInvestment,
                "project.field.fixedAssetInvestment", expectedAnnualRevenue, "project.field.expectedAnnualRevenue",
                expectedTax, "project.field.expectedTax", landNeedMu, "project.field.landNeedMu", floorSpaceSqm,
                "project.field.floorSpaceSqm").entrySet()) {
            entry.getKey().setLabel(getTranslation(entry.getValue()));
        }
        jobs.setLabel(getTranslation("project.field.jobs"));
        jobs.setMin(0);
        label(area, "project.field.area");
        area.setItems(areas.values());
        area.setItemLabelGenerator(a -> a.parentName() == null ? a.name() : a.parentName() + " / " + a.name());
        carrier.setLabel(getTranslation("project.field.carrier"));
        source.setLabel(getTranslation("project.field.source"));
        source.setItems(ProjectSource.values());
        source.setItemLabelGenerator(s -> Labels.of(this, s));
        label(owner, "project.field.owner");
        owner.setItems(users.values());
        owner.setItemLabelGenerator(UserRef::label);
        owner.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                unit.setValue(units.get(e.getValue().unitId()));
            }
        });
        label(unit, "project.field.unit");
        unit.setItems(units.values());
        unit.setItemLabelGenerator(UnitSummary::name);
        label(leader, "project.field.leader");
        leader.setItems(projects.leaders());
        leader.setItemLabelGenerator(UserRef::label);
        leader.setClearButtonVisible(true);
        keyDistrict.setLabel(getTranslation("project.field.keyDistrict"));
        keyProvincial.setLabel(getTranslation("project.field.keyProvincial"));
        inLibrary.setLabel(getTranslation("project.field.inLibrary"));
        description.setLabel(getTranslation("project.field.description"));
        description.setMaxLength(2000);

        String required = "validation.required";
        binder.forField(name).asRequired(getTranslation(required, getTranslation("project.field.name"))).bind(ProjectDraft::name, (d, v) -> { });
        binder.forField(company).asRequired(getTranslation(required, getTranslation("project.field.company")))
                .bind(d -> d.companyId() == null ? null : companies.ref(d.companyId()).orElse(null), (d, v) -> { });
        binder.forField(source).asRequired(getTranslation(required, getTranslation("project.field.source"))).bind(ProjectDraft::source, (d, v) -> { });
        binder.forField(owner).asRequired(getTranslation(required, getTranslation("project.field.owner")))
                .bind(d -> d.ownerId() == null ? null : users.get(d.ownerId()), (d, v) -> { });
        binder.forField(unit).asRequired(getTranslation(required, getTranslation("project.field.unit")))
                .bind(d -> d.responsibleUnitId() == null ? null : units.get(d.responsibleUnitId()), (d, v) -> { });
    }

    private void label(ComboBox<?> box, String key) {
        box.setLabel(getTranslation(key));
        box.setClearButtonVisible(true);
    }

    private void label(TextField field, String key) {
        field.setLabel(getTranslation(key));
    }

    private DatePicker datePicker(String key) {
        DatePicker picker = new DatePicker(getTranslation(key));
        picker.setI18n(ChineseDatePickerI18n.create());
        picker.setClearButtonVisible(true);
        return picker;
    }

    private Component section(String titleKey, Component... fields) {
        FormLayout form = new FormLayout(fields);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("520px", 2),
                new FormLayout.ResponsiveStep("900px", 3));
        for (Component field : fields) {
            if (field == description) {
                form.setColspan(description, 3);
            }
        }
        Div section = new Div(new H4(getTranslation(titleKey)), form);
        section.addClassName("form-section");
        return section;
    }

    private Component buttons() {
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-project");
        Button cancel = new Button(getTranslation("action.cancel"), e -> back());
        Div bar = new Div(cancel, save);
        bar.addClassName("form-buttons");
        return bar;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().getLong("projectId");
        if (id.isPresent()) {
            ProjectDetails details = projects.get(id.get());
            original = ProjectDraft.of(details);
            title.setText(getTranslation("project.edit") + "：" + details.name());
            initialStage.setVisible(false);
            actualsEnabled(details.stage());
        } else {
            var me = currentUser.require();
            Long companyId = event.getLocation().getQueryParameters().getSingleParameter("company").map(Long::valueOf).orElse(null);
            original = ProjectDraft.newLead("", companyId, ProjectSource.OTHER, me.userId(), me.unitId());
            title.setText(getTranslation("project.new"));
            for (DatePicker actual : List.of(actualSignDate, actualLandDate, actualStartDate, actualOperationDate)) {
                actual.setVisible(false);
            }
        }
        read(original);
    }

    private void actualsEnabled(Stage stage) {
        actualSignDate.setReadOnly(!stage.atLeast(Stage.SIGNED));
        actualLandDate.setReadOnly(!stage.atLeast(Stage.LANDED));
        actualStartDate.setReadOnly(!stage.atLeast(Stage.STARTED));
        actualOperationDate.setReadOnly(!stage.atLeast(Stage.OPERATING));
    }

    private void read(ProjectDraft d) {
        binder.readBean(d);
        initialStage.setValue(d.initialStage() == null || !d.initialStage().equals(Stage.CONTACT) ? Stage.LEAD : Stage.CONTACT);
        industry.setValue(d.industryId() == null ? null : industries.get(d.industryId()));
        investmentMode.setValue(d.investmentMode());
        totalInvestment.setValue(d.totalInvestment());
        fixedAssetInvestment.setValue(d.fixedAssetInvestment());
        expectedAnnualRevenue.setValue(d.expectedAnnualRevenue());
        expectedTax.setValue(d.expectedTax());
        jobs.setValue(d.jobs());
        landNeedMu.setValue(d.landNeedMu());
        floorSpaceSqm.setValue(d.floorSpaceSqm());
        area.setValue(d.areaId() == null ? null : areas.get(d.areaId()));
        carrier.setValue(d.carrier() == null ? "" : d.carrier());
        leader.setValue(d.leaderInChargeId() == null ? null : users.get(d.leaderInChargeId()));
        keyDistrict.setValue(d.keyDistrict());
        keyProvincial.setValue(d.keyProvincial());
        inLibrary.setValue(d.inLibrary());
        libraryDate.setValue(d.libraryDate());
        siteVisitDate.setValue(d.siteVisitDate());
        plannedSignDate.setValue(d.plannedSignDate());
        actualSignDate.setValue(d.actualSignDate());
        plannedLandDate.setValue(d.plannedLandDate());
        actualLandDate.setValue(d.actualLandDate());
        plannedStartDate.setValue(d.plannedStartDate());
        actualStartDate.setValue(d.actualStartDate());
        plannedOperationDate.setValue(d.plannedOperationDate());
        actualOperationDate.setValue(d.actualOperationDate());
        description.setValue(d.description() == null ? "" : d.description());
    }

    private ProjectDraft collect() {
        return new ProjectDraft(original.id(), original.version(), name.getValue(), id(company.getValue(), CompanyRef::id),
                id(industry.getValue(), IndustrySummary::id), investmentMode.getValue(), totalInvestment.getValue(),
                fixedAssetInvestment.getValue(), expectedAnnualRevenue.getValue(), expectedTax.getValue(), jobs.getValue(),
                landNeedMu.getValue(), floorSpaceSqm.getValue(), id(area.getValue(), AreaSummary::id), carrier.getValue(),
                source.getValue(), original.sourceTripId(), id(owner.getValue(), UserRef::id), id(unit.getValue(), UnitSummary::id),
                id(leader.getValue(), UserRef::id), keyDistrict.getValue(), keyProvincial.getValue(), inLibrary.getValue(),
                libraryDate.getValue(), siteVisitDate.getValue(), plannedSignDate.getValue(), actualSignDate.getValue(),
                plannedLandDate.getValue(), actualLandDate.getValue(), plannedStartDate.getValue(), actualStartDate.getValue(),
                plannedOperationDate.getValue(), actualOperationDate.getValue(), description.getValue(), initialStage.getValue());
    }

    private void save() {
        if (!binder.validate().isOk()) {
            return;
        }
        ProjectDraft draft = collect();
        Long[] id = {draft.id()};
        boolean saved = Refusals.attempt(this, () -> {
            if (draft.id() == null) {
                id[0] = projects.create(draft);
            } else {
                projects.update(draft);
            }
        }, this::show);
        if (saved) {
            Notifications.success(getTranslation("action.saved"));
            UI.getCurrent().navigate("projects/" + id[0]);
        }
    }

    private void show(String text) {
        refusal.setText(text);
        refusal.setVisible(true);
        refusal.scrollIntoView();
    }

    private void back() {
        UI.getCurrent().navigate(original.id() == null ? "projects" : "projects/" + original.id());
    }

    private static <T> Long id(T value, Function<T, Long> id) {
        return Lookups.idOf(value, id);
    }

    private static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
        return Lookups.byId(items, id);
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " | " + getTranslation("app.title");
    }
}
