package org.zhaoshang.crm.project.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.zhaoshang.crm.base.ui.Labels;
import org.zhaoshang.crm.base.ui.Notifications;
import org.zhaoshang.crm.base.ui.Refusals;
import org.zhaoshang.crm.project.Stage;

/** 退回 / 搁置 / 终止 / 恢复: a reason (and for 退回 the earlier stage), then one service call. */
class ReasonDialog extends Dialog {

    interface Action {
        void run(Stage target, String reason);
    }

    private final Div refusal = new Div();
    private final TextArea reason = new TextArea();
    private final Select<Stage> target = new Select<>();

    ReasonDialog(String title, List<Stage> targets, boolean reasonRequired, Action action, Runnable onDone) {
        setHeaderTitle(title);
        addClassName("reason-dialog");
        refusal.addClassName("dialog-refusal");
        refusal.setVisible(false);
        reason.setLabel(getTranslation(reasonRequired ? "project.field.reason" : "project.field.remark"));
        reason.setRequiredIndicatorVisible(reasonRequired);
        reason.setWidthFull();
        reason.setMaxLength(500);
        add(refusal);
        if (!targets.isEmpty()) {
            target.setLabel(getTranslation("project.stepBack.title"));
            target.setItems(targets);
            target.setItemLabelGenerator(s -> Labels.of(this, s));
            target.setValue(targets.getLast());
            add(target);
        }
        add(reason);
        Button confirm = new Button(getTranslation("common.confirm"), e -> {
            if (!Refusals.attempt(this, () -> action.run(target.getValue(), reason.getValue()), this::show)) {
                return;
            }
            close();
            Notifications.success(getTranslation("action.saved"));
            onDone.run();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("confirm-reason");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }

    private void show(String text) {
        refusal.setText(text);
        refusal.setVisible(true);
    }
}
