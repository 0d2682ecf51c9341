package org.zhaoshang.crm.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.List;

/**
 * Calendar texts and date formats for a Chinese office. The browser's own zh-CN format (2023/5/26) is
 * not what staff write, and Vaadin ships no Chinese month names, so they are set here. The extra input
 * formats accept the ways people type a date quickly; they match what {@code ChineseDates.parse} reads
 * in text fields and Excel imports, except that a date picker cannot take month and day alone.
 */
public final class ChineseDatePickerI18n {

    /** Shown in the field, and the first format tried when reading what was typed. */
    public static final String DISPLAY_FORMAT = "yyyy年M月d日";

    static final List<String> INPUT_FORMATS = List.of("yyyy-MM-dd", "yyyy/M/d", "yyyy.M.d", "yyyyMMdd");

    /** ISO 8601 and Chinese custom: weeks start on Monday. Vaadin counts days from Sunday = 0. */
    private static final int MONDAY = 1;

    private ChineseDatePickerI18n() {
    }

    /** A new instance each time, because a DatePicker keeps a reference and callers may adjust theirs. */
    public static DatePicker.DatePickerI18n create() {
        return new DatePicker.DatePickerI18n()
                .setMonthNames(List.of("一月", "二月", "三月", "四月", "五月", "六月",
                        "七月", "八月", "九月", "十月", "十一月", "十二月"))
                .setWeekdays(List.of("星期日", "星期一", "星期二", "星期三", "星期四", "星期五", "星期六"))
                .setWeekdaysShort(List.of("日", "一", "二", "三", "四", "五", "六"))
                .setFirstDayOfWeek(MONDAY)
                .setToday("今天")
                .setCancel("取消")
                .setBadInputErrorMessage("日期无法识别，请按 2023年5月26日 或 2023-05-26 的格式填写")
                .setDateFormats(DISPLAY_FORMAT, INPUT_FORMATS.toArray(String[]::new));
    }
}
