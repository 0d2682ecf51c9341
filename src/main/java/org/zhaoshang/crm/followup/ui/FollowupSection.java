package org.zhaoshang.crm.followup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.format.DateTimeFormatter;
import org.zhaoshang.crm.base.ChineseDates;
import org.zhaoshang.crm.base.ui.Labels;
import org.zhaoshang.crm.followup.FollowupDraft;
import org.zhaoshang.crm.followup.FollowupRow;
import org.zhaoshang.crm.followup.FollowupService;
import org.zhaoshang.crm.project.ProjectPageSection;
import org.zhaoshang.crm.supervision.ProblemSource;
import org.zhaoshang.crm.supervision.SupervisionNavigation;

/** The project page's 跟进记录 tab: the follow-ups, newest first, and 记录跟进. */
@org.springframework.stereotype.Component
class FollowupSection implements ProjectPageSection {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(FollowupDialog.OFFICE);

    private final FollowupService followups;

    FollowupSection(FollowupService followups) {
        this.followups = followups;
    }

    @Override
    public String titleKey() {
        return "followup.tab";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(Long projectId, Runnable changed) {
        Grid<FollowupRow> grid = new Grid<>(FollowupRow.class, false);
        grid.addClassName("dense");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(f -> WHEN.format(f.happenedAt())).setHeader(grid.getTranslation("followup.field.happenedAt")).setWidth("150px").setFlexGrow(0);
        grid.addColumn(f -> Labels.of(grid, f.kind())).setHeader(grid.getTranslation("followup.field.kind")).setWidth("80px").setFlexGrow(0);
        grid.addColumn(FollowupRow::content).setHeader(grid.getTranslation("followup.field.content")).setFlexGrow(3);
        grid.addColumn(FollowupRow::result).setHeader(grid.getTranslation("followup.field.result")).setFlexGrow(2);
        grid.addColumn(f -> f.nextStep() == null ? "" : f.nextStep() + (f.nextDate() == null ? "" : "（" + ChineseDates.format(f.nextDate()) + "）"))
                .setHeader(grid.getTranslation("followup.field.nextStep")).setFlexGrow(2);
        grid.addColumn(FollowupRow::authorName).setHeader(grid.getTranslation("followup.field.author")).setWidth("80px").setFlexGrow(0);
        grid.addComponentColumn(f -> {
            // A follow-up that ran into an obstacle (land, permits, funds …) becomes a supervised problem, source 跟进.
            String text = f.result() == null || f.result().isBlank() ? f.content() : f.content() + "\n" + f.result();
            Anchor raise = new Anchor(SupervisionNavigation.raiseUrl(projectId, ProblemSource.FOLLOWUP, text),
                    grid.getTranslation("followup.raiseProblem"));
            raise.addClassName("followup-raise-problem");
            return raise;
        }).setWidth("90px").setFlexGrow(0);
        grid.setItems(followups.ofProject(projectId));
        grid.setAllRowsVisible(true);
        Button add = new Button(grid.getTranslation("followup.new"), VaadinIcon.PLUS.create(),
                e -> new FollowupDialog(FollowupDraft.now(projectId), followups, changed).openWithDraft());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        add.addClassName("new-followup");
        Div panel = new Div(add, grid);
        panel.addClassName("followup-section");
        return panel;
    }
}
