package org.zhaoshang.crm.supervision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhaoshang.crm.base.ui.EditDialog;
import org.zhaoshang.crm.org.ReferenceDataService;
import org.zhaoshang.crm.org.Role;
import org.zhaoshang.crm.org.UnitSummary;
import org.zhaoshang.crm.org.UserAccountService;
import org.zhaoshang.crm.project.ProjectPageSection;
import org.zhaoshang.crm.supervision.ProblemDraft;
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
        Button raise = new Button(grid.getTranslation("problem.new"), VaadinIcon.PLUS.create(), e -> new RaiseDialog(projectId, changed).openWithDraft());
        raise.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        raise.addClassName("new-problem");
        return new Div(raise, grid);
    }

    /** 反映问题: what blocks the project, which unit must solve it by when, and who supervises it. */
    private final class RaiseDialog extends EditDialog<ProblemDraft> {
        private final TextField title = new TextField(getTranslation("problem.field.title"));
        private final TextArea description = new TextArea(getTranslation("problem.field.description"));
        private final IntegerField workingDays = new IntegerField(getTranslation("problem.field.workingDays"));
        private final ProblemFields fields;

        RaiseDialog(Long projectId, Runnable changed) {
            super("", new ProblemDraft(null, 0, projectId, "", "", null, ProblemSource.DIRECT, null, Set.of(), null, null, null),
                    supervision::raise, changed);
            setHeaderTitle(getTranslation("problem.new"));
            fields = new ProblemFields(this, supervision.categories(), referenceData.units(), users.pickList(Role.LEADER));
            workingDays.setMin(1);
            workingDays.setHelperText(getTranslation("problem.field.workingDaysHelp"));
            workingDays.addValueChangeListener(e -> {
                if (e.getValue() != null && e.getValue() > 0) {
                    fields.deadline.setValue(supervision.deadlineInWorkingDays(e.getValue()));
                }
            });
            bind(title, ProblemDraft::title, "problem.field.title");
            bind(fields.category, ProblemDraft::categoryId, "problem.field.category");
            bind(fields.leadUnit, d -> null, "problem.field.leadUnit");
            bind(fields.deadline, ProblemDraft::deadline, "problem.field.deadline");
            form.add(title, fields.category, fields.leadUnit, fields.coUnits, workingDays, fields.deadline, fields.leader, description);
            form.setColspan(title, 2);
            form.setColspan(description, 2);
        }

        @Override
        protected ProblemDraft collect() {
            return new ProblemDraft(null, 0, original.projectId(), title.getValue(), description.getValue(),
                    fields.category.getValue(), ProblemSource.DIRECT,
                    fields.leadUnit.getValue() == null ? null : fields.leadUnit.getValue().id(),
                    fields.coUnits.getValue().stream().map(UnitSummary::id).collect(Collectors.toSet()), fields.deadline.getValue(),
                    null, fields.leader.getValue() == null ? null : fields.leader.getValue().id());
        }
    }
}
