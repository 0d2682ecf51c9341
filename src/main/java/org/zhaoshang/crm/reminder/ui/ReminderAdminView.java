package org.zhaoshang.crm.reminder.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.zhaoshang.crm.base.ui.EditDialog;
import org.zhaoshang.crm.base.ui.Labels;
import org.zhaoshang.crm.base.ui.Notifications;
import org.zhaoshang.crm.base.ui.Refusals;
import org.zhaoshang.crm.org.Role;
import org.zhaoshang.crm.project.ProjectService;
import org.zhaoshang.crm.project.Stage;
import org.zhaoshang.crm.reminder.JobAdminService;
import org.zhaoshang.crm.reminder.JobInfo;
import org.zhaoshang.crm.reminder.OutboxRow;
import org.zhaoshang.crm.reminder.OutboxStatus;

/** 提醒与任务 (ADMIN): the scheduled jobs, the outbox of messages, and the per-stage stale rules. */
@Route("admin/reminders")
@Menu(title = "nav.reminderAdmin", order = 92, icon = "vaadin:clock")
@RolesAllowed(Role.Names.ADMIN)
class ReminderAdminView extends Main implements HasDynamicTitle {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    private final JobAdminService jobs;
    private final ProjectService projects;
    private final Grid<JobInfo> jobGrid = new Grid<>(JobInfo.class, false);
    private final Grid<OutboxRow> outboxGrid = new Grid<>(OutboxRow.class, false);
    private final Select<OutboxStatus> status = new Select<>();

