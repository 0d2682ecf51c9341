package org.zhaoshang.crm.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @Test
    void anAmountIsShownWithThousandsGroupingAndTwoDecimals() {
        assertThat(Money.format(new BigDecimal("3000"))).isEqualTo("3,000.00");
        assertThat(Money.format(new BigDecimal("1234567.5"))).isEqualTo("1,234,567.50");
        assertThat(Money.format(new BigDecimal("0.3"))).isEqualTo("0.30");
        assertThat(Money.format(BigDecimal.ZERO)).isEqualTo("0.00");
    }

    @Test
    void aThirdDecimalIsRoundedHalfUpForDisplay() {
        assertThat(Money.format(new BigDecimal("2.345"))).isEqualTo("2.35");
        assertThat(Money.format(new BigDecimal("2.344"))).isEqualTo("2.34");
    }

    @Test
    void aDecreaseIsShownWithItsSign() {
        assertThat(Money.format(new BigDecimal("-1500"))).isEqualTo("-1,500.00");
    }

    @Test
    void noAmountIsShownAsNothing() {
        assertThat(Money.format(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "3000        | 3000.00",
            "3,000.5     | 3000.50",
            "3,000,000   | 3000000.00",
            "３０００     | 3000.00",
            "３，０００．５ | 3000.50",
            "0           | 0.00",
            "0.125       | 0.13",
            "12.5        | 12.50"})
    void aPlainNumberIsTakenAsTenThousandYuan(String typed, String wan) {
        assertThat(Money.parseWan(typed)).contains(new BigDecimal(wan));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "3000万      | 3000.00",
            "3000万元    | 3000.00",
            "0.3亿       | 3000.00",
            "0.3亿元     | 3000.00",
            "1.25亿      | 12500.00",
            "5000000元   | 500.00",
            "5,000,000元 | 500.00",
            "12345元     | 1.23",
            "¥5000000元  | 500.00",
            "￥3000万    | 3000.00",
            "０.３亿元    | 3000.00"})
    void anAmountInAnotherUnitIsConvertedToTenThousandYuan(String typed, String wan) {
        assertThat(Money.parseWan(typed)).contains(new BigDecimal(wan));
    }

    @Test
    void theParsedAmountAlwaysHasTwoDecimals() {
        assertThat(Money.parseWan("3000")).get().extracting(BigDecimal::scale).isEqualTo(2);
        assertThat(Money.parseWan("0.3亿")).get().extracting(BigDecimal::scale).isEqualTo(2);
        assertThat(Money.parseWan("1元")).get().extracting(BigDecimal::scale).isEqualTo(2);
    }

    @Test
    void spacesAroundTheAmountAndBeforeTheUnitAreIgnored() {
        assertThat(Money.parseWan("  3000  ")).contains(new BigDecimal("3000.00"));
        assertThat(Money.parseWan("\u30003000 万元\u3000")).contains(new BigDecimal("3000.00"));
        assertThat(Money.parseWan("\u00A03000\u00A0")).contains(new BigDecimal("3000.00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-3000", "－3000", "-0.3亿"})
    void aNegativeAmountIsRefused(String typed) {
        assertThat(Money.parseWan(typed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"3000万美元", "3000美元", "300 万港元", "$3000"})
    void anAmountInAnotherCurrencyIsRefusedRatherThanTakenAsYuan(String typed) {
        assertThat(Money.parseWan(typed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "三千万", "abc", "3,5", "30,00", "3000 5000", "3.0.0", ".5", "3000亿万", "约3000万",
            "3000万左右", "1e5"})
    void anythingThatIsNotClearlyAnAmountIsRefused(String typed) {
        assertThat(Money.parseWan(typed)).isEmpty();
    }

    @Test
    void nothingTypedIsNoAmount() {
        assertThat(Money.parseWan(null)).isEmpty();
    }

    @Test
    void aFormattedAmountIsReadBackAsTheSameAmount() {
        BigDecimal amount = new BigDecimal("1234567.89");

        assertThat(Money.parseWan(Money.format(amount))).contains(amount);
    }
}
