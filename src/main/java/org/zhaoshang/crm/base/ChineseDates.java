package org.zhaoshang.crm.base;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhaoshang.crm.base.text.InputText;

/**
 * Dates the way office staff write and type them: 2023年5月26日 on paper and in reports, and in input
 * fields whatever is quickest, 2023.5.26, 20230526 or just 5.26, often with a Chinese input method that
 * makes the digits and dots full-width.
 */
public final class ChineseDates {

    /**
     * Years outside this range are typos (0223 for 2023) rather than dates anyone in the office means;
     * refusing them beats storing year 223.
     */
    private static final int EARLIEST_YEAR = 1900;
    private static final int LATEST_YEAR = 2199;
    private static final int CENTURY = 2000;

    private static final String YEAR = "(\\d{4}|\\d{2})";
    private static final String MONTH = "(\\d{1,2})";
    private static final String DAY = "(\\d{1,2})";
    private static final String SEPARATOR = "([-/.])";

    private static final Pattern WITH_YEAR_IN_CHINESE = Pattern.compile(YEAR + "年" + MONTH + "月" + DAY + "[日号]?");
    private static final Pattern WITH_YEAR_SEPARATED = Pattern.compile(YEAR + SEPARATOR + MONTH + "\\2" + DAY);
    private static final Pattern WITH_YEAR_COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern THIS_YEAR_IN_CHINESE = Pattern.compile(MONTH + "月" + DAY + "[日号]?");
    private static final Pattern THIS_YEAR_SEPARATED = Pattern.compile(MONTH + SEPARATOR + DAY);

    private ChineseDates() {
    }

    /** 2023年5月26日, without zero padding; "" for no date. */
    public static String format(LocalDate date) {
        if (date == null) {
            return "";
        }
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** 2023年5月; "" for no month. */
    public static String formatMonth(YearMonth month) {
        if (month == null) {
            return "";
        }
        return month.getYear() + "年" + month.getMonthValue() + "月";
    }

    /**
     * The date a person meant, or empty if the text is not a date or names a day that does not exist
     * (2023.2.30). Accepts 2023年5月26日, 2023-05-26, 2023/5/26, 2023.5.26, 20230526, a two-digit year
     * (23.5.26 is 2023), and month and day alone (5月26日, 5-26, 5.26, 5/26) in the year of {@code today};
     * full-width digits and punctuation and spaces around the parts are fine.
     */
    public static Optional<LocalDate> parse(String text, LocalDate today) {
        Objects.requireNonNull(today, "today");
        String typed = tidy(text);
        Matcher matcher;
        if ((matcher = WITH_YEAR_IN_CHINESE.matcher(typed)).matches()) {
            return date(year(matcher.group(1)), matcher.group(2), matcher.group(3));
        }
        if ((matcher = WITH_YEAR_SEPARATED.matcher(typed)).matches()) {
            return date(year(matcher.group(1)), matcher.group(3), matcher.group(4));
        }
        if ((matcher = WITH_YEAR_COMPACT.matcher(typed)).matches()) {
            return date(year(matcher.group(1)), matcher.group(2), matcher.group(3));
        }
        if ((matcher = THIS_YEAR_IN_CHINESE.matcher(typed)).matches()) {
            return date(today.getYear(), matcher.group(1), matcher.group(2));
        }
        if ((matcher = THIS_YEAR_SEPARATED.matcher(typed)).matches()) {
            return date(today.getYear(), matcher.group(1), matcher.group(3));
        }
        return Optional.empty();
    }

    /**
     * Folds what input methods produce into ASCII: full-width forms, the ideographic full stop typed for a
     * dot, and the dashes that word processors substitute for a hyphen. Spaces next to a separator go,
     * spaces between two numbers stay, so "2023 5 26" is not silently read as 2023526.
     */
    private static String tidy(String text) {
        String folded = InputText.strip(InputText.halfWidth(text))
                .replace('。', '.')
                .replace('\u2014', '-')
                .replace('\u2013', '-')
                .replace('\u2212', '-');
        StringBuilder tidy = new StringBuilder(folded.length());
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (!InputText.isSpace(c)) {
                tidy.append(c);
            } else if (endsWithDigit(tidy) && nextNonSpaceIsDigit(folded, i)) {
                tidy.append(' ');
            }
        }
        return tidy.toString();
    }

    private static boolean endsWithDigit(StringBuilder text) {
        return !text.isEmpty() && Character.isDigit(text.charAt(text.length() - 1));
    }

    private static boolean nextNonSpaceIsDigit(String text, int from) {
        for (int i = from; i < text.length(); i++) {
            if (!InputText.isSpace(text.charAt(i))) {
                return Character.isDigit(text.charAt(i));
            }
        }
        return false;
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        return digits.length() == 2 ? CENTURY + year : year;
    }

    private static Optional<LocalDate> date(int year, String month, String day) {
        if (year < EARLIEST_YEAR || year > LATEST_YEAR) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException notADay) {
            return Optional.empty();
        }
    }

    private static final String[] NUMERALS = {"〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    /**
     * A date range the way reports head it, naming the year and month only once when they repeat:
     * 2023年5月24日至27日, 2023年4月21日至5月2日, 2023年12月30日至2024年1月2日; a single date for a one-day
     * range or when only one end is known; "" for no dates.
     */
    public static String range(LocalDate start, LocalDate end) {
        if (start == null || end == null || start.equals(end)) {
            return format(start == null ? end : start);
        }
        String to;
        if (start.getYear() != end.getYear()) {
            to = format(end);
        } else if (start.getMonthValue() != end.getMonthValue()) {
            to = end.getMonthValue() + "月" + end.getDayOfMonth() + "日";
        } else {
            to = end.getDayOfMonth() + "日";
        }
        return format(start) + "至" + to;
    }

    /** 一 … 九十九 as in 第一天 and （一）; numbers outside that range (never seen in practice) as digits. */
    public static String numeral(int n) {
        if (n <= 0 || n >= 100) {
            return String.valueOf(n);
        }
        if (n < 10) {
            return NUMERALS[n];
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : NUMERALS[tens]) + "十" + (ones == 0 ? "" : NUMERALS[ones]);
    }
}
