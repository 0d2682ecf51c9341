package org.zhaoshang.crm.base;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhaoshang.crm.base.text.InputText;

/**
 * Amounts in 万元 (ten thousand yuan), the unit every investment figure in the district is reported in,
 * held as BigDecimal with two decimals. People still type amounts in whatever unit their source used
 * (0.3亿, 5000000元), so parsing converts to 万元 instead of making them do the arithmetic.
 */
public final class Money {

    public static final int SCALE = 2;

    private static final BigDecimal YUAN_PER_WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal WAN_PER_YI = BigDecimal.valueOf(10_000);

    /**
     * Digits with correct thousands grouping or none at all, so 3,5 (a European decimal) is not read as 35.
     * Spaces are allowed around the number but not inside it: "3000 5000" is two numbers pasted together.
     */
    private static final Pattern AMOUNT = Pattern.compile(
            "[¥￥]?\\s*(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?\\s*(亿元|亿|万元|万|元)?");

    private Money() {
    }

    /** 3,000.00: grouped, two decimals, rounded half up; "" for no amount. */
    public static String format(BigDecimal wan) {
        if (wan == null) {
            return "";
        }
        // DecimalFormat is not thread-safe, and creating one is cheap next to rendering a grid cell.
        DecimalFormat format = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(wan);
    }

    /**
     * An amount in 万元, scale 2, from what a person typed: 3000, 3,000.5, ３０００, 3000万, 3000万元,
     * 0.3亿, 0.3亿元 or 5000000元 (converted to 500.00), optionally after ¥. Empty for negative amounts,
     * other currencies and anything that is not an amount.
     */
    public static Optional<BigDecimal> parseWan(String text) {
        Matcher matcher = AMOUNT.matcher(InputText.strip(InputText.halfWidth(text)));
        if (!matcher.matches()) {
            return Optional.empty();
        }
        String digits = matcher.group(1).replace(",", "") + (matcher.group(2) == null ? "" : matcher.group(2));
        BigDecimal amount = new BigDecimal(digits);
        String unit = matcher.group(3) == null ? "万" : matcher.group(3);
        BigDecimal wan = switch (unit) {
            case "亿", "亿元" -> amount.multiply(WAN_PER_YI);
            case "元" -> amount.divide(YUAN_PER_WAN);
            default -> amount;
        };
        return Optional.of(wan.setScale(SCALE, RoundingMode.HALF_UP));
    }
}
