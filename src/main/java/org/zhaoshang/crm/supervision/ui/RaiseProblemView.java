package org.zhaoshang.crm.supervision.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.zhaoshang.crm.base.ui.Labels;
import org.zhaoshang.crm.org.ReferenceDataService;
import org.zhaoshang.crm.org.UserAccountService;
import org.zhaoshang.crm.project.ProjectDetails;
import org.zhaoshang.crm.project.ProjectNavigation;
import org.zhaoshang.crm.project.ProjectService;
import org.zhaoshang.crm.supervision.ProblemSource;
import org.zhaoshang.crm.supervision.SupervisionNavigation;
import org.zhaoshang.crm.supervision.SupervisionService;

/**
 * 反映问题 from elsewhere — a follow-up (跟进) or a trip visit (外出招商): the project and source come in the URL
 * ({@link SupervisionNavigation#raiseUrl}), the form opens at once with the record's text as the description. Saved, it
 * goes to the new item; cancelled, back to the project.
 */
@Route("supervision/raise")
@PermitAll
class RaiseProblemView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final SupervisionService supervision;
    private final ProjectService projects;
    private final ReferenceDataService referenceData;
    private final UserAccountService users;

    RaiseProblemView(SupervisionService supervision, ProjectService projects, ReferenceDataService referenceData,
            UserAccountService users) {
        this.supervision = supervision;
        this.projects = projects;
        this.referenceData = referenceData;
        this.users = users;
        addClassNames("problem-view", "raise-problem-view");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters query = event.getLocation().getQueryParameters();
        Long projectId = query.getSingleParameter("project").filter(v -> v.matches("\\d{1,18}")).map(Long::valueOf).orElse(null);
        if (projectId == null) {
            event.forwardTo(SupervisionView.class);
            return;
        }
        ProblemSource source = query.getSingleParameter("source").flatMap(RaiseProblemView::source).orElse(ProblemSource.DIRECT);
        String text = query.getSingleParameter("text").orElse("");
        ProjectDetails project = projects.get(projectId);
        removeAll();
        Anchor back = new Anchor(ProjectNavigation.projectUrl(projectId), project.name());
        back.addClassName("company-link");
        add(new H2(getTranslation("problem.new")), back,
                new Paragraph(getTranslation("problem.raise.from", project.name(), Labels.of(this, source))));
        boolean[] saved = {false};
        RaiseProblemDialog dialog = new RaiseProblemDialog(projectId, source, text, supervision, referenceData, users, id -> {
            saved[0] = true;
            UI.getCurrent().navigate(SupervisionNavigation.problemUrl(id));
        });
        dialog.addOpenedChangeListener(e -> {
            if (!e.isOpened()) {
                // Closed by 取消, Esc or after saving; the save callback runs after the close, so decide at the end of
                // the round trip: not saved means back to the project.
                UI ui = UI.getCurrent();
                ui.beforeClientResponse(this, context -> {
                    if (!saved[0]) {
                        ui.navigate(ProjectNavigation.projectUrl(projectId));
                    }
                });
            }
        });
        dialog.openWithDraft();
    }

    private static java.util.Optional<ProblemSource> source(String name) {
        try {
            return java.util.Optional.of(ProblemSource.valueOf(name));
        } catch (IllegalArgumentException unknown) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("problem.new") + " | " + getTranslation("app.title");
    }
}
