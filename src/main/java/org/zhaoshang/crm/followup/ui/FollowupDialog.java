package org.zhaoshang.crm.followup.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.zhaoshang.crm.base.ui.ChineseDatePickerI18n;
import org.zhaoshang.crm.base.ui.EditDialog;
import org.zhaoshang.crm.base.ui.Labels;
import org.zhaoshang.crm.followup.FollowupDraft;
import org.zhaoshang.crm.followup.FollowupKind;
import org.zhaoshang.crm.followup.FollowupService;

/** 记录跟进: kind, when, who, what was said, result, the next step and when to be reminded of it. */
public class FollowupDialog extends EditDialog<FollowupDraft> {

    static final ZoneId OFFICE = ZoneId.of("Asia/Shanghai");

    private final Select<FollowupKind> kind = new Select<>();
    private final DateTimePicker happenedAt = new DateTimePicker(getTranslation("followup.field.happenedAt"));
    private final TextField ourPeople = new TextField(getTranslation("followup.field.ourPeople"));
    private final TextField theirPeople = new TextField(getTranslation("followup.field.theirPeople"));
    private final TextArea content = new TextArea(getTranslation("followup.field.content"));
    private final TextArea result = new TextArea(getTranslation("followup.field.result"));
    private final TextField nextStep = new TextField(getTranslation("followup.field.nextStep"));
    private final DatePicker nextDate = new DatePicker(getTranslation("followup.field.nextDate"));

    public FollowupDialog(FollowupDraft draft, FollowupService followups, Runnable onSaved) {
        super("", draft, followups::record, onSaved);
        setHeaderTitle(getTranslation("followup.new"));
        kind.setLabel(getTranslation("followup.field.kind"));
        kind.setItems(FollowupKind.values());
        kind.setItemLabelGenerator(k -> Labels.of(this, k));
        happenedAt.setDatePickerI18n(ChineseDatePickerI18n.create());
        happenedAt.setMax(LocalDateTime.now(OFFICE).plusHours(1));
        nextDate.setI18n(ChineseDatePickerI18n.create());
        nextDate.setMin(LocalDate.now(OFFICE));
        nextDate.setHelperText(getTranslation("followup.field.nextDateHelp"));
        bind(kind, FollowupDraft::kind, "followup.field.kind");
        bind(happenedAt, d -> d.happenedAt() == null ? null : LocalDateTime.ofInstant(d.happenedAt(), OFFICE), "followup.field.happenedAt");
        bind(ourPeople, d -> nz(d.ourPeople()), null);
        bind(theirPeople, d -> nz(d.theirPeople()), null);
        bind(content, d -> nz(d.content()), "followup.field.content");
        bind(result, d -> nz(d.result()), null);
        bind(nextStep, d -> nz(d.nextStep()), null);
        bind(nextDate, FollowupDraft::nextDate, null);
        form.add(kind, happenedAt, ourPeople, theirPeople, content, result, nextStep, nextDate);
        form.setColspan(content, 2);
        form.setColspan(result, 2);
    }

    @Override
    protected FollowupDraft collect() {
        return new FollowupDraft(original.id(), original.version(), original.projectId(), kind.getValue(),
                happenedAt.getValue() == null ? null : happenedAt.getValue().atZone(OFFICE).toInstant(), ourPeople.getValue(),
                theirPeople.getValue(), content.getValue(), result.getValue(), nextStep.getValue(), nextDate.getValue());
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
