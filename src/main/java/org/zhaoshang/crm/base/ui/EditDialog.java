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
            if (!Refusals.attempt(this, () -> save(collect()), this::refuse)) {
                return;
            }
        } catch (Cancelled e) {
            return;
        }
        completeSave();
    }

    /** Hands the draft to the service; a subclass may ask a question first and throw {@link Cancelled}. */
    protected void save(D draft) {
        save.accept(draft);
    }

    /** After a successful save: close, confirm, let the caller refresh. */
    protected void completeSave() {
        close();
        Notifications.success(getTranslation("action.saved"));
        onSaved.run();
    }

    /** Shows a refusal inside the dialog (with optional links), keeping everything typed. */
    protected void refuse(String text, com.vaadin.flow.component.Component... extra) {
        refusal.removeAll();
        refusal.setText(text);
        for (com.vaadin.flow.component.Component component : extra) {
            refusal.add(new com.vaadin.flow.component.html.Span(" "), component);
        }
        refusal.setVisible(true);
    }

    /** Thrown by {@link #save} when the save is not to complete now (a question is pending, a refusal shown). */
    protected static final class Cancelled extends RuntimeException {
        public Cancelled() {
            super(null, null, false, false);
        }
    }
}
