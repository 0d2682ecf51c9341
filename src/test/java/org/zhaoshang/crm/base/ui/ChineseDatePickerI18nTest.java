package org.zhaoshang.crm.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.base.ChineseDates;

class ChineseDatePickerI18nTest {

    private final DatePicker.DatePickerI18n i18n = ChineseDatePickerI18n.create();

    @Test
    void theCalendarShowsChineseMonthNames() {
        assertThat(i18n.getMonthNames()).containsExactly(
                "一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月", "十二月");
    }

    @Test
    void theCalendarShowsChineseWeekdaysListedFromSundayAsVaadinExpects() {
        assertThat(i18n.getWeekdays()).containsExactly("星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六");
        assertThat(i18n.getWeekdaysShort()).containsExactly("日", "一", "二", "三", "四", "五", "六");
    }

    @Test
    void weeksStartOnMonday() {
        assertThat(i18n.getFirstDayOfWeek()).isEqualTo(1);
    }

    @Test
    void theButtonsAndTheErrorAreInChinese() {
        assertThat(i18n.getToday()).isEqualTo("今天");
        assertThat(i18n.getCancel()).isEqualTo("取消");
        assertThat(i18n.getBadInputErrorMessage()).contains("2023年5月26日");
    }

    @Test
    void aDateIsShownTheChineseWayAndCanBeTypedInTheUsualShortForms() {
        assertThat(i18n.getDateFormats())
                .containsExactly("yyyy年M月d日", "yyyy-MM-dd", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd");
    }

    @Test
    void thePickerShowsADateExactlyAsTheRestOfTheApplicationWritesIt() {
        LocalDate date = LocalDate.of(2023, 5, 6);

        assertThat(DateTimeFormatter.ofPattern(i18n.getDateFormats().getFirst()).format(date))
                .isEqualTo(ChineseDates.format(date))
                .isEqualTo("2023年5月6日");
    }

    @Test
    void everyFormatThePickerAcceptsIsAlsoReadByTheTextParser() {
        LocalDate date = LocalDate.of(2023, 5, 6);

        for (String format : i18n.getDateFormats()) {
            String typed = DateTimeFormatter.ofPattern(format).format(date);
            assertThat(ChineseDates.parse(typed, LocalDate.of(2026, 1, 1))).as(typed).contains(date);
        }
    }

    @Test
    void eachCallGivesAnInstanceOfItsOwn() {
        DatePicker.DatePickerI18n adjusted = ChineseDatePickerI18n.create().setToday("今日");

        assertThat(ChineseDatePickerI18n.create().getToday()).isEqualTo("今天");
        assertThat(adjusted).isNotSameAs(i18n);
    }
}