    ReminderAdminView(JobAdminService jobs, ProjectService projects) {
        this.jobs = jobs;
        this.projects = projects;
        addClassName("admin-view");
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("reminder.tab.jobs"), jobsPanel());
        tabs.add(getTranslation("reminder.tab.outbox"), outboxPanel());
        tabs.add(getTranslation("reminder.tab.stale"), stalePanel());
        add(tabs);
    }

    private Component jobsPanel() {
        jobGrid.addClassName("dense");
        jobGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        jobGrid.addColumn(JobInfo::description).setHeader(getTranslation("reminder.job.description")).setFlexGrow(2);
        jobGrid.addColumn(j -> j.cron() ? j.schedule() : getTranslation("reminder.job.everySeconds", j.schedule()))
                .setHeader(getTranslation("reminder.job.schedule")).setAutoWidth(true);
        jobGrid.addColumn(j -> getTranslation("reminder.state." + j.state())).setHeader(getTranslation("reminder.job.state")).setAutoWidth(true);
        jobGrid.addColumn(j -> when(j.nextFire())).setHeader(getTranslation("reminder.job.next")).setAutoWidth(true);
        jobGrid.addColumn(j -> when(j.lastRunStarted())).setHeader(getTranslation("reminder.job.last")).setAutoWidth(true);
        jobGrid.addColumn(j -> j.lastResult() == null ? "" : j.lastResult() + (j.lastMessage() == null ? "" : "：" + j.lastMessage()))
                .setHeader(getTranslation("reminder.job.result")).setFlexGrow(2);
        jobGrid.addComponentColumn(this::jobActions).setHeader("").setAutoWidth(true);
        jobGrid.setAllRowsVisible(true);
        refreshJobs();
        Paragraph help = new Paragraph(getTranslation("reminder.job.help"));
        help.addClassName("help-text");
        return new Div(jobGrid, help);
    }

    private Component jobActions(JobInfo job) {
        Div actions = new Div();
        if (job.cron()) {
            actions.add(small(getTranslation("reminder.job.reschedule"), () -> new CronDialog(job).openWithDraft()));
        }
        actions.add(small(getTranslation(job.state().equals("PAUSED") ? "reminder.job.resume" : "reminder.job.pause"), () -> {
            if (job.state().equals("PAUSED")) {
                jobs.resume(job.name());
            } else {
                jobs.pause(job.name());
            }
            refreshJobs();
        }));
        actions.add(small(getTranslation("reminder.job.runNow"), () -> {
            jobs.runNow(job.name());
            Notifications.success(getTranslation("reminder.job.started"));
        }));
        return actions;
    }

    private Button small(String text, Runnable action) {
        Button button = new Button(text, e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void refreshJobs() {
        jobGrid.setItems(jobs.jobs());
    }

    private Component outboxPanel() {
        status.setLabel(getTranslation("reminder.outbox.status"));
        status.setItems(OutboxStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("common.all") : Labels.of(this, s));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("common.all"));
        status.addValueChangeListener(e -> refreshOutbox());
        outboxGrid.addClassName("dense");
        outboxGrid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        outboxGrid.addColumn(o -> when(o.createdAt())).setHeader(getTranslation("reminder.outbox.created")).setAutoWidth(true);
        outboxGrid.addColumn(o -> Labels.of(this, o.kind())).setHeader(getTranslation("reminder.outbox.kind")).setAutoWidth(true);
        outboxGrid.addColumn(OutboxRow::recipient).setHeader(getTranslation("reminder.outbox.recipient")).setAutoWidth(true);
        outboxGrid.addColumn(OutboxRow::subject).setHeader(getTranslation("reminder.outbox.subject")).setFlexGrow(3);
        outboxGrid.addColumn(o -> Labels.of(this, o.status())).setHeader(getTranslation("reminder.outbox.status")).setAutoWidth(true);
        outboxGrid.addColumn(OutboxRow::attempts).setHeader(getTranslation("reminder.outbox.attempts")).setAutoWidth(true);
        outboxGrid.addColumn(o -> o.lastError() == null ? "" : o.lastError()).setHeader(getTranslation("reminder.outbox.error")).setFlexGrow(2);
        outboxGrid.addComponentColumn(o -> o.status() == OutboxStatus.QUEUED ? new Span()
                : (Component) small(getTranslation("reminder.outbox.resend"), () -> {
                    jobs.resend(o.id());
                    refreshOutbox();
                })).setAutoWidth(true);
        outboxGrid.setHeight("calc(100vh - 280px)");
        refreshOutbox();
        return new Div(status, outboxGrid);
    }

    private void refreshOutbox() {
        outboxGrid.setItems(jobs.outbox(status.getValue(), 500));
    }

    private Component stalePanel() {
        Div panel = new Div(new Paragraph(getTranslation("reminder.stale.help")));
        Map<Stage, Integer> rules = projects.staleRules();
        for (Stage stage : Stage.PIPELINE) {
            IntegerField days = new IntegerField(Labels.of(this, stage));
            days.setValue(rules.get(stage));
            days.setMin(1);
            days.setMax(3650);
            days.setPlaceholder(getTranslation("reminder.stale.never"));
            days.setSuffixComponent(new Span(getTranslation("reminder.stale.days")));
            days.addValueChangeListener(e -> {
                if (Refusals.attempt(this, () -> projects.saveStaleRule(stage, e.getValue()), Notifications::error)) {
                    Notifications.success(getTranslation("action.saved"));
                }
            });
            panel.add(days);
        }
        panel.addClassName("stale-rules");
        return panel;
    }

    private static String when(Instant instant) {
        return instant == null ? "" : WHEN.format(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reminderAdmin") + " | " + getTranslation("app.title");
    }

    /** Changing a job's time: a cron expression in office time (Asia/Shanghai). */
    private final class CronDialog extends EditDialog<JobInfo> {
        private final TextField cron = new TextField(getTranslation("reminder.job.schedule"));

        CronDialog(JobInfo job) {
            super(job.description(), job, j -> { }, ReminderAdminView.this::refreshJobs);
            cron.setHelperText(getTranslation("reminder.job.cronHelp"));
            cron.setWidthFull();
            binder.forField(cron).asRequired(getTranslation("validation.required", getTranslation("reminder.job.schedule")))
                    .bind(JobInfo::schedule, (j, v) -> { });
            form.add(cron);
        }

        @Override
        protected JobInfo collect() {
            return original;
        }

        @Override
        protected void save(JobInfo job) {
            jobs.reschedule(job.name(), cron.getValue());
        }
    }
}
