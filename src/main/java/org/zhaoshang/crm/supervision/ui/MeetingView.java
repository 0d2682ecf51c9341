package org.zhaoshang.crm.supervision.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.zhaoshang.crm.base.ChineseDates;
import org.zhaoshang.crm.base.ui.FactGrid;
import org.zhaoshang.crm.base.ui.Labels;
import org.zhaoshang.crm.base.ui.Notifications;
import org.zhaoshang.crm.base.ui.Refusals;
import org.zhaoshang.crm.org.ReferenceDataService;
import org.zhaoshang.crm.org.Role;
import org.zhaoshang.crm.org.UserAccountService;
import org.zhaoshang.crm.project.ProjectNavigation;
import org.zhaoshang.crm.supervision.MeetingDetails;
import org.zhaoshang.crm.supervision.MeetingService;
import org.zhaoshang.crm.supervision.SupervisionNavigation;
import org.zhaoshang.crm.supervision.SupervisionService;

/**
 * One meeting: facts, the projects discussed (for a 项目服务日 prepared on Thursday, the agenda grouped by leader in
 * charge), the minutes, and the decisions with their state. Leaders and unit leads write the minutes afterwards
 * and add decisions, each of which becomes a supervised item at once.
 */
@Route("meetings")
@PermitAll
class MeetingView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final MeetingService meetings;
    private final SupervisionService supervision;
    private final ReferenceDataService referenceData;
    private final UserAccountService users;
    private final boolean mayEdit;
    private MeetingDetails meeting;

    MeetingView(MeetingService meetings, SupervisionService supervision, ReferenceDataService referenceData,
            UserAccountService users, AuthenticationContext authentication) {
        this.meetings = meetings;
        this.supervision = supervision;
        this.referenceData = referenceData;
        this.users = users;
        this.mayEdit = authentication.hasAnyRole(Role.Names.LEADER, Role.Names.ADMIN, Role.Names.UNIT_LEAD);
        addClassNames("meeting-view", "problem-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        show(id);
    }

    private void show(Long id) {
        meeting = meetings.details(id);
        removeAll();
        H2 title = new H2(meeting.title());
        Span kind = new Span(Labels.of(this, meeting.kind()));
        kind.addClassName("stage-badge");
        FactGrid facts = new FactGrid()
                .fact("meeting.field.heldOn", ChineseDates.format(meeting.heldOn()))
                .fact("meeting.field.place", meeting.place())
                .fact("meeting.field.chair", meeting.chair())
                .fact("meeting.field.attendees", meeting.attendees())
                .fact("meeting.field.units", String.join("、", meeting.units()));
        Div toolbar = new Div();
        toolbar.addClassName("toolbar");
        DownloadHandler docx = event -> {
            event.setFileName(meeting.title() + "会议纪要.docx");
            event.setContentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
            meetings.writeMinutes(meeting.id(), event.getOutputStream());
        };
        Anchor download = new Anchor(docx, getTranslation("meeting.minutes"));
        download.addClassName("meeting-minutes");
        if (mayEdit) {
            toolbar.add(button("meeting.editMinutes", false, this::editMinutes), button("meeting.decision.add", true, this::addDecision));
        }
        toolbar.add(download);
        add(title, kind, facts, toolbar);
        if (meeting.prepared()) {
            Span note = new Span(getTranslation("meeting.preparedNote"));
            note.addClassName("hint");
            add(note);
        }
        add(new H3(getTranslation("meeting.field.projects") + "（" + meeting.projects().size() + "）"), projects());
        Pre minutes = new Pre(meeting.minutes() == null ? "" : meeting.minutes());
        minutes.addClassName("meeting-minutes-text");
        add(new H3(getTranslation("meeting.field.minutes")), minutes);
        add(new H3(getTranslation("meeting.field.decisions") + "（" + meeting.decisions().size() + "）"), decisions());
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    private Grid<MeetingDetails.ProjectLine> projects() {
        Grid<MeetingDetails.ProjectLine> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassNames("dense", "meeting-projects");
        grid.addComponentColumn(p -> new Anchor(ProjectNavigation.projectUrl(p.projectId()), p.name()))
                .setHeader(getTranslation("problem.field.project")).setFlexGrow(3).setComparator(MeetingDetails.ProjectLine::name);
        grid.addColumn(MeetingDetails.ProjectLine::stage).setHeader(getTranslation("project.field.stage")).setWidth("90px").setFlexGrow(0)
                .setSortable(true);
        grid.addColumn(p -> p.leaderInCharge() == null ? "" : p.leaderInCharge()).setHeader(getTranslation("project.field.leader"))
                .setWidth("130px").setFlexGrow(0).setSortable(true);
        grid.setItems(meeting.projects());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private Grid<MeetingDetails.DecisionLine> decisions() {
        Grid<MeetingDetails.DecisionLine> grid = new Grid<>();
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS,
                GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassNames("dense", "meeting-decisions");
        grid.addComponentColumn(d -> new Anchor(SupervisionNavigation.problemUrl(d.problemId()), d.title()))
                .setHeader(getTranslation("meeting.decision.item")).setFlexGrow(3).setComparator(MeetingDetails.DecisionLine::title);
        grid.addColumn(MeetingDetails.DecisionLine::projectName).setHeader(getTranslation("problem.field.project")).setFlexGrow(2)
                .setSortable(true);
        grid.addColumn(MeetingDetails.DecisionLine::leadUnit).setHeader(getTranslation("problem.field.leadUnit")).setWidth("130px")
                .setFlexGrow(0).setSortable(true);
        grid.addColumn(d -> ChineseDates.format(d.deadline())).setHeader(getTranslation("problem.field.deadline")).setWidth("130px")
                .setFlexGrow(0).setComparator(MeetingDetails.DecisionLine::deadline);
        grid.addColumn(d -> Labels.of(this, d.status())).setHeader(getTranslation("problem.field.status")).setWidth("90px").setFlexGrow(0)
                .setSortable(true);
        grid.setItems(meeting.decisions());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void editMinutes() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("meeting.editMinutes"));
        TextArea text = new TextArea(getTranslation("meeting.field.minutes"));
        text.setWidth("min(720px, 86vw)");
        text.setMinHeight("320px");
        text.setValue(meeting.minutes() == null ? "" : meeting.minutes());
        text.addClassName("minutes-editor");
        long version = meeting.version();
        confirmIn(dialog, text, () -> meetings.updateMinutes(meeting.id(), version, text.getValue()));
    }

    private void addDecision() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("meeting.decision.add"));
        List<DecisionForm.ProjectChoice> choices = meeting.projects().stream()
                .map(p -> new DecisionForm.ProjectChoice(p.projectId(), p.name())).toList();
        DecisionForm form = new DecisionForm(this, choices, supervision.categories(), referenceData.units(),
                users.pickList(Role.LEADER));
        form.setWidth("min(720px, 86vw)");
        confirmIn(dialog, form, () -> meetings.addDecision(meeting.id(), form.draft()));
    }

    /** Opens the dialog with a refusal line, the content, and 取消/确定; 确定 runs the action and refreshes the page. */
    private void confirmIn(Dialog dialog, com.vaadin.flow.component.Component content, Runnable action) {
        Div refusal = new Div();
        refusal.addClassName("dialog-refusal");
        refusal.setVisible(false);
        dialog.add(refusal, content);
        Button ok = new Button(getTranslation("common.confirm"), e -> {
            if (Refusals.attempt(this, action, message -> {
                refusal.setText(message);
                refusal.setVisible(true);
            })) {
                dialog.close();
                Notifications.success(getTranslation("action.saved"));
                show(meeting.id());
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClassName("confirm-dialog-action");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    private Button button(String key, boolean primary, Runnable action) {
        Button button = new Button(getTranslation(key), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, primary ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
        button.addClassName("meeting-" + key.substring(key.lastIndexOf('.') + 1));
        return button;
    }

    @Override
    public String getPageTitle() {
        return (meeting == null ? getTranslation("nav.meetings") : meeting.title()) + " | " + getTranslation("app.title");
    }
}
