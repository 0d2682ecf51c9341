package org.zhaoshang.crm.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseDatesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 9);
    private static final LocalDate MAY_26_2023 = LocalDate.of(2023, 5, 26);

    @Test
    void aDateIsWrittenTheChineseWayWithoutLeadingZeros() {
        assertThat(ChineseDates.format(MAY_26_2023)).isEqualTo("2023年5月26日");
        assertThat(ChineseDates.format(LocalDate.of(2024, 1, 3))).isEqualTo("2024年1月3日");
        assertThat(ChineseDates.format(LocalDate.of(2024, 12, 31))).isEqualTo("2024年12月31日");
    }

    @Test
    void noDateIsWrittenAsNothing() {
        assertThat(ChineseDates.format(null)).isEmpty();
        assertThat(ChineseDates.formatMonth(null)).isEmpty();
    }

    @Test
    void aMonthIsWrittenTheChineseWay() {
        assertThat(ChineseDates.formatMonth(YearMonth.of(2023, 5))).isEqualTo("2023年5月");
        assertThat(ChineseDates.formatMonth(YearMonth.of(2023, 11))).isEqualTo("2023年11月");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2023年5月26日", "2023年05月26日", "2023年5月26号", "2023年5月26",
            "2023-05-26", "2023-5-26", "2023/5/26", "2023/05/26", "2023.5.26", "2023.05.26",
            "20230526", "23.5.26", "23-05-26", "23年5月26日"})
    void everyUsualWayOfWritingADateWithItsYearIsUnderstood(String typed) {
        assertThat(ChineseDates.parse(typed, TODAY)).contains(MAY_26_2023);
    }

    @ParameterizedTest
    @ValueSource(strings = {"5月26日", "05月26日", "5月26号", "5月26", "5-26", "5.26", "5/26", "05-26"})
    void aDateWithoutItsYearIsInTheCurrentYear(String typed) {
        assertThat(ChineseDates.parse(typed, TODAY)).contains(LocalDate.of(2026, 5, 26));
    }

    @Test
    void theCurrentYearIsTakenFromTodayEvenForADateAlreadyPast() {
        assertThat(ChineseDates.parse("1.5", TODAY)).contains(LocalDate.of(2026, 1, 5));
        assertThat(ChineseDates.parse("12.31", TODAY)).contains(LocalDate.of(2026, 12, 31));
    }

    @ParameterizedTest
    @ValueSource(strings = {"２０２３．５．２６", "2023－5－26", "２０２３年５月２６日", "2023。5。26", "2023\u20145\u201426",
            "２０２３０５２６", "５．２６"})
    void digitsAndPunctuationFromAChineseInputMethodAreUnderstood(String typed) {
        assertThat(ChineseDates.parse(typed, LocalDate.of(2023, 1, 1))).contains(MAY_26_2023);
    }

    @ParameterizedTest
    @ValueSource(strings = {"  2023-05-26  ", "\u30002023年5月26日\u3000", "2023 年 5 月 26 日", "2023 - 5 - 26", "\t2023.5.26\n"})
    void spacesAroundTheDateAndItsPartsAreIgnored(String typed) {
        assertThat(ChineseDates.parse(typed, TODAY)).contains(MAY_26_2023);
    }

    @Test
    void aLeapDayIsAcceptedOnlyInALeapYear() {
        assertThat(ChineseDates.parse("2024.2.29", TODAY)).contains(LocalDate.of(2024, 2, 29));
        assertThat(ChineseDates.parse("2023.2.29", TODAY)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023.2.30", "2023-13-01", "2023-00-10", "2023年4月31日", "20230230", "2.30", "13.1", "5月0日"})
    void aDayThatDoesNotExistIsRefused(String typed) {
        assertThat(ChineseDates.parse(typed, TODAY)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "明天", "abc", "2023", "2023年5月", "2023-5/26", "2023 5 26", "202305261",
            "2023526", "5", "2023-05-26 10:30", "2023-05-26T10:30", "-5-26", "0223-05-26", "3023-05-26"})
    void anythingElseIsRefusedRatherThanGuessed(String typed) {
        assertThat(ChineseDates.parse(typed, TODAY)).isEmpty();
    }

    @Test
    void nothingTypedIsNoDate() {
        assertThat(ChineseDates.parse(null, TODAY)).isEmpty();
    }

    @Test
    void todayIsRequiredBecauseItDecidesTheYear() {
        assertThatNullPointerException().isThrownBy(() -> ChineseDates.parse("5.26", null));
    }

    @Test
    void aFormattedDateIsReadBackAsTheSameDate() {
        for (LocalDate date = LocalDate.of(2024, 1, 1); date.getYear() == 2024; date = date.plusDays(1)) {
            assertThat(ChineseDates.parse(ChineseDates.format(date), TODAY)).contains(date);
        }
    }
}
