package org.zhaoshang.crm.supervision.ui;

import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.zhaoshang.crm.base.ui.EditDialog;
import org.zhaoshang.crm.org.ReferenceDataService;
import org.zhaoshang.crm.org.Role;
import org.zhaoshang.crm.org.UnitSummary;
import org.zhaoshang.crm.org.UserAccountService;
import org.zhaoshang.crm.supervision.ProblemDraft;
import org.zhaoshang.crm.supervision.ProblemSource;
import org.zhaoshang.crm.supervision.SupervisionService;

/**
 * 反映问题: what blocks the project, which unit must solve it by when (a date, or a number of working days on the
 * calendar), and who supervises it. The source and a first description come from where it was raised.
 */
class RaiseProblemDialog extends EditDialog<ProblemDraft> {

    private final TextField title = new TextField(getTranslation("problem.field.title"));
    private final TextArea description = new TextArea(getTranslation("problem.field.description"));
    private final IntegerField workingDays = new IntegerField(getTranslation("problem.field.workingDays"));
    private final ProblemFields fields;
    private Long raised;

    RaiseProblemDialog(Long projectId, ProblemSource source, String text, SupervisionService supervision,
            ReferenceDataService referenceData, UserAccountService users, Consumer<Long> onRaised) {
        this(new ProblemDraft(null, 0, projectId, "", text == null ? "" : text, null, source, null, Set.of(), null, null, null),
                supervision, referenceData, users, onRaised, new Long[1]);
    }

    private RaiseProblemDialog(ProblemDraft draft, SupervisionService supervision, ReferenceDataService referenceData,
            UserAccountService users, Consumer<Long> onRaised, Long[] id) {
        super("", draft, d -> id[0] = supervision.raise(d), () -> onRaised.accept(id[0]));
        setHeaderTitle(getTranslation("problem.new"));
        addClassName("raise-problem-dialog");
        fields = new ProblemFields(this, supervision.categories(), referenceData.units(), users.pickList(Role.LEADER));
        workingDays.setMin(1);
        workingDays.setHelperText(getTranslation("problem.field.workingDaysHelp"));
        workingDays.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue() > 0) {
                fields.deadline.setValue(supervision.deadlineInWorkingDays(e.getValue()));
            }
        });
        description.setMaxLength(4000);
        bind(title, ProblemDraft::title, "problem.field.title");
        bind(description, ProblemDraft::description, null);
        bind(fields.category, ProblemDraft::categoryId, "problem.field.category");
        bind(fields.leadUnit, d -> null, "problem.field.leadUnit");
        bind(fields.deadline, ProblemDraft::deadline, "problem.field.deadline");
        form.add(title, fields.category, fields.leadUnit, fields.coUnits, workingDays, fields.deadline, fields.leader, description);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
    }

    @Override
    protected ProblemDraft collect() {
        return new ProblemDraft(null, 0, original.projectId(), title.getValue(), description.getValue(), fields.category.getValue(),
                original.source(), fields.leadUnit.getValue() == null ? null : fields.leadUnit.getValue().id(),
                fields.coUnits.getValue().stream().map(UnitSummary::id).collect(Collectors.toSet()), fields.deadline.getValue(), null,
                fields.leader.getValue() == null ? null : fields.leader.getValue().id());
    }
}
