package org.zhaoshang.crm.trip.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.zhaoshang.crm.base.ChineseDates;
import org.zhaoshang.crm.base.Money;
import org.zhaoshang.crm.base.ui.ChineseDatePickerI18n;
import org.zhaoshang.crm.base.ui.EditDialog;
import org.zhaoshang.crm.base.ui.FactGrid;
import org.zhaoshang.crm.base.ui.Labels;
import org.zhaoshang.crm.base.ui.Lookups;
import org.zhaoshang.crm.org.ReferenceDataService;
import org.zhaoshang.crm.org.UnitSummary;
import org.zhaoshang.crm.org.UserRef;
import org.zhaoshang.crm.project.ProjectNavigation;
import org.zhaoshang.crm.supervision.ProblemSource;
import org.zhaoshang.crm.supervision.SupervisionNavigation;
import org.zhaoshang.crm.project.ProjectSummary;
import org.zhaoshang.crm.project.Stage;
import org.zhaoshang.crm.security.CurrentUser;
import org.zhaoshang.crm.trip.ActionDraft;
import org.zhaoshang.crm.trip.ActionRow;
import org.zhaoshang.crm.trip.TripDetails;
import org.zhaoshang.crm.trip.TripDraft;
import org.zhaoshang.crm.trip.TripFunnel;
import org.zhaoshang.crm.trip.TripService;
import org.zhaoshang.crm.trip.VisitRow;

/**
 * The trip page: who went where, the day-by-day itinerary with its visits, what the trip turned into (the
 * funnel), the action items, and the 考察报告 as a Word document.
 */
