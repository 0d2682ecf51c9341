package org.zhaoshang.crm.supervision.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.zhaoshang.crm.org.UnitSummary;
import org.zhaoshang.crm.org.UserRef;
import org.zhaoshang.crm.supervision.MeetingDraft;

/** One 议定事项: project, what, category, lead unit, co-units, deadline, supervising leader. */
class DecisionForm extends FormLayout {

    /** A project a decision may concern. */
    record ProjectChoice(Long id, String name) {
    }

    final ComboBox<ProjectChoice> project = new ComboBox<>();
    final TextField item = new TextField();
    final ProblemFields fields;

    DecisionForm(Component context, List<ProjectChoice> projects, Map<Long, String> categories, List<UnitSummary> units,
            List<UserRef> leaders) {
        fields = new ProblemFields(context, categories, units, leaders);
        project.setLabel(context.getTranslation("problem.field.project"));
        project.setItems(projects);
        project.setItemLabelGenerator(ProjectChoice::name);
        item.setLabel(context.getTranslation("meeting.decision.item"));
        item.setMaxLength(200);
        fields.category.setValue(categories.keySet().iterator().next());
        add(project, item, fields.category, fields.leadUnit, fields.coUnits, fields.deadline, fields.leader);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("640px", 2));
        setColspan(item, 2);
        addClassName("decision-row");
    }

    MeetingDraft.DecisionDraft draft() {
        return new MeetingDraft.DecisionDraft(project.getValue() == null ? null : project.getValue().id(), item.getValue(),
                fields.category.getValue(), fields.leadUnit.getValue() == null ? null : fields.leadUnit.getValue().id(),
                fields.coUnits.getValue().stream().map(UnitSummary::id).collect(Collectors.toSet()), fields.deadline.getValue(),
                fields.leader.getValue() == null ? null : fields.leader.getValue().id());
    }
}
