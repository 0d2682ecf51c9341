package org.zhaoshang.crm.supervision.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.zhaoshang.crm.base.ChineseDates;
import org.zhaoshang.crm.base.ui.FactGrid;
import org.zhaoshang.crm.base.ui.Labels;
import org.zhaoshang.crm.base.ui.Notifications;
import org.zhaoshang.crm.base.ui.Refusals;
import org.zhaoshang.crm.org.Role;
import org.zhaoshang.crm.project.ProjectNavigation;
import org.zhaoshang.crm.security.CurrentUser;
import org.zhaoshang.crm.supervision.ProblemEventRow;
import org.zhaoshang.crm.supervision.ProblemFileRow;
import org.zhaoshang.crm.supervision.ReportFile;
import org.zhaoshang.crm.supervision.ProblemRow;
import org.zhaoshang.crm.supervision.ProblemStatus;
import org.zhaoshang.crm.supervision.SupervisionService;

/** One supervised item: facts, what happened so far, and the step the user may take now. */
@Route("supervision")
@PermitAll
class ProblemView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final SupervisionService supervision;
    private final CurrentUser currentUser;
    private final AuthenticationContext authentication;
    private ProblemRow problem;

    ProblemView(SupervisionService supervision, CurrentUser currentUser, AuthenticationContext authentication) {
        this.supervision = supervision;
        this.currentUser = currentUser;
        this.authentication = authentication;
        addClassName("problem-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        show(id);
    }

    private void show(Long id) {
        problem = supervision.get(id);
        removeAll();
        H2 title = new H2(problem.title());
        title.addClassName("problem-title");
        Span status = new Span(Labels.of(this, problem.status()));
        status.addClassNames("stage-badge", "problem-status-" + problem.status().name().toLowerCase().replace('_', '-'));
        FactGrid facts = new FactGrid()
                .fact("problem.field.category", problem.category())
                .fact("problem.field.leadUnit", problem.leadUnitName())
                .fact("problem.field.coUnits", String.join("、", problem.coUnits()))
                .fact("problem.field.deadline", ChineseDates.format(problem.deadline())
                        + (problem.overdue() ? getTranslation("problem.overdueBy", problem.overdueWorkingDays()) : ""))
                .fact("problem.field.leader", problem.supervisingLeader())
                .fact("problem.field.raised", ChineseDates.format(problem.raisedOn()) + " · " + problem.raisedBy())
                .fact("problem.field.source", Labels.of(this, problem.source()))
                .fact("problem.field.description", problem.description());
        Anchor project = new Anchor(ProjectNavigation.projectUrl(problem.projectId()), problem.projectName());
        project.addClassName("company-link");
        add(title, status, project, facts, actions());
        if (problem.returnedReason() != null && problem.status() == ProblemStatus.IN_PROGRESS) {
            Span returned = new Span(getTranslation("problem.returned", problem.returnedReason()));
            returned.addClassName("late");
            add(returned);
        }
        Div history = new Div(new H3(getTranslation("problem.history")));
        history.addClassName("timeline");
        for (ProblemEventRow e : supervision.events(problem.id())) {
            Span when = new Span(WHEN.format(e.at()));
            when.addClassName("when");
            Span what = new Span(getTranslation("problemEvent." + e.kind()) + (e.content() == null ? "" : "：" + e.content()));
            what.addClassName("what");
            Span who = new Span(e.authorName());
            who.addClassName("who");
            Div item = new Div(when, what, who);
            item.addClassName("timeline-item");
            Div files = new Div();
            files.addClassName("problem-files");
            for (ProblemFileRow file : e.files()) {
                DownloadHandler download = event -> {
                    event.setFileName(file.fileName());
                    event.setContentType(file.contentType());
                    try (InputStream in = supervision.openFile(file.id())) {
                        in.transferTo(event.getOutputStream());
                    }
                };
                // An icon, not the 📎 emoji: the office's Chromium has no emoji font and showed an empty box.
                Anchor link = new Anchor(download, "");
                link.add(VaadinIcon.PAPERCLIP.create(), new Span(getTranslation("problem.file.link", file.fileName(), size(file.size()))));
                link.addClassName("problem-file");
                files.add(link);
            }
            if (files.getComponentCount() > 0) {
                item.add(files);
            }
            history.add(item);
        }
        add(history);
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    /** 21 B, 3.4 KB, 12.5 MB: a small file no longer shows as 0.0 KB. */
    static String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        if (bytes < 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }

    private Div actions() {
        Div actions = new Div();
        actions.addClassName("toolbar");
        var me = currentUser.require();
        boolean leadUnit = problem.leadUnitId().equals(me.unitId());
        boolean assigner = authentication.hasAnyRole(Role.Names.LEADER, Role.Names.ADMIN)
                || authentication.hasRole(Role.Names.UNIT_LEAD) && leadUnit;
        if (problem.status() == ProblemStatus.TO_ASSIGN && assigner) {
            actions.add(button("problem.action.assign", true, () -> run(() -> supervision.assign(problem.id(), problem.version()))));
        }
        if (problem.status() != ProblemStatus.CLOSED && (leadUnit || problem.coUnits().contains(me.unitName()))) {
            actions.add(button("problem.action.progress", false, () -> askWithFiles("problem.action.progress", "problem.field.progress",
                    (text, files) -> supervision.reportProgress(problem.id(), text, files))));
        }
        if (problem.status() == ProblemStatus.IN_PROGRESS && leadUnit) {
            actions.add(button("problem.action.requestClose", true, () -> askWithFiles("problem.action.requestClose",
                    "problem.field.closeReport", (text, files) -> supervision.requestClose(problem.id(), problem.version(), text, files))));
        }
        if (problem.status() == ProblemStatus.CLOSE_REQUESTED && supervision.mayConfirm(problem)) {
            actions.add(button("problem.action.confirm", true, () -> run(() -> supervision.confirmClose(problem.id(), problem.version()))));
            actions.add(button("problem.action.sendBack", false, () -> ask("problem.action.sendBack", "problem.field.returnReason",
                    text -> supervision.sendBack(problem.id(), problem.version(), text))));
        }
        return actions;
    }

    private Button button(String key, boolean primary, Runnable action) {
        Button button = new Button(getTranslation(key), e -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, primary ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_TERTIARY);
        button.addClassName("problem-" + key.substring(key.lastIndexOf('.') + 1));
        return button;
    }

    private void run(Runnable action) {
        if (Refusals.attempt(this, action, Notifications::error)) {
            Notifications.success(getTranslation("action.saved"));
            show(problem.id());
        }
    }

    private void ask(String titleKey, String labelKey, Consumer<String> action) {
        open(titleKey, labelKey, null, action);
    }

    /** A report with files (批复文件, photos, the unit's written report), kept only when the report is saved. */
    private void askWithFiles(String titleKey, String labelKey, BiConsumer<String, List<ReportFile>> action) {
        List<ReportFile> pending = new ArrayList<>();
        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() ->
                pending.add(new ReportFile(metadata.fileName(), bytes)))));
        upload.setMaxFileSize(20 * 1024 * 1024);
        upload.setMaxFiles(5);
        upload.setAcceptedFileTypes(".pdf", ".png", ".jpg", ".jpeg", ".gif", ".webp", ".doc", ".docx", ".xls", ".xlsx");
        upload.setDropLabel(new Span(getTranslation("problem.file.upload")));
        upload.setUploadButton(new Button(getTranslation("project.attachment.choose"), VaadinIcon.UPLOAD.create()));
        upload.addFileRejectedListener(e -> Notifications.error(getTranslation("problem.file.rejected", e.getFileName())));
        // The component has no server-side "removed" event; its client event names the file taken off the list.
        upload.getElement().addEventListener("file-remove",
                e -> pending.removeIf(f -> f.fileName().equals(e.getEventData().get("event.detail.file.name").asString())))
                .addEventData("event.detail.file.name");
        upload.addClassName("report-files");
        upload.setWidth("min(480px, 80vw)");
        open(titleKey, labelKey, upload, text -> action.accept(text, List.copyOf(pending)));
    }

    private void open(String titleKey, String labelKey, Upload upload, Consumer<String> action) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation(titleKey));
        TextArea text = new TextArea(getTranslation(labelKey));
        text.setWidth("min(480px, 80vw)");
        text.setMaxLength(4000);
        Div refusal = new Div();
        refusal.addClassName("dialog-refusal");
        refusal.setVisible(false);
        dialog.add(refusal, text);
        if (upload != null) {
            dialog.add(upload);
        }
        Button ok = new Button(getTranslation("common.confirm"), e -> {
            if (Refusals.attempt(this, () -> action.accept(text.getValue()), message -> {
                refusal.setText(message);
                refusal.setVisible(true);
            })) {
                dialog.close();
                Notifications.success(getTranslation("action.saved"));
                show(problem.id());
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.addClassName("confirm-dialog-action");
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()), ok);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return (problem == null ? getTranslation("nav.supervision") : problem.title()) + " | " + getTranslation("app.title");
    }
}
