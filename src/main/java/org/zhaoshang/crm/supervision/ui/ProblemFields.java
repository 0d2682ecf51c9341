package org.zhaoshang.crm.supervision.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Map;
import org.zhaoshang.crm.base.ui.ChineseDatePickerI18n;
import org.zhaoshang.crm.org.UnitSummary;
import org.zhaoshang.crm.org.UserRef;

/** The pickers a problem or a meeting decision needs: category, lead and co-operating units, deadline, leader. */
final class ProblemFields {

    final Select<Long> category = new Select<>();
    final ComboBox<UnitSummary> leadUnit = new ComboBox<>();
    final MultiSelectComboBox<UnitSummary> coUnits = new MultiSelectComboBox<>();
    final DatePicker deadline = new DatePicker();
    final ComboBox<UserRef> leader = new ComboBox<>();

    ProblemFields(com.vaadin.flow.component.Component context, Map<Long, String> categories, List<UnitSummary> units,
            List<UserRef> leaders) {
        category.setLabel(context.getTranslation("problem.field.category"));
        category.setItems(categories.keySet());
        category.setItemLabelGenerator(categories::get);
        leadUnit.setLabel(context.getTranslation("problem.field.leadUnit"));
        leadUnit.setItems(units);
        leadUnit.setItemLabelGenerator(UnitSummary::name);
        coUnits.setLabel(context.getTranslation("problem.field.coUnits"));
        coUnits.setItems(units);
        coUnits.setItemLabelGenerator(UnitSummary::name);
        deadline.setLabel(context.getTranslation("problem.field.deadline"));
        deadline.setI18n(ChineseDatePickerI18n.create());
        leader.setLabel(context.getTranslation("problem.field.leader"));
        leader.setItems(leaders);
        leader.setItemLabelGenerator(UserRef::label);
        leader.setClearButtonVisible(true);
        leader.setHelperText(context.getTranslation("problem.field.leaderHelp"));
    }
}
