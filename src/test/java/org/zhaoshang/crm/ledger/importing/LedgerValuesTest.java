package org.zhaoshang.crm.ledger.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Every messy way a ledger writes dates and amounts, and what the import says about each. */
class LedgerValuesTest {

    private static final LedgerValues.PeriodYear YEAR_2023 = new LedgerValues.PeriodYear(2023, "title");

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"2023-05-26", "2023/5/26", "2023.5.26", "2023年5月26日", "20230526", "2023-05-26 00:00:00",
            "2023/5/26 9:30", "２０２３．５．２６", " 2023年5月26日 ", "2023 年 5 月 26 日", "23.5.26"})
    void textDatesWithTheirYearAreReadWithoutComment(String text) {
        LedgerValues.Read<LocalDate> read = LedgerValues.date(SourceCell.text(text), 3, YEAR_2023);

        assertThat(read.value()).isEqualTo(LocalDate.of(2023, 5, 26));
        assertThat(read.problems()).isEmpty();
    }

    @Test
    void dateCellsAreDates() {
        assertThat(LedgerValues.date(SourceCell.date(LocalDate.of(2023, 5, 26)), 0, YEAR_2023).value())
                .isEqualTo(LocalDate.of(2023, 5, 26));
    }

    @Test
    void aNumberLike20230526IsThatDate() {
        LedgerValues.Read<LocalDate> read = LedgerValues.date(SourceCell.number(new BigDecimal("20230526")), 0, YEAR_2023);
        assertThat(read.value()).isEqualTo(LocalDate.of(2023, 5, 26));
        assertThat(read.problems()).isEmpty();
    }

    @Test
    void anExcelDateNumberInADateColumnIsReadAsADateWithAWarning() {
        // 45072 is 2023-05-26 in Excel's 1900 date system
        LedgerValues.Read<LocalDate> read = LedgerValues.date(SourceCell.number(new BigDecimal("45072")), 4, YEAR_2023);
        assertThat(read.value()).isEqualTo(LocalDate.of(2023, 5, 26));
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(p.key()).isEqualTo("serialDate");
            assertThat(p.arguments()).containsExactly("E", "45072", "2023年5月26日");
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"5月26日", "5月26号", "5.26", "5/26"})
    void monthAndDayTakeTheLedgersYearAndSaySo(String text) {
        LedgerValues.Read<LocalDate> read = LedgerValues.date(SourceCell.text(text), 2, YEAR_2023);

        assertThat(read.value()).isEqualTo(LocalDate.of(2023, 5, 26));
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(p.key()).isEqualTo("yearAdded");
            assertThat(p.arguments()).containsExactly("C", text, "2023年5月26日", "ledgerimport.period.title");
        });
    }

    @Test
    void monthAndDayWithoutAKnownYearAreAnError() {
        LedgerValues.Read<LocalDate> read = LedgerValues.date(SourceCell.text("5月26日"), 2, LedgerValues.PeriodYear.unknown());
        assertThat(read.value()).isNull();
        assertThat(read.failed()).isTrue();
        assertThat(read.problems().getFirst().key()).isEqualTo("dateWithoutYear");
    }

    @Test
    void aMonthAloneIsTheFirstWithAWarning() {
        for (String text : new String[] {"2023年5月", "2023.5", "2023-05", "2023年5月份"}) {
            LedgerValues.Read<LocalDate> read = LedgerValues.date(SourceCell.text(text), 0, YEAR_2023);
            assertThat(read.value()).as(text).isEqualTo(LocalDate.of(2023, 5, 1));
            assertThat(read.problems()).as(text).singleElement().extracting(Problem::key).isEqualTo("monthOnly");
        }
        LedgerValues.Read<LocalDate> number = LedgerValues.date(SourceCell.number(new BigDecimal("2023.5")), 0, YEAR_2023);
        assertThat(number.value()).isEqualTo(LocalDate.of(2023, 5, 1));
        LedgerValues.Read<LocalDate> octoberOrJanuary = LedgerValues.date(SourceCell.number(new BigDecimal("2023.1")), 0, YEAR_2023);
        assertThat(octoberOrJanuary.failed()).isTrue();
        assertThat(octoberOrJanuary.problems().getFirst().key()).isEqualTo("ambiguousMonth");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2023.2.30, noSuchDay", "2023年5月底, vagueDate", "下半年, notDate", "待定2, notDate", "2023年, notDate"})
    void whatIsNotADayIsAnErrorNeverAGuess(String text, String key) {
        LedgerValues.Read<LocalDate> read = LedgerValues.date(SourceCell.text(text), 1, YEAR_2023);
        assertThat(read.value()).isNull();
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.key()).isEqualTo(key);
        });
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"", "  ", "-", "—", "/", "无", "待定", "暂无"})
    void placeholdersMeanNothing(String text) {
        assertThat(LedgerValues.date(SourceCell.text(text), 0, YEAR_2023)).isEqualTo(LedgerValues.Read.empty());
        assertThat(LedgerValues.amount(SourceCell.text(text), 0, AmountUnit.WAN)).isEqualTo(LedgerValues.Read.empty());
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {"3000|3000.00", "3,000.5|3000.50", "3000万|3000.00", "3000万元|3000.00",
            "¥3000|3000.00", "３０００|3000.00", "3000 万元|3000.00"})
    void amountsInWanNeedNoComment(String text, String wan) {
        LedgerValues.Read<BigDecimal> read = LedgerValues.amount(SourceCell.text(text), 5, AmountUnit.WAN);
        assertThat(read.value()).isEqualByComparingTo(wan);
        assertThat(read.problems()).isEmpty();
    }

    @Test
    void yiInTheCellBecomesWanWithAWarning() {
        LedgerValues.Read<BigDecimal> read = LedgerValues.amount(SourceCell.text("1.5亿"), 5, AmountUnit.WAN);
        assertThat(read.value()).isEqualByComparingTo("15000");
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(p.key()).isEqualTo("converted");
            assertThat(p.arguments()).containsExactly("F", "1.5亿", "15,000.00");
        });
        assertThat(LedgerValues.amount(SourceCell.text("2亿元"), 5, AmountUnit.WAN).value()).isEqualByComparingTo("20000");
        // the cell's own unit wins over the column's
        assertThat(LedgerValues.amount(SourceCell.text("2亿元"), 5, AmountUnit.YI).value()).isEqualByComparingTo("20000");
        assertThat(LedgerValues.amount(SourceCell.text("500万元"), 5, AmountUnit.YI).value()).isEqualByComparingTo("500");
    }

    @Test
    void numbersInAYiColumnBecomeWanWithAWarning() {
        LedgerValues.Read<BigDecimal> number = LedgerValues.amount(SourceCell.number(new BigDecimal("1.5")), 2, AmountUnit.YI);
        assertThat(number.value()).isEqualByComparingTo("15000");
        assertThat(number.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("convertedFromYi");
            assertThat(p.arguments()).containsExactly("C", "1.5", "15,000.00");
        });
        assertThat(LedgerValues.amount(SourceCell.text("0.8"), 2, AmountUnit.YI).value()).isEqualByComparingTo("8000");
        assertThat(LedgerValues.amount(SourceCell.number(new BigDecimal("5000000")), 2, AmountUnit.YUAN).value())
                .isEqualByComparingTo("500");
    }

    @Test
    void approximateAmountsAreTakenWithAWarning() {
        LedgerValues.Read<BigDecimal> read = LedgerValues.amount(SourceCell.text("约5亿元"), 0, AmountUnit.WAN);
        assertThat(read.value()).isEqualByComparingTo("50000");
        assertThat(read.problems()).extracting(Problem::key).containsExactly("approximate", "converted");
        assertThat(LedgerValues.amount(SourceCell.text("3000余"), 0, AmountUnit.WAN).value()).isEqualByComparingTo("3000");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"3-5亿, amountRange", "500万美元, otherCurrency", "-300, negative", "三千万, notAmount", "'3,5', notAmount"})
    void amountsThatCannotBeUnderstoodAreErrors(String text, String key) {
        LedgerValues.Read<BigDecimal> read = LedgerValues.amount(SourceCell.text(text), 0, AmountUnit.WAN);
        assertThat(read.value()).isNull();
        assertThat(read.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.key()).isEqualTo(key);
        });
    }

    @Test
    void jobsAndAreasDropTheirUnitWords() {
        assertThat(LedgerValues.integer(SourceCell.text("200人"), 0).value()).isEqualTo(200);
        assertThat(LedgerValues.integer(SourceCell.text("约200人"), 0).problems()).extracting(Problem::key).containsExactly("approximate");
        assertThat(LedgerValues.integer(SourceCell.text("20.5"), 0).failed()).isTrue();
        assertThat(LedgerValues.measure(SourceCell.text("50亩"), 0).value()).isEqualByComparingTo("50");
        assertThat(LedgerValues.measure(SourceCell.text("1.2万平方米"), 0).value()).isEqualByComparingTo("12000");
    }

    @Test
    void textThatWouldRunAsAFormulaIsRefused() {
        assertThat(LedgerValues.injection(SourceCell.text("=HYPERLINK(\"http://x\",\"点击\")"), 1)).get()
                .satisfies(p -> {
                    assertThat(p.isError()).isTrue();
                    assertThat(p.key()).isEqualTo("textInjection");
                });
        assertThat(LedgerValues.injection(SourceCell.text("@SUM(A1:A3)"), 1)).isPresent();
        assertThat(LedgerValues.injection(SourceCell.text("-2+3+cmd|' /C calc'!A0"), 1)).isPresent();
        assertThat(LedgerValues.injection(SourceCell.text("+cmd|' /C calc'!A0"), 1)).isPresent();
        assertThat(LedgerValues.injection(SourceCell.text("-300"), 1)).isEmpty();
        assertThat(LedgerValues.injection(SourceCell.text("-"), 1)).isEmpty();
        assertThat(LedgerValues.injection(SourceCell.text("普通文字"), 1)).isEmpty();
        SourceCell linking = SourceCell.text("点击查看").withFormula("HYPERLINK(\"http://evil.example\",\"点击查看\")");
        assertThat(LedgerValues.injection(linking, 1)).get().extracting(Problem::key).isEqualTo("formulaInjection");
        SourceCell sum = SourceCell.number(new BigDecimal("6000")).withFormula("SUM(D5:E5)");
        assertThat(LedgerValues.injection(sum, 1)).isEmpty();
        assertThat(LedgerValues.formulaNote(sum, 1)).get().extracting(Problem::key).isEqualTo("formulaResult");
    }
}
