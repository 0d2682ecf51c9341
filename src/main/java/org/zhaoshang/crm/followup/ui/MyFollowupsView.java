package org.zhaoshang.crm.followup.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.zhaoshang.crm.base.ChineseDates;
import org.zhaoshang.crm.followup.FollowupDraft;
import org.zhaoshang.crm.followup.FollowupRow;
import org.zhaoshang.crm.followup.FollowupService;
import org.zhaoshang.crm.followup.MyFollowups;
import org.zhaoshang.crm.project.ProjectNavigation;

/** 我的跟进: what is overdue, due today and due this week; recording the follow-up marks it done. */
@Route("followups")
@Menu(title = "nav.followups", order = 5, icon = "vaadin:calendar-clock")
@PermitAll
class MyFollowupsView extends Main implements HasDynamicTitle {

    private final FollowupService followups;

    MyFollowupsView(FollowupService followups) {
        this.followups = followups;
        addClassNames("list-view", "my-followups");
        show();
    }

    private void show() {
        removeAll();
        MyFollowups mine = followups.mine();
        add(group("followup.mine.overdue", mine.overdue(), "overdue"), group("followup.mine.today", mine.today(), "today"),
                group("followup.mine.week", mine.thisWeek(), "week"));
    }

    private Component group(String titleKey, List<FollowupRow> rows, String className) {
        Div group = new Div(new H3(getTranslation(titleKey, rows.size())));
        group.addClassNames("followup-group", "group-" + className);
        if (rows.isEmpty()) {
            group.add(new Paragraph(getTranslation("followup.mine.none")));
        }
        for (FollowupRow f : rows) {
            Anchor project = new Anchor(ProjectNavigation.projectUrl(f.projectId()), f.projectName());
            project.addClassName("followup-project");
            Span due = new Span(ChineseDates.format(f.nextDate()));
            due.addClassName("followup-due");
            Span step = new Span(f.nextStep() == null ? f.content() : f.nextStep());
            step.addClassName("followup-step");
            Button done = new Button(getTranslation("followup.mine.record"), e -> new FollowupDialog(FollowupDraft.now(f.projectId()),
                    followups, this::show).openWithDraft());
            done.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
            done.addClassName("record-followup");
            Div item = new Div(due, project, step, done);
            item.addClassName("followup-item");
            group.add(item);
        }
        return group;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.followups") + " | " + getTranslation("app.title");
    }
}
