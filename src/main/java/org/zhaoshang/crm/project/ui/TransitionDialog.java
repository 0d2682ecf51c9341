package org.zhaoshang.crm.project.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.zhaoshang.crm.base.ui.ChineseDatePickerI18n;
import org.zhaoshang.crm.base.ui.Labels;
import org.zhaoshang.crm.base.ui.Notifications;
import org.zhaoshang.crm.base.ui.Refusals;
import org.zhaoshang.crm.org.AreaSummary;
import org.zhaoshang.crm.project.AgreementType;
import org.zhaoshang.crm.project.Fact;
import org.zhaoshang.crm.project.ProjectDetails;
import org.zhaoshang.crm.project.ProjectService;
import org.zhaoshang.crm.project.Stage;
import org.zhaoshang.crm.project.StageFacts;

/**
 * 推进: moving a project forward asks for exactly the facts the target stage is missing (考察日期; 总投资 and
 * 片区; 签约日期, 协议类型 and 金额; …). A refusal keeps the dialog open with what was typed.
 */
class TransitionDialog extends Dialog {

    private final ProjectService projects;
    private final ProjectDetails project;
    private final Stage target;
    private final Runnable onDone;
    private final Div refusal = new Div();
    private final DatePicker siteVisitDate = datePicker(Fact.SITE_VISIT_DATE);
    private final BigDecimalField totalInvestment = new BigDecimalField();
    private final ComboBox<AreaSummary> area = new ComboBox<>();
    private final DatePicker signDate = datePicker(Fact.SIGN_DATE);
    private final Select<AgreementType> agreementType = new Select<>();
    private final BigDecimalField agreementAmount = new BigDecimalField();
    private final TextField agreementTitle = new TextField();
    private final TextField agreementParties = new TextField();
    private final DatePicker landDate = datePicker(Fact.LAND_DATE);
    private final DatePicker startDate = datePicker(Fact.START_DATE);
    private final DatePicker operationDate = datePicker(Fact.OPERATION_DATE);
    private final TextArea remark = new TextArea();

    TransitionDialog(ProjectService projects, ProjectDetails project, Stage target, List<AreaSummary> areas, Runnable onDone) {
        this.projects = projects;
        this.project = project;
        this.target = target;
        this.onDone = onDone;
        addClassName("transition-dialog");
        setHeaderTitle(getTranslation("project.transition.title", Labels.of(this, target)));
        refusal.addClassName("dialog-refusal");
        refusal.setVisible(false);

        List<Fact> missing = projects.missingFacts(project.id(), target);
        FormLayout form = new FormLayout();
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("480px", 2));
        totalInvestment.setLabel(getTranslation("fact.TOTAL_INVESTMENT"));
        totalInvestment.setValue(project.totalInvestment());
        area.setLabel(getTranslation("fact.AREA"));
        area.setItems(areas);
        area.setItemLabelGenerator(AreaSummary::name);
        agreementType.setLabel(getTranslation("fact.AGREEMENT_TYPE"));
        agreementType.setItems(AgreementType.values());
        agreementType.setItemLabelGenerator(t -> Labels.of(this, t));
        agreementAmount.setLabel(getTranslation("fact.AGREEMENT_AMOUNT"));
        agreementTitle.setLabel(getTranslation("project.agreement.title"));
        agreementTitle.setPlaceholder("《…》");
        agreementParties.setLabel(getTranslation("project.agreement.parties"));
        for (Fact fact : missing) {
            form.add(field(fact));
            if (fact == Fact.AGREEMENT_TYPE) {
                form.add(agreementTitle, agreementParties);
            }
        }
        remark.setLabel(getTranslation("project.field.remark"));
        form.add(remark);
        form.setColspan(remark, 2);
        Paragraph intro = new Paragraph(getTranslation(missing.isEmpty() ? "project.transition.none" : "project.transition.needs"));
        add(refusal, intro, form);

        Button confirm = new Button(getTranslation("project.action.advance"), e -> confirm());
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("confirm-transition");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), confirm);
    }

    private Component field(Fact fact) {
        return switch (fact) {
            case SITE_VISIT_DATE -> siteVisitDate;
            case TOTAL_INVESTMENT -> totalInvestment;
            case AREA -> area;
            case SIGN_DATE -> signDate;
            case AGREEMENT_TYPE -> agreementType;
            case AGREEMENT_AMOUNT -> agreementAmount;
            case LAND_DATE -> landDate;
            case START_DATE -> startDate;
            case OPERATION_DATE -> operationDate;
        };
    }

    private DatePicker datePicker(Fact fact) {
        DatePicker picker = new DatePicker(getTranslation("fact." + fact.name()));
        picker.setI18n(ChineseDatePickerI18n.create());
        picker.setMax(LocalDate.now(ZoneId.of("Asia/Shanghai")));
        return picker;
    }

    private void confirm() {
        StageFacts facts = new StageFacts(siteVisitDate.getValue(), totalInvestment.getValue(),
                area.getValue() == null ? null : area.getValue().id(), signDate.getValue(), agreementType.getValue(),
                agreementAmount.getValue(), agreementTitle.getValue(), agreementParties.getValue(), landDate.getValue(),
                startDate.getValue(), operationDate.getValue());
        if (!Refusals.attempt(this, () -> projects.advance(project.id(), project.version(), target, facts, remark.getValue()),
                this::show)) {
            return;
        }
        close();
        Notifications.success(getTranslation("project.moved", Labels.of(this, target)));
        onDone.run();
    }

    private void show(String text) {
        refusal.setText(text);
        refusal.setVisible(true);
    }
}
