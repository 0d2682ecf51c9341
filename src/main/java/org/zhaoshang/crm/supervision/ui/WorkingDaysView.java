package org.zhaoshang.crm.supervision.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.zhaoshang.crm.base.ChineseDates;
import org.zhaoshang.crm.base.ui.ChineseDatePickerI18n;
import org.zhaoshang.crm.base.ui.Notifications;
import org.zhaoshang.crm.base.ui.Refusals;
import org.zhaoshang.crm.org.Role;
import org.zhaoshang.crm.supervision.CalendarDay;
import org.zhaoshang.crm.supervision.WorkingDayCalendarService;

/**
 * 工作日历 (ADMIN): the year's holidays on weekdays and 调休 working weekend days, entered from the State Council's
 * notice. Everything counted in working days — deadlines, overdue, reminders — follows this table.
 */
@Route("admin/working-days")
@Menu(title = "nav.workingDays", order = 93, icon = "vaadin:calendar")
@RolesAllowed(Role.Names.ADMIN)
class WorkingDaysView extends Main implements HasDynamicTitle {

    private final WorkingDayCalendarService calendar;
    private final Select<Integer> year = new Select<>();
    private final Grid<CalendarDay> grid = new Grid<>();
    private final Div warning = new Div();
    private final Span summary = new Span();
    private final DatePicker day = new DatePicker();
    private final Select<Boolean> kind = new Select<>();
    private final TextField note = new TextField();
    private final Div refusal = new Div();

    WorkingDaysView(WorkingDayCalendarService calendar) {
        this.calendar = calendar;
        addClassNames("list-view", "working-days-view");
        int thisYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        year.setLabel(getTranslation("calendar.year"));
        year.setItems(List.of(thisYear - 1, thisYear, thisYear + 1));
        year.setItemLabelGenerator(y -> y + "年");
        year.setValue(thisYear);
        year.addValueChangeListener(e -> refresh());
        year.addClassName("calendar-year");

        warning.addClassNames("dialog-refusal", "calendar-missing");
        refusal.addClassName("dialog-refusal");
        refusal.setVisible(false);
        summary.addClassName("hint");

        day.setLabel(getTranslation("calendar.field.day"));
        day.setI18n(ChineseDatePickerI18n.create());
        day.addClassName("calendar-day");
        kind.setLabel(getTranslation("calendar.field.kind"));
        kind.setItems(false, true);
        kind.setItemLabelGenerator(working -> getTranslation(working ? "calendar.kind.working" : "calendar.kind.off"));
        kind.setValue(false);
        kind.addClassName("calendar-kind");
        note.setLabel(getTranslation("calendar.field.note"));
        note.setPlaceholder("春节 / 国庆节调休上班");
        note.setMaxLength(100);
        note.addClassName("calendar-note");
        Button save = new Button(getTranslation("action.save"), VaadinIcon.CHECK.create(), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        save.addClassName("calendar-save");
        Div form = new Div(day, kind, note, save);
        form.addClassNames("toolbar", "calendar-form");

        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COLUMN_BORDERS);
        grid.addClassNames("dense", "calendar-grid");
        grid.addColumn(d -> ChineseDates.format(d.day())).setHeader(getTranslation("calendar.field.day")).setWidth("140px")
                .setFlexGrow(0).setComparator(CalendarDay::day);
        grid.addColumn(d -> d.day().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.SIMPLIFIED_CHINESE))
                .setHeader(getTranslation("calendar.field.weekday")).setWidth("80px").setFlexGrow(0);
        grid.addComponentColumn(d -> {
            Span badge = new Span(getTranslation(d.working() ? "calendar.kind.working" : "calendar.kind.off"));
            badge.addClassNames("stage-badge", d.working() ? "calendar-working" : "calendar-off");
            return badge;
        }).setHeader(getTranslation("calendar.field.kind")).setWidth("110px").setFlexGrow(0).setComparator(CalendarDay::working);
        grid.addColumn(CalendarDay::note).setHeader(getTranslation("calendar.field.note")).setFlexGrow(1).setSortable(true);
        grid.addComponentColumn(d -> {
            Button edit = new Button(VaadinIcon.EDIT.create(), e -> {
                day.setValue(d.day());
                kind.setValue(d.working());
                note.setValue(d.note() == null ? "" : d.note());
            });
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            edit.setAriaLabel(getTranslation("action.edit"));
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> {
                if (Refusals.attempt(this, () -> calendar.remove(d.day()), Notifications::error)) {
                    Notifications.success(getTranslation("calendar.removed", ChineseDates.format(d.day())));
                    refresh();
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("action.delete"));
            remove.addClassName("calendar-remove");
            return new Div(edit, remove);
        }).setWidth("100px").setFlexGrow(0);
        grid.setAllRowsVisible(true);

        Paragraph help = new Paragraph(getTranslation("calendar.help"));
        help.addClassName("hint");
        add(new H2(getTranslation("nav.workingDays")), help, year, warning, form, refusal, summary, grid);
        refresh();
    }

    private void save() {
        if (Refusals.attempt(this, () -> calendar.save(new CalendarDay(day.getValue(), Boolean.TRUE.equals(kind.getValue()),
                note.getValue())), text -> {
                    refusal.setText(text);
                    refusal.setVisible(true);
                })) {
            refusal.setVisible(false);
            Notifications.success(getTranslation("action.saved"));
            if (day.getValue() != null && day.getValue().getYear() != year.getValue() && year.getListDataView().contains(day.getValue().getYear())) {
                year.setValue(day.getValue().getYear());
            }
            day.clear();
            note.clear();
            refresh();
        }
    }

    private void refresh() {
        int selected = year.getValue();
        List<CalendarDay> days = calendar.year(selected);
        grid.setItems(days);
        long off = days.stream().filter(d -> !d.working()).count();
        summary.setText(getTranslation("calendar.summary", String.valueOf(selected), off, days.size() - off));
        int next = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() + 1;
        boolean missing = !calendar.entered(selected) || !calendar.entered(next);
        warning.setVisible(missing);
        if (missing) {
            int which = !calendar.entered(selected) ? selected : next;
            warning.setText(getTranslation("calendar.missing", String.valueOf(which)));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.workingDays") + " | " + getTranslation("app.title");
    }
}
