package org.zhaoshang.crm.trip.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.PermitAll;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Properties;
import org.zhaoshang.crm.base.ui.ChineseDatePickerI18n;
import org.zhaoshang.crm.base.ui.Labels;
import org.zhaoshang.crm.base.ui.Notifications;
import org.zhaoshang.crm.base.ui.Refusals;
import org.zhaoshang.crm.company.CompanyRef;
import org.zhaoshang.crm.company.CompanyService;
import org.zhaoshang.crm.company.SimilarCompaniesException;
import org.zhaoshang.crm.trip.TripDetails;
import org.zhaoshang.crm.trip.TripService;
import org.zhaoshang.crm.trip.VisitDraft;
import org.zhaoshang.crm.trip.VisitKind;
import org.zhaoshang.crm.trip.VisitRow;

/**
 * 记录走访: one screen that works on a phone. Every change is kept on the server as a draft, so a dropped
 * connection or a reload loses nothing; the draft is removed when the visit is saved. The company is picked
 * from the library or typed as a new one (with the duplicate check).
 */
@Route("trips/:tripId/visit")
@RouteAlias("trips/:tripId/visit/:visitId")
@PermitAll
class VisitFormView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final TripService trips;
    private final CompanyService companies;
    private final H2 title = new H2();
    private final Div refusal = new Div();
    private final DatePicker date = new DatePicker(getTranslation("trip.visit.date"));
    private final ComboBox<CompanyRef> company = new ComboBox<>(getTranslation("trip.visit.company"));
    private final RadioButtonGroup<VisitKind> kind = new RadioButtonGroup<>(getTranslation("trip.visit.kind"));
    private final TextField place = new TextField(getTranslation("trip.visit.place"));
    private final TextField theirPeople = new TextField(getTranslation("trip.visit.theirPeople"));
    private final TextField ourParticipants = new TextField(getTranslation("trip.visit.ourParticipants"));
    private final TextArea learned = new TextArea(getTranslation("trip.visit.learned"));
    private final TextArea outcome = new TextArea(getTranslation("trip.visit.outcome"));
    private final Checkbox done = new Checkbox(getTranslation("trip.visit.done"));
    private TripDetails trip;
    private VisitRow editing;
    private String newCompanyName = "";
    private boolean restoring;

    VisitFormView(TripService trips, CompanyService companies) {
        this.trips = trips;
        this.companies = companies;
        addClassName("visit-form");
        refusal.addClassName("dialog-refusal");
        refusal.setVisible(false);
        date.setI18n(ChineseDatePickerI18n.create());
        company.setItems(query -> companies.search(query.getFilter().orElse(""), query.getOffset() + query.getLimit()).stream()
                .skip(query.getOffset()));
        company.setItemLabelGenerator(CompanyRef::label);
        company.setAllowCustomValue(true);
        company.setHelperText(getTranslation("trip.visit.companyHelp"));
        company.addCustomValueSetListener(e -> {
            newCompanyName = e.getDetail();
            company.setHelperText(getTranslation("trip.visit.newCompany", newCompanyName));
            keepDraft();
        });
        company.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                newCompanyName = "";
                company.setHelperText(getTranslation("trip.visit.companyHelp"));
            }
        });
        kind.setItems(VisitKind.values());
        kind.setItemLabelGenerator(k -> Labels.of(this, k));
        for (var field : new com.vaadin.flow.data.value.HasValueChangeMode[] {place, theirPeople, ourParticipants, learned, outcome}) {
            field.setValueChangeMode(ValueChangeMode.LAZY);
        }
        date.addValueChangeListener(e -> keepDraft());
        company.addValueChangeListener(e -> keepDraft());
        kind.addValueChangeListener(e -> keepDraft());
        place.addValueChangeListener(e -> keepDraft());
        theirPeople.addValueChangeListener(e -> keepDraft());
        ourParticipants.addValueChangeListener(e -> keepDraft());
        learned.addValueChangeListener(e -> keepDraft());
        outcome.addValueChangeListener(e -> keepDraft());
        done.addValueChangeListener(e -> keepDraft());

        FormLayout form = new FormLayout(date, kind, company, place, theirPeople, ourParticipants, learned, outcome, done);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
        form.setColspan(company, 2);
        form.setColspan(learned, 2);
        form.setColspan(outcome, 2);
        Button save = new Button(getTranslation("action.save"), e -> save(false));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-visit");
        Button cancel = new Button(getTranslation("action.cancel"), e -> back());
        Div buttons = new Div(cancel, save);
        buttons.addClassName("form-buttons");
        add(title, refusal, form, buttons);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long tripId = event.getRouteParameters().getLong("tripId").orElseThrow();
        trip = trips.get(tripId);
        Long visitId = event.getRouteParameters().getLong("visitId").orElse(null);
        editing = visitId == null ? null : trips.visits(tripId).stream().filter(v -> v.id().equals(visitId)).findFirst()
                .orElseThrow(() -> new org.zhaoshang.crm.base.NotFoundException("visit", visitId));
        title.setText(trip.title() + " · " + getTranslation(editing == null ? "trip.visit.new" : "trip.visit.edit"));
        restoring = true;
        try {
            read(editing == null ? VisitDraft.planned(tripId, defaultDate()) : editing.toDraft(),
                    editing == null ? null : new CompanyRef(editing.companyId(), editing.companyName(), null));
            trips.draft(tripId, visitKey()).ifPresent(this::restore);
        } finally {
            restoring = false;
        }
    }

    private LocalDate defaultDate() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        return today.isBefore(trip.startDate()) || today.isAfter(trip.endDate()) ? trip.startDate() : today;
    }

    private long visitKey() {
        return editing == null ? 0 : editing.id();
    }

    private void read(VisitDraft d, CompanyRef ref) {
        date.setValue(d.visitDate());
        company.setValue(ref);
        kind.setValue(d.kind());
        place.setValue(nz(d.place()));
        theirPeople.setValue(nz(d.theirPeople()));
        ourParticipants.setValue(nz(d.ourParticipants()));
        learned.setValue(nz(d.learned()));
        outcome.setValue(nz(d.outcome()));
        done.setValue(editing == null || d.done());
    }

    /** Every change goes to the server at once; nothing typed on a trip is lost to a bad connection. */
    private void keepDraft() {
        if (restoring || trip == null) {
            return;
        }
        Properties p = new Properties();
        put(p, "date", date.getValue() == null ? "" : date.getValue().toString());
        put(p, "companyId", company.getValue() == null ? "" : company.getValue().id().toString());
        put(p, "companyName", company.getValue() == null ? "" : company.getValue().label());
        put(p, "newCompany", newCompanyName);
        put(p, "kind", kind.getValue() == null ? "" : kind.getValue().name());
        put(p, "place", place.getValue());
        put(p, "theirPeople", theirPeople.getValue());
        put(p, "ourParticipants", ourParticipants.getValue());
        put(p, "learned", learned.getValue());
        put(p, "outcome", outcome.getValue());
        put(p, "done", String.valueOf(done.getValue()));
        StringWriter out = new StringWriter();
        try {
            p.store(out, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        trips.keepDraft(trip.id(), visitKey(), out.toString());
    }

    private void restore(String stored) {
        Properties p = new Properties();
        try {
            p.load(new StringReader(stored));
        } catch (IOException e) {
            return;
        }
        if (!p.getProperty("date", "").isEmpty()) {
            date.setValue(LocalDate.parse(p.getProperty("date")));
        }
        if (!p.getProperty("companyId", "").isEmpty()) {
            company.setValue(new CompanyRef(Long.valueOf(p.getProperty("companyId")), p.getProperty("companyName"), null));
        }
        newCompanyName = p.getProperty("newCompany", "");
        if (!newCompanyName.isEmpty()) {
            company.setHelperText(getTranslation("trip.visit.newCompany", newCompanyName));
        }
        if (!p.getProperty("kind", "").isEmpty()) {
            kind.setValue(VisitKind.valueOf(p.getProperty("kind")));
        }
        place.setValue(p.getProperty("place", ""));
        theirPeople.setValue(p.getProperty("theirPeople", ""));
        ourParticipants.setValue(p.getProperty("ourParticipants", ""));
        learned.setValue(p.getProperty("learned", ""));
        outcome.setValue(p.getProperty("outcome", ""));
        done.setValue(Boolean.parseBoolean(p.getProperty("done", "true")));
        Notifications.success(getTranslation("trip.visit.restored"));
    }

    private void save(boolean similarConfirmed) {
        VisitDraft draft = new VisitDraft(editing == null ? null : editing.id(), editing == null ? 0 : editing.version(),
                trip.id(), date.getValue(), 0, company.getValue() == null ? null : company.getValue().id(), newCompanyName,
                similarConfirmed, kind.getValue(), place.getValue(), ourParticipants.getValue(), theirPeople.getValue(),
                learned.getValue(), outcome.getValue(), done.getValue());
        try {
            trips.saveVisit(draft);
            Notifications.success(getTranslation("action.saved"));
            back();
        } catch (RuntimeException refused) {
            if (!(refused instanceof SimilarCompaniesException similar)) {
                Refusals.attempt(this, () -> {
                    throw refused;
                }, this::show);
                return;
            }
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("company.warning.title"),
                    getTranslation("trip.visit.similar", similar.similar().stream().map(CompanyRef::label)
                            .reduce((a, b) -> a + "、" + b).orElse("")),
                    getTranslation("company.warning.saveAnyway"), e -> save(true), getTranslation("trip.visit.pickExisting"),
                    e -> company.setItems(query -> similar.similar().stream().skip(query.getOffset()).limit(query.getLimit())));
            confirm.setCancelable(true);
            confirm.addClassName("similar-confirm");
            confirm.open();
        }
    }

    private void show(String text) {
        refusal.setText(text);
        refusal.setVisible(true);
    }

    private void back() {
        UI.getCurrent().navigate("trips/" + trip.id());
    }

    private static void put(Properties p, String key, String value) {
        p.setProperty(key, value == null ? "" : value);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    @Override
    public String getPageTitle() {
        return title.getText() + " | " + getTranslation("app.title");
    }
}
