package org.zhaoshang.crm.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.PermitAll;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.zhaoshang.crm.base.BusinessException;
import org.zhaoshang.crm.base.ChineseDates;
import org.zhaoshang.crm.base.Money;
import org.zhaoshang.crm.base.ui.FactGrid;
import org.zhaoshang.crm.base.ui.Labels;
import org.zhaoshang.crm.base.ui.Notifications;
import org.zhaoshang.crm.company.CompanyNavigation;
import org.zhaoshang.crm.org.ReferenceDataService;
import org.zhaoshang.crm.project.AgreementRow;
import org.zhaoshang.crm.project.AttachmentRow;
import org.zhaoshang.crm.project.HistoryEntry;
import org.zhaoshang.crm.project.ProjectDetails;
import org.zhaoshang.crm.project.ProjectPageSection;
import org.zhaoshang.crm.project.ProjectService;
import org.zhaoshang.crm.project.ProjectTimelineSource;
import org.zhaoshang.crm.project.Stage;
import org.zhaoshang.crm.project.StageChangeRow;

/**
 * The project page: stage path and actions, key facts, milestones planned against actual (late ones red),
 * and tabs for the timeline, agreements with their files, and the field-by-field history.
 */
@Route("projects")
@PermitAll
class ProjectView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final ProjectService projects;
    private final ReferenceDataService referenceData;
    private final List<ProjectTimelineSource> timelineSources;
    private final List<ProjectPageSection> sections;
    private ProjectDetails project;

    ProjectView(ProjectService projects, ReferenceDataService referenceData, List<ProjectTimelineSource> timelineSources,
            List<ProjectPageSection> sections) {
        this.projects = projects;
        this.referenceData = referenceData;
        this.timelineSources = timelineSources;
        this.sections = sections.stream().sorted(java.util.Comparator.comparingInt(ProjectPageSection::order)).toList();
        addClassName("project-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        show(id);
    }

    private void show(Long id) {
        project = projects.get(id);
        removeAll();
        add(header(), facts(), milestones(), tabs());
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    private Component header() {
        H2 title = new H2(project.name());
        title.addClassName("project-title");
        Anchor company = new Anchor(CompanyNavigation.companyUrl(project.companyId()), project.companyName());
        company.addClassName("company-link");
        Span flags = new Span();
        if (project.overdueStart()) {
            flags.add(StageBadge.flag(getTranslation("project.badge.overdueStart"), "flag-overdue"));
        }
        if (project.stale()) {
            flags.add(StageBadge.flag(getTranslation("project.badge.stale"), "flag-stale"));
        }
        if (project.keyDistrict()) {
            flags.add(StageBadge.flag(getTranslation("project.badge.keyDistrict"), "flag-key"));
        }
        if (project.keyProvincial()) {
            flags.add(StageBadge.flag(getTranslation("project.badge.keyProvincial"), "flag-key"));
        }
        Div head = new Div(title, company, flags, stagePath(), actions());
        head.addClassName("project-header");
        if (project.holdReason() != null && (project.stage() == Stage.ON_HOLD || project.stage() == Stage.DROPPED)) {
            Paragraph reason = new Paragraph(getTranslation("project.field.holdReason") + "：" + project.holdReason());
            reason.addClassName("hold-reason");
            head.add(reason);
        }
        return head;
    }

    private Component stagePath() {
        Div path = new Div();
        path.addClassName("stage-path");
        Stage reached = project.stage().inPipeline() ? project.stage() : project.pausedFromStage();
        for (Stage stage : Stage.PIPELINE) {
            Span step = new Span(Labels.of(this, stage));
            step.addClassName("stage-step");
            if (reached != null && reached.isAfter(stage)) {
                step.addClassName("done");
            } else if (stage == reached) {
                step.addClassName(project.stage().inPipeline() ? "current" : "paused");
            }
            path.add(step);
        }
        if (!project.stage().inPipeline()) {
            path.add(new StageBadge(project.stage()));
        }
        return path;
    }

    private Component actions() {
        MenuBar bar = new MenuBar();
        bar.addThemeVariants(MenuBarVariant.LUMO_SMALL);
        bar.addClassName("project-actions");
        if (project.stage().inPipeline() && project.stage() != Stage.OPERATING) {
            MenuItem advance = bar.addItem(getTranslation("project.action.advance"));
            advance.addClassName("advance-menu");
            SubMenu targets = advance.getSubMenu();
            for (Stage stage : Stage.PIPELINE) {
                if (stage.isAfter(project.stage())) {
                    targets.addItem(Labels.of(this, stage), e -> advanceTo(stage));
                }
            }
        }
        if (projects.mayStepBack() && project.stage().inPipeline() && project.stage() != Stage.LEAD) {
            List<Stage> earlier = Stage.PIPELINE.stream().filter(s -> project.stage().isAfter(s)).toList();
            bar.addItem(getTranslation("project.action.stepBack"), e -> new ReasonDialog(
                    getTranslation("project.action.stepBack"), earlier, true,
                    (target, reason) -> projects.stepBack(project.id(), project.version(), target, reason), this::reload).open());
        }
        if (project.stage().inPipeline()) {
            bar.addItem(getTranslation("project.action.hold"), e -> new ReasonDialog(getTranslation("project.hold.title"),
                    List.of(), true, (t, reason) -> projects.putOnHold(project.id(), project.version(), reason), this::reload).open());
        }
        if (project.stage() != Stage.DROPPED) {
            bar.addItem(getTranslation("project.action.drop"), e -> new ReasonDialog(getTranslation("project.drop.title"),
                    List.of(), true, (t, reason) -> projects.drop(project.id(), project.version(), reason), this::reload).open());
        }
        if ((project.stage() == Stage.ON_HOLD || project.stage() == Stage.DROPPED && projects.mayStepBack())
                && project.pausedFromStage() != null) {
            bar.addItem(getTranslation("project.action.resume"), e -> new ReasonDialog(
                    getTranslation("project.resume.title", Labels.of(this, project.pausedFromStage())), List.of(), false,
                    (t, remark) -> projects.resume(project.id(), project.version(), remark), this::reload).open());
        }
        bar.addItem(getTranslation("action.edit"), e -> UI.getCurrent().navigate("projects/" + project.id() + "/edit"));
        bar.addItem(getTranslation("common.print"), e -> UI.getCurrent().getPage().executeJs("window.print()"));
        return bar;
    }

    private void advanceTo(Stage target) {
        new TransitionDialog(projects, project, target, referenceData.areas(), this::reload).open();
    }

    private void reload() {
        show(project.id());
    }

    private Component facts() {
        FactGrid facts = new FactGrid();
        facts.fact("project.field.industry", project.industryName());
        facts.fact("project.field.investmentMode", Labels.of(this, project.investmentMode()));
        facts.fact("project.field.totalInvestment", Money.format(project.totalInvestment()));
        facts.fact("project.field.fixedAssetInvestment", Money.format(project.fixedAssetInvestment()));
        facts.fact("project.field.expectedAnnualRevenue", Money.format(project.expectedAnnualRevenue()));
        facts.fact("project.field.expectedTax", Money.format(project.expectedTax()));
        facts.fact("project.field.jobs", project.jobs() == null ? "" : project.jobs().toString());
        facts.fact("project.field.landNeedMu", Money.format(project.landNeedMu()));
        facts.fact("project.field.floorSpaceSqm", Money.format(project.floorSpaceSqm()));
        facts.fact("project.field.area", project.areaName());
        facts.fact("project.field.carrier", project.carrier());
        facts.fact("project.field.source", Labels.of(this, project.source()));
        facts.fact("project.field.owner", project.ownerName());
        facts.fact("project.field.unit", project.responsibleUnitName());
        facts.fact("project.field.leader", project.leaderInChargeName());
        facts.fact("project.field.siteVisitDate", ChineseDates.format(project.siteVisitDate()));
        facts.fact("project.field.inLibrary", project.inLibrary()
                ? getTranslation("common.yes") + " " + ChineseDates.format(project.libraryDate()) : getTranslation("common.no"));
        Div wrapper = new Div(facts);
        if (project.description() != null) {
            Paragraph description = new Paragraph(project.description());
            description.addClassName("project-description");
            wrapper.add(description);
        }
        return wrapper;
    }

    private Component milestones() {
        record Milestone(String key, LocalDate planned, LocalDate actual) {
        }
        List<Milestone> rows = List.of(
                new Milestone("project.milestone.sign", project.plannedSignDate(), project.actualSignDate()),
                new Milestone("project.milestone.land", project.plannedLandDate(), project.actualLandDate()),
                new Milestone("project.milestone.start", project.plannedStartDate(), project.actualStartDate()),
                new Milestone("project.milestone.operation", project.plannedOperationDate(), project.actualOperationDate()));
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        Div table = new Div();
        table.addClassName("milestones");
        table.add(new H4(getTranslation("project.section.milestones")));
        for (Milestone m : rows) {
            Span name = new Span(getTranslation(m.key()));
            Span planned = new Span(getTranslation("project.milestone.planned") + " " + dash(ChineseDates.format(m.planned())));
            Span actual = new Span(getTranslation("project.milestone.actual") + " " + dash(ChineseDates.format(m.actual())));
            Div row = new Div(name, planned, actual);
            row.addClassName("milestone");
            boolean late = m.planned() != null && (m.actual() == null ? m.planned().isBefore(today) : m.actual().isAfter(m.planned()));
            if (late) {
                row.addClassName("late");
            }
            if (m.actual() != null) {
                row.addClassName("reached");
            }
            table.add(row);
        }
        return table;
    }

    private static String dash(String text) {
        return text.isEmpty() ? "—" : text;
    }

    private Component tabs() {
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("project.tab.timeline"), timeline());
        for (ProjectPageSection section : sections) {
            tabs.add(getTranslation(section.titleKey()), section.create(project.id(), this::reload));
        }
        tabs.add(getTranslation("project.tab.agreements"), agreementsAndFiles());
        tabs.add(getTranslation("project.tab.history"), history());
        return tabs;
    }

    /** Stage changes and what other features contribute (trip visits …), newest first. */
    private Component timeline() {
        Div list = new Div();
        list.addClassName("timeline");
        record Line(java.time.LocalDateTime at, Component item) {
        }
        List<Line> lines = new java.util.ArrayList<>();
        for (StageChangeRow row : projects.timeline(project.id())) {
            Span what = new Span(Labels.of(this, row.kind()) + "：" + (row.from() == null ? "" : Labels.of(this, row.from()) + " → ")
                    + Labels.of(this, row.to()));
            lines.add(new Line(java.time.LocalDateTime.ofInstant(row.at(), WHEN.getZone()),
                    timelineItem(WHEN.format(row.at()), what, row.byName(), row.remark())));
        }
        for (ProjectTimelineSource source : timelineSources) {
            for (ProjectTimelineSource.Entry entry : source.entries(project.id())) {
                Component what = entry.link() == null ? new Span(getTranslation(entry.kindKey()) + "：" + entry.text())
                        : new Anchor(entry.link(), getTranslation(entry.kindKey()) + "：" + entry.text());
                lines.add(new Line(entry.date().atStartOfDay(), timelineItem(ChineseDates.format(entry.date()), what,
                        entry.by() == null ? "" : entry.by(), null)));
            }
        }
        lines.sort(java.util.Comparator.comparing(Line::at).reversed());
        if (lines.isEmpty()) {
            list.add(new Paragraph(getTranslation("project.timeline.empty")));
        }
        lines.forEach(line -> list.add(line.item()));
        return list;
    }

    private Component timelineItem(String whenText, Component what, String byName, String remarkText) {
        Span when = new Span(whenText);
        when.addClassName("when");
        what.getElement().getClassList().add("what");
        Span who = new Span(byName);
        who.addClassName("who");
        Div item = new Div(when, what, who);
        item.addClassName("timeline-item");
        if (remarkText != null) {
            Span remark = new Span(remarkText);
            remark.addClassName("remark");
            item.add(remark);
        }
        return item;
    }

    private Component agreementsAndFiles() {
        Grid<AgreementRow> agreements = new Grid<>(AgreementRow.class, false);
        agreements.addClassName("dense");
        agreements.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        agreements.addColumn(a -> Labels.of(this, a.type())).setHeader(getTranslation("project.agreement.type")).setAutoWidth(true);
        agreements.addColumn(a -> a.title() == null ? "" : a.title()).setHeader(getTranslation("project.agreement.title")).setFlexGrow(2);
        agreements.addColumn(a -> ChineseDates.format(a.signedOn())).setHeader(getTranslation("project.agreement.signedOn")).setAutoWidth(true);
        agreements.addColumn(AgreementRow::parties).setHeader(getTranslation("project.agreement.parties")).setFlexGrow(2);
        agreements.addColumn(a -> Money.format(a.amount())).setHeader(getTranslation("project.agreement.amount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        agreements.setItems(projects.agreements(project.id()));
        agreements.setAllRowsVisible(true);

        Grid<AttachmentRow> files = new Grid<>(AttachmentRow.class, false);
        files.addClassName("dense");
        files.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
        files.addComponentColumn(this::downloadLink).setHeader(getTranslation("project.attachment.file")).setFlexGrow(3);
        files.addColumn(f -> String.format("%.1f KB", f.sizeBytes() / 1024.0)).setHeader(getTranslation("project.attachment.size"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        files.addColumn(AttachmentRow::uploadedByName).setHeader(getTranslation("project.attachment.by")).setAutoWidth(true);
        files.addColumn(f -> WHEN.format(f.uploadedAt())).setHeader(getTranslation("project.attachment.at")).setAutoWidth(true);
        files.setItems(projects.attachments(project.id()));
        files.setAllRowsVisible(true);

        UI ui = UI.getCurrent();
        Upload upload = new Upload(UploadHandler.toTempFile((metadata, file) -> ui.access(() -> {
            try (InputStream in = new FileInputStream(file)) {
                projects.addAttachment(project.id(), null, metadata.fileName(), in);
                Notifications.success(getTranslation("project.attachment.uploaded"));
                files.setItems(projects.attachments(project.id()));
            } catch (BusinessException e) {
                Notifications.error(Notifications.message(this, e));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                file.delete();
            }
        })));
        upload.setAcceptedFileTypes("application/pdf", "image/png", "image/jpeg", "image/gif", "image/webp", ".pdf", ".png", ".jpg", ".jpeg", ".gif", ".webp");
        upload.setMaxFileSize(20 * 1024 * 1024);
        upload.setDropLabel(new Span(getTranslation("project.attachment.upload")));
        upload.setUploadButton(new Button(getTranslation("project.attachment.choose"), VaadinIcon.UPLOAD.create()));
        Div panel = new Div(agreements, files, upload);
        panel.addClassName("agreements-panel");
        return panel;
    }

    private Component downloadLink(AttachmentRow file) {
        DownloadHandler handler = event -> {
            event.setFileName(file.fileName());
            event.setContentType(file.contentType());
            try (InputStream in = projects.openAttachment(file.id())) {
                in.transferTo(event.getOutputStream());
            }
        };
        Anchor link = new Anchor(handler, file.fileName());
        link.add(VaadinIcon.PAPERCLIP.create());
        return link;
    }

    private Component history() {
        Div list = new Div();
        list.addClassName("history");
        for (HistoryEntry entry : projects.history(project.id())) {
            Div item = new Div();
            item.addClassName("history-item");
            item.add(new H4(getTranslation("project.history.by", WHEN.format(entry.at()), entry.username())
                    + " · " + getTranslation(entry.kind())));
            Grid<HistoryEntry.FieldChange> changes = new Grid<>(HistoryEntry.FieldChange.class, false);
            changes.addClassName("dense");
            changes.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS);
            changes.addColumn(c -> getTranslation(c.field())).setHeader(getTranslation("project.history.field")).setAutoWidth(true);
            changes.addColumn(c -> value(c.oldValue())).setHeader(getTranslation("project.history.old")).setFlexGrow(1);
            changes.addColumn(c -> value(c.newValue())).setHeader(getTranslation("project.history.new")).setFlexGrow(1);
            changes.setItems(entry.changes());
            changes.setAllRowsVisible(true);
            item.add(changes);
            list.add(item);
        }
        return list;
    }

    /** Values that are bundle keys (stage.SIGNED, common.yes) are translated, others shown as they are. */
    private String value(String raw) {
        if (raw != null && raw.matches("[a-zA-Z]+\\.[A-Z_a-z]+")) {
            String translated = getTranslation(raw);
            return translated.startsWith("!") ? raw : translated;
        }
        return raw;
    }

    @Override
    public String getPageTitle() {
        return (project == null ? getTranslation("project.list.title") : project.name()) + " | " + getTranslation("app.title");
    }
}