@Route("trips")
@PermitAll
class TripView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final TripService trips;
    private final ReferenceDataService referenceData;
    private final CurrentUser currentUser;
    private TripDetails trip;

    TripView(TripService trips, ReferenceDataService referenceData, CurrentUser currentUser) {
        this.trips = trips;
        this.referenceData = referenceData;
        this.currentUser = currentUser;
        addClassName("trip-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        show(id);
    }

    private void show(Long id) {
        trip = trips.get(id);
        removeAll();
        H2 title = new H2(trip.title());
        title.addClassName("trip-title");
        Span status = new Span(Labels.of(this, trip.status()));
        status.addClassNames("stage-badge", "trip-status-" + trip.status().name().toLowerCase());
        add(title, status, toolbar(), facts(), funnel(), itinerary(), actions());
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    private Component toolbar() {
        Button visit = new Button(getTranslation("trip.visit.new"), VaadinIcon.PLUS.create(),
                e -> UI.getCurrent().navigate("trips/" + trip.id() + "/visit"));
        visit.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        visit.addClassName("new-visit");
        Button edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(), e -> new TripEditor(TripDraft.of(trip),
                trips, referenceData, this::show).openWithDraft());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        DownloadHandler report = event -> {
            event.setFileName(trip.title() + "考察报告.docx");
            event.setContentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            trips.writeReport(trip.id(), event.getOutputStream());
        };
        Anchor docx = new Anchor(report, "");
        docx.add(VaadinIcon.FILE_TEXT_O.create(), new Span(getTranslation("trip.report")));
        docx.addClassNames("export-link", "trip-report");
        Button print = new Button(getTranslation("common.print"), VaadinIcon.PRINT.create(),
                e -> UI.getCurrent().getPage().executeJs("window.print()"));
        print.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        Div bar = new Div(visit, edit, docx, print);
        bar.addClassName("toolbar");
        return bar;
    }

    private Component facts() {
        return new FactGrid()
                .fact("trip.field.dates", dateRange(trip.startDate(), trip.endDate()))
                .fact("trip.field.destinations", String.join("、", trip.cityNames()))
                .fact("trip.field.leader", trip.leadingOfficial())
                .fact("trip.field.organizer", trip.organizerUnitName())
                .fact("trip.field.members", String.join("、", trip.memberNames()))
                .fact("trip.field.units", String.join("、", trip.unitNames()))
                .fact("trip.field.purpose", trip.purpose());
    }

    private Component funnel() {
        TripFunnel funnel = trips.funnel(trip.id());
        Div cards = new Div();
        cards.addClassNames("stat-cards", "trip-funnel");
        cards.add(card(getTranslation("trip.funnel.leads"), funnel.leads(),
                getTranslation("common.wan", Money.format(funnel.leadAmount())), null));
        for (TripFunnel.Step step : funnel.steps()) {
            String days = step.averageDays() == null ? "" : getTranslation("trip.funnel.days", step.averageDays());
            cards.add(card(Labels.of(this, step.stage()), step.count(), getTranslation("common.wan", Money.format(step.amount())), days));
        }
        Div section = new Div(new H3(getTranslation("trip.funnel.title")), cards);
        section.addClassName("funnel-section");
        return section;
    }

    private Component card(String title, int count, String amount, String days) {
        Span t = new Span(title);
        t.addClassName("stat-title");
        Span v = new Span(String.valueOf(count));
        v.addClassName("stat-value");
        Span d = new Span(amount + (days == null || days.isEmpty() ? "" : " · " + days));
        d.addClassName("stat-detail");
        Div card = new Div(t, v, d);
        card.addClassName("stat-card");
        return card;
    }

    private Component itinerary() {
        List<VisitRow> visits = trips.visits(trip.id());
        Map<LocalDate, List<VisitRow>> byDay = visits.stream().collect(Collectors.groupingBy(VisitRow::visitDate));
        Div days = new Div(new H3(getTranslation("trip.itinerary")));
        days.addClassName("itinerary");
        int number = 1;
        for (LocalDate day = trip.startDate(); !day.isAfter(trip.endDate()); day = day.plusDays(1), number++) {
            Div dayBox = new Div();
            dayBox.addClassName("trip-day");
            String ordinal = getLocale().getLanguage().equals("zh") ? ChineseDates.numeral(number) : String.valueOf(number);
            Span head = new Span(getTranslation("trip.day", ordinal, ChineseDates.format(day)));
            head.addClassName("day-head");
            dayBox.add(head);
            List<VisitRow> ofDay = byDay.getOrDefault(day, List.of());
            if (ofDay.isEmpty()) {
                Span none = new Span(getTranslation("trip.day.none"));
                none.addClassName("day-none");
                dayBox.add(none);
            }
            ofDay.forEach(v -> dayBox.add(visitCard(v)));
            days.add(dayBox);
        }
        return days;
    }

    private Component visitCard(VisitRow v) {
        Span company = new Span(v.companyName());
        company.addClassName("visit-company");
        Span kind = new Span(Labels.of(this, v.kind()) + (v.place() == null ? "" : " · " + v.place()));
        kind.addClassName("visit-kind");
        Div card = new Div(company, kind);
        card.addClassName("visit-card");
        if (!v.done()) {
            card.addClassName("planned");
            card.add(new Span(getTranslation("trip.visit.planned")));
        }
        for (String text : new String[] {v.theirPeople(), v.learned(), v.outcome()}) {
            if (text != null && !text.isBlank()) {
                Paragraph p = new Paragraph(text);
                p.addClassName("visit-text");
                card.add(p);
            }
        }
        Div buttons = new Div();
        buttons.addClassName("visit-actions");
        if (v.projectId() != null) {
            Anchor project = new Anchor(ProjectNavigation.projectUrl(v.projectId()), v.projectName() + "（" + Labels.of(this, v.projectStage()) + "）");
            project.addClassName("visit-project");
            // What the company told us it needs (land, utilities, policy …) goes to supervision, source 外出招商.
            String said = java.util.stream.Stream.of(v.learned(), v.outcome()).filter(t -> t != null && !t.isBlank())
                    .collect(java.util.stream.Collectors.joining("\n"));
            Anchor raise = new Anchor(SupervisionNavigation.raiseUrl(v.projectId(), ProblemSource.TRIP, said),
                    getTranslation("trip.visit.raiseProblem"));
            raise.addClassName("visit-raise-problem");
            buttons.add(project, raise);
        } else {
            Button create = small(getTranslation("trip.visit.createProject"), e -> new CreateProjectDialog(v).open());
            create.addClassName("create-project");
            buttons.add(create, small(getTranslation("trip.visit.linkProject"), e -> linkDialog(v)));
        }
        buttons.add(small(getTranslation("action.edit"), e -> UI.getCurrent().navigate("trips/" + trip.id() + "/visit/" + v.id())));
        card.add(buttons);
        return card;
    }

    private Button small(String text, com.vaadin.flow.component.ComponentEventListener<com.vaadin.flow.component.ClickEvent<Button>> click) {
        Button button = new Button(text, click);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void linkDialog(VisitRow v) {
        List<ProjectSummary> candidates = trips.projectsOf(v.companyId());
        LinkDialog dialog = new LinkDialog(v, candidates);
        dialog.openWithDraft();
    }

    private Component actions() {
        Grid<ActionRow> grid = new Grid<>(ActionRow.class, false);
        grid.addClassName("dense");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addColumn(ActionRow::description).setHeader(getTranslation("trip.action.description")).setFlexGrow(3);
        grid.addColumn(ActionRow::responsibleUnitName).setHeader(getTranslation("trip.action.unit")).setAutoWidth(true);
        grid.addComponentColumn(a -> {
            Span due = new Span(ChineseDates.format(a.dueDate()));
            if (a.overdue()) {
                due.addClassName("late");
            }
            return due;
        }).setHeader(getTranslation("trip.action.due")).setAutoWidth(true);
        grid.addColumn(a -> getTranslation(a.done() ? "trip.action.done" : "trip.action.open")).setHeader(getTranslation("trip.action.status"))
                .setAutoWidth(true);
        grid.addItemDoubleClickListener(e -> new ActionEditor(new ActionDraft(e.getItem().id(), e.getItem().version(), trip.id(),
                e.getItem().visitId(), e.getItem().description(), e.getItem().responsibleUnitId(), e.getItem().dueDate(),
                e.getItem().done())).openWithDraft());
        grid.setItems(trips.actions(trip.id()));
        grid.setAllRowsVisible(true);
        Button add = new Button(getTranslation("trip.action.new"), VaadinIcon.PLUS.create(), e -> new ActionEditor(
                new ActionDraft(null, 0, trip.id(), null, "", null, trip.endDate().plusDays(30), false)).openWithDraft());
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Div section = new Div(new H3(getTranslation("trip.actions")), add, grid);
        section.addClassName("trip-actions");
        return section;
    }

    static String dateRange(LocalDate start, LocalDate end) {
        return ChineseDates.range(start, end);
    }

    @Override
    public String getPageTitle() {
        return (trip == null ? getTranslation("trip.list.title") : trip.title()) + " | " + getTranslation("app.title");
    }

    /** 创建线索: a project from this visit, source and trip set, owned by the chosen person. */
    private final class CreateProjectDialog extends EditDialog<VisitRow> {
        private final TextField name = new TextField(getTranslation("project.field.name"));
        private final Select<Stage> stage = new Select<>();
        private final ComboBox<UserRef> owner = new ComboBox<>(getTranslation("project.field.owner"));

        CreateProjectDialog(VisitRow visit) {
            super(TripView.this.getTranslation("trip.visit.createProject"), visit, v -> { }, () -> { });
            name.setValue(visit.companyName().replaceAll("(股份)?有限(责任)?公司$", "") + "项目");
            stage.setLabel(getTranslation("project.field.initialStage"));
            stage.setItems(Stage.LEAD, Stage.CONTACT);
            stage.setItemLabelGenerator(s -> Labels.of(this, s));
            stage.setValue(Stage.LEAD);
            Map<Long, UserRef> people = Lookups.byId(trips.people(), UserRef::id);
            owner.setItems(people.values());
            owner.setItemLabelGenerator(UserRef::label);
            owner.setValue(people.get(currentUser.require().userId()));
            binder.forField(name).asRequired(getTranslation("validation.required", getTranslation("project.field.name")))
                    .bind(v -> name.getValue(), (v, x) -> { });
            binder.forField(owner).asRequired(getTranslation("validation.required", getTranslation("project.field.owner")))
                    .bind(v -> owner.getValue(), (v, x) -> { });
            form.add(name, stage, owner);
            form.setColspan(name, 2);
        }

        @Override
        protected VisitRow collect() {
            return original;
        }

        @Override
        protected void save(VisitRow visit) {
            trips.createProject(visit.id(), name.getValue(), stage.getValue(), owner.getValue().id());
        }

        @Override
        protected void completeSave() {
            super.completeSave();
            show(trip.id());
        }
    }

    /** 关联已有项目: one of the visited company's projects. */
    private final class LinkDialog extends EditDialog<VisitRow> {
        private final ComboBox<ProjectSummary> project = new ComboBox<>(getTranslation("trip.visit.project"));

        LinkDialog(VisitRow visit, List<ProjectSummary> candidates) {
            super(TripView.this.getTranslation("trip.visit.linkProject"), visit, v -> { }, () -> show(trip.id()));
            project.setItems(candidates);
            project.setItemLabelGenerator(p -> p.name() + "（" + Labels.of(this, p.stage()) + "）");
            project.setWidthFull();
            binder.forField(project).asRequired(getTranslation("validation.required", getTranslation("trip.visit.project")))
                    .bind(v -> null, (v, x) -> { });
            form.add(project);
            if (candidates.isEmpty()) {
                form.add(new Paragraph(getTranslation("trip.visit.noProjects")));
            }
        }

        @Override
        protected VisitRow collect() {
            return original;
        }

        @Override
        protected void save(VisitRow visit) {
            trips.linkProject(visit.id(), project.getValue().id());
        }
    }

    /** An action item with its responsible unit and due date. */
    private final class ActionEditor extends EditDialog<ActionDraft> {
        private final TextArea description = new TextArea(getTranslation("trip.action.description"));
        private final ComboBox<UnitSummary> unit = new ComboBox<>(getTranslation("trip.action.unit"));
        private final DatePicker due = new DatePicker(getTranslation("trip.action.due"));
        private final Checkbox done = new Checkbox(getTranslation("trip.action.done"));

        ActionEditor(ActionDraft draft) {
            super(TripView.this.getTranslation("trip.actions"), draft, trips::saveAction, () -> show(trip.id()));
            Map<Long, UnitSummary> units = Lookups.byId(referenceData.units(), UnitSummary::id);
            unit.setItems(units.values());
            unit.setItemLabelGenerator(UnitSummary::name);
            due.setI18n(ChineseDatePickerI18n.create());
            bind(description, ActionDraft::description, "trip.action.description");
            bind(unit, d -> d.responsibleUnitId() == null ? null : units.get(d.responsibleUnitId()), "trip.action.unit");
            bind(due, ActionDraft::dueDate, "trip.action.due");
            bind(done, ActionDraft::done, null);
            form.add(description, unit, due, done);
            form.setColspan(description, 2);
        }

        @Override
        protected ActionDraft collect() {
            return new ActionDraft(original.id(), original.version(), original.tripId(), original.visitId(),
                    description.getValue(), unit.getValue() == null ? null : unit.getValue().id(), due.getValue(), done.getValue());
        }
    }
}
