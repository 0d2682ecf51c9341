package org.zhaoshang.crm.supervision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import org.zhaoshang.crm.org.ReferenceDataService;
import org.zhaoshang.crm.org.UserAccountService;
import org.zhaoshang.crm.project.ProjectPageSection;
import org.zhaoshang.crm.supervision.ProblemSource;
import org.zhaoshang.crm.supervision.SupervisionService;

/** The project page's 问题督办 tab: its items and 反映问题. */
@org.springframework.stereotype.Component
class ProblemSection implements ProjectPageSection {

    private final SupervisionService supervision;
    private final ReferenceDataService referenceData;
    private final UserAccountService users;

    ProblemSection(SupervisionService supervision, ReferenceDataService referenceData, UserAccountService users) {
        this.supervision = supervision;
        this.referenceData = referenceData;
        this.users = users;
    }

    @Override
    public String titleKey() {
        return "problem.tab.project";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Component create(Long projectId, Runnable changed) {
        ProblemGrid grid = new ProblemGrid(false);
        grid.setItems(supervision.ofProject(projectId));
        Button raise = new Button(grid.getTranslation("problem.new"), VaadinIcon.PLUS.create(), e -> new RaiseProblemDialog(projectId,
                ProblemSource.DIRECT, null, supervision, referenceData, users, id -> changed.run()).openWithDraft());
        raise.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        raise.addClassName("new-problem");
        return new Div(raise, grid);
    }
}
