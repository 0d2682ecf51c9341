package org.zhaoshang.crm.base.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.function.ValueProvider;
import java.util.function.Consumer;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.zhaoshang.crm.base.BusinessException;

/**
 * A modal form for one draft record. Fields are read from the draft; on save the subclass builds a new
 * draft from the field values ({@link #collect}) and hands it to the service. A refusal (business rule,
 * concurrent edit, missing right) is shown inside the dialog, which stays open so nothing typed is lost.
 */
public abstract class EditDialog<D> extends Dialog {

    protected final Binder<D> binder = new Binder<>();
    protected final FormLayout form = new FormLayout();
    protected final D original;
    private final Div refusal = new Div();
    private final Consumer<D> save;
    private final Runnable onSaved;

    protected EditDialog(String title, D original, Consumer<D> save, Runnable onSaved) {
        this.original = original;
        this.save = save;
        this.onSaved = onSaved;
        setHeaderTitle(title);
        setCloseOnOutsideClick(false);
        addClassName("edit-dialog");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
        refusal.addClassName("dialog-refusal");
        refusal.setVisible(false);
        add(refusal, form);
        Button saveButton = new Button(getTranslation("action.save"), e -> trySave());
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveButton.addClickShortcut(Key.ENTER);
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), saveButton);
    }

    /** The new draft, built from the fields' values (and the original's id and version). */
    protected abstract D collect();

    /** Binds a field for reading and validation; values are taken back in {@link #collect}. */
    protected <V> Binder.Binding<D, V> bind(HasValue<?, V> field, ValueProvider<D, V> getter, String requiredLabelKey) {
        Binder.BindingBuilder<D, V> builder = binder.forField(field);
        if (requiredLabelKey != null) {
            builder = builder.asRequired(getTranslation("validation.required", getTranslation(requiredLabelKey)));
        }
        return builder.bind(getter, (draft, value) -> { });
    }

    public void openWithDraft() {
        binder.readBean(original);
        open();
    }

    void trySave() {
        if (!binder.validate().isOk()) {
            return;
        }
        try {
            save.accept(collect());
        } catch (BusinessException e) {
            showRefusal(Notifications.message(this, e));
            return;
        } catch (OptimisticLockingFailureException e) {
            showRefusal(getTranslation("error.concurrentEdit"));
            return;
        } catch (AccessDeniedException e) {
            showRefusal(getTranslation("error.accessDenied.text"));
            return;
        }
        close();
        Notifications.success(getTranslation("action.saved"));
        onSaved.run();
    }

    private void showRefusal(String text) {
        refusal.setText(text);
        refusal.setVisible(true);
    }
}
