package org.zhaoshang.crm.supervision.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.zhaoshang.crm.base.ui.ChineseDatePickerI18n;
import org.zhaoshang.crm.base.ui.Labels;
import org.zhaoshang.crm.base.ui.Notifications;
import org.zhaoshang.crm.base.ui.Refusals;
import org.zhaoshang.crm.org.ReferenceDataService;
import org.zhaoshang.crm.org.Role;
import org.zhaoshang.crm.org.UnitSummary;
import org.zhaoshang.crm.org.UserAccountService;
import org.zhaoshang.crm.org.UserRef;
import org.zhaoshang.crm.project.ProjectFilter;
import org.zhaoshang.crm.project.ProjectService;
import org.zhaoshang.crm.project.ProjectSummary;
import org.zhaoshang.crm.supervision.MeetingDraft;
import org.zhaoshang.crm.supervision.MeetingKind;
import org.zhaoshang.crm.supervision.MeetingService;
import org.zhaoshang.crm.supervision.SupervisionService;

/** 记录会议: the meeting, the projects discussed, the minutes, and the decisions that become supervised items. */
@Route("meetings/new")
@RolesAllowed({Role.Names.LEADER, Role.Names.ADMIN, Role.Names.UNIT_LEAD})
class MeetingFormView extends Main implements HasDynamicTitle {

    private final MeetingService meetings;
    private final Select<MeetingKind> kind = new Select<>();
    private final TextField title = new TextField(getTranslation("meeting.field.title"));
    private final DatePicker heldOn = new DatePicker(getTranslation("meeting.field.heldOn"));
    private final TextField place = new TextField(getTranslation("meeting.field.place"));
    private final TextField chair = new TextField(getTranslation("meeting.field.chair"));
    private final TextField attendees = new TextField(getTranslation("meeting.field.attendees"));
    private final MultiSelectComboBox<UnitSummary> units = new MultiSelectComboBox<>(getTranslation("meeting.field.units"));
    private final MultiSelectComboBox<ProjectSummary> projectsField = new MultiSelectComboBox<>(getTranslation("meeting.field.projects"));
    private final TextArea minutes = new TextArea(getTranslation("meeting.field.minutes"));
    private final Div decisions = new Div();
    private final Div refusal = new Div();
    private final List<DecisionForm> rows = new ArrayList<>();
    private final SupervisionService supervision;
    private final List<UnitSummary> unitList;
    private final List<UserRef> leaders;
    private final List<ProjectSummary> projectList;

    MeetingFormView(MeetingService meetings, SupervisionService supervision, ReferenceDataService referenceData,
            ProjectService projects, UserAccountService users) {
        this.meetings = meetings;
        this.supervision = supervision;
        addClassName("project-form");
        unitList = referenceData.units();
        leaders = users.pickList(Role.LEADER);
        projectList = projects.list(ProjectFilter.none(), 0, 500, List.of());
        kind.setLabel(getTranslation("meeting.field.kind"));
        kind.setItems(MeetingKind.values());
        kind.setItemLabelGenerator(k -> Labels.of(this, k));
        kind.setValue(MeetingKind.PROGRESS);
        heldOn.setI18n(ChineseDatePickerI18n.create());
        heldOn.setValue(LocalDate.now(ZoneId.of("Asia/Shanghai")));
        units.setItems(unitList);
        units.setItemLabelGenerator(UnitSummary::name);
        projectsField.setItems(projectList);
        projectsField.setItemLabelGenerator(ProjectSummary::name);
        refusal.addClassName("dialog-refusal");
        refusal.setVisible(false);
        FormLayout form = new FormLayout(kind, title, heldOn, place, chair, attendees, units, projectsField, minutes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
        form.setColspan(title, 2);
        form.setColspan(projectsField, 2);
        form.setColspan(minutes, 2);
        Button addDecision = new Button(getTranslation("meeting.decision.add"), VaadinIcon.PLUS.create(), e -> addDecision());
        addDecision.addThemeVariants(ButtonVariant.LUMO_SMALL);
        addDecision.addClassName("add-decision");
        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("save-meeting");
        Div buttons = new Div(new Button(getTranslation("action.cancel"), e -> UI.getCurrent().navigate("meetings")), save);
        buttons.addClassName("form-buttons");
        add(new H2(getTranslation("meeting.new")), refusal, form, new H4(getTranslation("meeting.decisions")), decisions, addDecision, buttons);
    }

    private void addDecision() {
        DecisionForm row = new DecisionForm(this, projectList.stream().map(p -> new DecisionForm.ProjectChoice(p.id(), p.name())).toList(),
                supervision.categories(), unitList, leaders);
        rows.add(row);
        decisions.add(row);
    }

    private void save() {
        List<MeetingDraft.DecisionDraft> decided = rows.stream().map(DecisionForm::draft).toList();
        MeetingDraft draft = new MeetingDraft(kind.getValue(), title.getValue(), heldOn.getValue(), place.getValue(), chair.getValue(),
                attendees.getValue(), units.getValue().stream().map(UnitSummary::id).collect(Collectors.toSet()),
                projectsField.getValue().stream().map(ProjectSummary::id).collect(Collectors.toSet()), minutes.getValue(), decided);
        if (Refusals.attempt(this, () -> meetings.record(draft), text -> {
            refusal.setText(text);
            refusal.setVisible(true);
        })) {
            Notifications.success(getTranslation("action.saved"));
            UI.getCurrent().navigate("meetings");
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("meeting.new") + " | " + getTranslation("app.title");
    }
}
