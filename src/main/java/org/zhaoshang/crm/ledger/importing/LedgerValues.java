package org.zhaoshang.crm.ledger.importing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhaoshang.crm.base.ChineseDates;
import org.zhaoshang.crm.base.Money;
import org.zhaoshang.crm.base.text.InputText;

/**
 * Reads a ledger cell as what its column means, saying what it did: every conversion that changes what a
 * person sees (亿元 to 万元, a date without its year) is a warning, and a value that cannot be understood is an
 * error, never a guess. Dates: 2023-05-26, 2023/5/26, 2023.5.26, 2023年5月26日, 20230526, date cells and Excel
 * date numbers, 5月26日 (year from the ledger's period, a warning), 2023年5月 (the 1st, a warning).
 * Amounts: numbers in the column's unit, text with its own unit (1.5亿, 3000万元, 5000000元), 约 and 余 noted.
 */
final class LedgerValues {

    /** A value and what was noticed reading it; {@code value} is null when the cell holds nothing usable. */
    record Read<T>(T value, List<Problem> problems) {

        static <T> Read<T> of(T value, Problem... problems) {
            return new Read<>(value, List.of(problems));
        }

        static <T> Read<T> empty() {
            return new Read<>(null, List.of());
        }

        static <T> Read<T> error(Problem problem) {
            return new Read<>(null, List.of(problem));
        }

        boolean failed() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    /** The year a date without one belongs to, and where that year came from (key under ledgerimport.period.). */
    record PeriodYear(Integer year, String source) {

        static PeriodYear unknown() {
            return new PeriodYear(null, "none");
        }
    }

    /** What ledgers write for "nothing": dashes, slashes, 无, 待定 … */
    private static final Set<String> PLACEHOLDERS = Set.of("-", "--", "---", "—", "——", "－", "/", "\\", "无", "暂无", "待定",
            "未定", "不详", "空", "n/a", "na", "null", "none", "未知", "尚未确定", "待确定", "/ ", "—/—", "x");
    private static final Pattern FORMULA_DANGER = Pattern.compile(
            "(?i)(HYPERLINK|WEBSERVICE|IMPORTXML|IMPORTDATA|IMPORTRANGE|IMPORTFEED|IMPORTHTML|IMAGE|CALL|REGISTER|EXEC|CMD|DDE|MSEXCEL|\\|)");
    private static final Pattern SIGNED_NUMBER = Pattern.compile("[+-]\\s*[¥￥]?\\s*[\\d.,]+\\s*(亿元|亿|万元|万|元|%)?");
    private static final Pattern APPROXIMATE = Pattern.compile("^(约|近|超|逾|大约|预计|计划)|(左右|余|多|以上|以内)$");
    private static final Pattern HAS_UNIT = Pattern.compile("(亿元|亿|万元|万|元)$");
    private static final Pattern RANGE = Pattern.compile("\\d\\s*(-|~|～|至|到)\\s*\\d");
    private static final Pattern OTHER_CURRENCY = Pattern.compile("(?i)(美元|美金|港元|港币|欧元|日元|英镑|usd|\\$|€|eur|hkd)");
    private static final Pattern MONTH_ONLY = Pattern.compile("(\\d{4})\\s*[年./-]\\s*(\\d{1,2})\\s*(月份|月)?(底|末|初)?");
    private static final Pattern TIME_SUFFIX = Pattern.compile("\\s+\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?|\\d+(\\.\\d+)?");
    /** Excel date numbers from 1990 to 2100: a count in this range in a date column is a date, not an amount. */
    private static final int FIRST_SERIAL = 32_874;
    private static final int LAST_SERIAL = 73_051;

    private LedgerValues() {
    }

    /** Nothing meant: blank or a placeholder. */
    static boolean isNothing(SourceCell cell) {
        if (cell.isBlank()) {
            return true;
        }
        return cell.kind() == SourceCell.Kind.TEXT && PLACEHOLDERS.contains(tidy(cell.text()).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether the cell would run as a formula in a spreadsheet that reopens what the CRM exports: a stored
     * formula that links out or runs commands, or text starting with = or @ (+ and - too, unless a number
     * follows). Such a cell makes its row an error; the CRM never stores it.
     */
    static Optional<Problem> injection(SourceCell cell, int column) {
        if (cell.formula() != null && FORMULA_DANGER.matcher(cell.formula()).find()) {
            return Optional.of(Problem.error(column, "formulaInjection", LedgerFile.columnLetter(column), shorten("=" + cell.formula())));
        }
        if (cell.kind() != SourceCell.Kind.TEXT) {
            return Optional.empty();
        }
        String text = InputText.strip(cell.text());
        if (text.isEmpty()) {
            return Optional.empty();
        }
        char first = text.charAt(0);
        if (first == '=' || first == '@' || first == '＝' || first == '＠') {
            return Optional.of(Problem.error(column, "textInjection", LedgerFile.columnLetter(column), shorten(text)));
        }
        if ((first == '+' || first == '-') && !SIGNED_NUMBER.matcher(text).matches() && !PLACEHOLDERS.contains(text)
                && !text.chars().allMatch(ch -> ch == '-')) {
            return Optional.of(Problem.error(column, "textInjection", LedgerFile.columnLetter(column), shorten(text)));
        }
        return Optional.empty();
    }

    /** A formula's cached result is used; said once per cell so nobody wonders why =A1*2 became 6000. */
    static Optional<Problem> formulaNote(SourceCell cell, int column) {
        if (cell.formula() == null) {
            return Optional.empty();
        }
        if (cell.kind() == SourceCell.Kind.ERROR) {
            return Optional.of(Problem.error(column, "formulaError", LedgerFile.columnLetter(column), cell.text()));
        }
        return Optional.of(Problem.note(column, "formulaResult", LedgerFile.columnLetter(column), shorten("=" + cell.formula())));
    }

    static Read<String> text(SourceCell cell, int column, int maxLength) {
        if (isNothing(cell)) {
            return Read.empty();
        }
        if (cell.kind() == SourceCell.Kind.ERROR) {
            return Read.error(Problem.error(column, "cellError", LedgerFile.columnLetter(column), cell.text()));
        }
        String text = cell.kind() == SourceCell.Kind.DATE ? ChineseDates.format(cell.date()) : InputText.strip(cell.text());
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.length() > maxLength) {
            return Read.error(Problem.error(column, "tooLong", LedgerFile.columnLetter(column), maxLength));
        }
        return Read.of(text);
    }

    /** An amount in 万元 (scale 2) from a number in the column's unit or text with a unit of its own. */
    static Read<BigDecimal> amount(SourceCell cell, int column, AmountUnit columnUnit) {
        if (isNothing(cell)) {
            return Read.empty();
        }
        String col = LedgerFile.columnLetter(column);
        switch (cell.kind()) {
            case NUMBER -> {
                return inWan(cell.number(), columnUnit, cell.text(), column, null);
            }
            case TEXT -> {
                // handled below
            }
            default -> {
                return Read.error(Problem.error(column, "notAmount", col, cell.text()));
            }
        }
        String text = tidy(cell.text()).replace("人民币", "").replace("RMB", "").replace("rmb", "").replace(" ", "");
        if (OTHER_CURRENCY.matcher(text).find()) {
            return Read.error(Problem.error(column, "otherCurrency", col, cell.stripped()));
        }
        if (RANGE.matcher(text).find()) {
            return Read.error(Problem.error(column, "amountRange", col, cell.stripped()));
        }
        Problem approximate = null;
        Matcher approx = APPROXIMATE.matcher(text);
        if (approx.find()) {
            text = APPROXIMATE.matcher(text).replaceAll("");
            approximate = Problem.warning(column, "approximate", col, cell.stripped());
        }
        if (text.startsWith("-")) {
            return Read.error(Problem.error(column, "negative", col, cell.stripped()));
        }
        if (HAS_UNIT.matcher(text).find()) {
            Optional<BigDecimal> wan = Money.parseWan(text);
            if (wan.isEmpty()) {
                return Read.error(Problem.error(column, "notAmount", col, cell.stripped()));
            }
            List<Problem> problems = new ArrayList<>();
            if (approximate != null) {
                problems.add(approximate);
            }
            if (text.contains("亿") || text.endsWith("元") && !text.endsWith("万元")) {
                problems.add(Problem.warning(column, "converted", col, cell.stripped(), Money.format(wan.get())));
            }
            return new Read<>(wan.get(), problems);
        }
        String digits = text.replace("¥", "").replace("￥", "");
        if (!NUMBER.matcher(digits).matches()) {
            return Read.error(Problem.error(column, "notAmount", col, cell.stripped()));
        }
        return inWan(new BigDecimal(digits.replace(",", "")), columnUnit, cell.stripped(), column, approximate);
    }

    private static Read<BigDecimal> inWan(BigDecimal number, AmountUnit unit, String shown, int column, Problem approximate) {
        String col = LedgerFile.columnLetter(column);
        if (number.signum() < 0) {
            return Read.error(Problem.error(column, "negative", col, shown));
        }
        BigDecimal wan = number.multiply(unit.toWan()).setScale(Money.SCALE, RoundingMode.HALF_UP);
        List<Problem> problems = new ArrayList<>();
        if (approximate != null) {
            problems.add(approximate);
        }
        if (unit != AmountUnit.WAN) {
            problems.add(Problem.warning(column, unit == AmountUnit.YI ? "convertedFromYi" : "convertedFromYuan", col, shown,
                    Money.format(wan)));
        }
        return new Read<>(wan, problems);
    }

    /** A whole number (就业人数): 200, 200人, 约200人. */
    static Read<Integer> integer(SourceCell cell, int column) {
        if (isNothing(cell)) {
            return Read.empty();
        }
        String col = LedgerFile.columnLetter(column);
        BigDecimal number;
        Problem approximate = null;
        if (cell.kind() == SourceCell.Kind.NUMBER) {
            number = cell.number();
        } else if (cell.kind() == SourceCell.Kind.TEXT) {
            String text = tidy(cell.text()).replace(" ", "").replace("人", "").replace("个", "").replace("名", "");
            if (APPROXIMATE.matcher(text).find()) {
                text = APPROXIMATE.matcher(text).replaceAll("");
                approximate = Problem.warning(column, "approximate", col, cell.stripped());
            }
            if (!NUMBER.matcher(text).matches()) {
                return Read.error(Problem.error(column, "notNumber", col, cell.stripped()));
            }
            number = new BigDecimal(text.replace(",", ""));
        } else {
            return Read.error(Problem.error(column, "notNumber", col, cell.text()));
        }
        if (number.signum() < 0 || number.stripTrailingZeros().scale() > 0 || number.compareTo(BigDecimal.valueOf(10_000_000)) > 0) {
            return Read.error(Problem.error(column, "notWholeNumber", col, cell.stripped()));
        }
        return approximate == null ? Read.of(number.intValue()) : Read.of(number.intValue(), approximate);
    }

    /** A measure (亩, 平方米) with its unit word removed; 万平方米 is multiplied out (a warning). */
    static Read<BigDecimal> measure(SourceCell cell, int column) {
        if (isNothing(cell)) {
            return Read.empty();
        }
        String col = LedgerFile.columnLetter(column);
        if (cell.kind() == SourceCell.Kind.NUMBER) {
            return cell.number().signum() < 0 ? Read.error(Problem.error(column, "negative", col, cell.text()))
                    : Read.of(cell.number().setScale(2, RoundingMode.HALF_UP));
        }
        if (cell.kind() != SourceCell.Kind.TEXT) {
            return Read.error(Problem.error(column, "notNumber", col, cell.text()));
        }
        String text = tidy(cell.text()).replace(" ", "");
        List<Problem> problems = new ArrayList<>();
        if (APPROXIMATE.matcher(text).find()) {
            text = APPROXIMATE.matcher(text).replaceAll("");
            problems.add(Problem.warning(column, "approximate", col, cell.stripped()));
        }
        BigDecimal factor = BigDecimal.ONE;
        if (text.endsWith("万平方米") || text.endsWith("万平米") || text.endsWith("万㎡")) {
            factor = BigDecimal.valueOf(10_000);
        }
        text = text.replaceAll("(万)?(平方米|平米|㎡|m2|m²|亩)$", "");
        if (!NUMBER.matcher(text).matches()) {
            return Read.error(Problem.error(column, "notNumber", col, cell.stripped()));
        }
        BigDecimal value = new BigDecimal(text.replace(",", "")).multiply(factor).setScale(2, RoundingMode.HALF_UP);
        if (factor.compareTo(BigDecimal.ONE) != 0) {
            problems.add(Problem.warning(column, "convertedArea", col, cell.stripped(), value.toPlainString()));
        }
        return new Read<>(value, problems);
    }

    /** A date in any of the ways ledgers write one; see the class comment. */
    static Read<LocalDate> date(SourceCell cell, int column, PeriodYear period) {
        if (isNothing(cell)) {
            return Read.empty();
        }
        String col = LedgerFile.columnLetter(column);
        return switch (cell.kind()) {
            case DATE -> Read.of(cell.date());
            case NUMBER -> dateFromNumber(cell, column);
            case TEXT -> dateFromText(cell.stripped(), column, period);
            default -> Read.error(Problem.error(column, "notDate", col, cell.text()));
        };
    }

    private static Read<LocalDate> dateFromNumber(SourceCell cell, int column) {
        String col = LedgerFile.columnLetter(column);
        BigDecimal number = cell.number();
        String plain = number.toPlainString();
        if (plain.matches("(19|20|21)\\d{6}")) {
            return ChineseDates.parse(plain, LocalDate.of(2000, 1, 1)).map(d -> Read.of(d))
                    .orElseGet(() -> Read.error(Problem.error(column, "notDate", col, plain)));
        }
        Matcher yearMonth = Pattern.compile("(19\\d{2}|2[01]\\d{2})\\.(\\d{1,2})").matcher(plain);
        if (yearMonth.matches()) {
            if (yearMonth.group(2).equals("1")) {
                return Read.error(Problem.error(column, "ambiguousMonth", col, plain));
            }
            return monthOnly(Integer.parseInt(yearMonth.group(1)), Integer.parseInt(yearMonth.group(2)), column, plain);
        }
        if (number.stripTrailingZeros().scale() <= 0 && number.intValue() >= FIRST_SERIAL && number.intValue() <= LAST_SERIAL) {
            LocalDate date = org.apache.poi.ss.usermodel.DateUtil.getLocalDateTime(number.doubleValue(), false).toLocalDate();
            return Read.of(date, Problem.warning(column, "serialDate", col, plain, ChineseDates.format(date)));
        }
        return Read.error(Problem.error(column, "notDate", col, plain));
    }

    private static Read<LocalDate> dateFromText(String original, int column, PeriodYear period) {
        String col = LedgerFile.columnLetter(column);
        String text = TIME_SUFFIX.matcher(tidy(original)).replaceFirst("");
        text = text.replaceAll("\\s*(星期|周)[一二三四五六日天]$", "").replaceAll("[(（][^)）]*[)）]$", "");
        Optional<LocalDate> one = ChineseDates.parse(text, LocalDate.of(2001, 1, 1));
        if (one.isPresent()) {
            Optional<LocalDate> other = ChineseDates.parse(text, LocalDate.of(2004, 1, 1));
            if (other.isPresent() && one.get().getYear() == other.get().getYear()) {
                return Read.of(one.get());
            }
            // month and day only: the year has to come from the ledger
            if (period.year() == null) {
                return Read.error(Problem.error(column, "dateWithoutYear", col, original));
            }
            Optional<LocalDate> inPeriod = ChineseDates.parse(text, LocalDate.of(period.year(), 1, 1));
            if (inPeriod.isEmpty()) {
                return Read.error(Problem.error(column, "notDate", col, original));
            }
            return Read.of(inPeriod.get(), Problem.warning(column, "yearAdded", col, original,
                    ChineseDates.format(inPeriod.get()), "ledgerimport.period." + period.source()));
        }
        if (text.matches("\\d{4}\\s*[-/.]\\s*\\d{1,2}\\s*[-/.]\\s*\\d{1,2}") || text.matches("\\d{4}年\\d{1,2}月\\d{1,2}日?")) {
            // the shape of a date, but not a day that exists (2023.2.30)
            return Read.error(Problem.error(column, "noSuchDay", col, original));
        }
        Matcher month = MONTH_ONLY.matcher(text);
        if (month.matches()) {
            if (month.group(4) != null) {
                return Read.error(Problem.error(column, "vagueDate", col, original));
            }
            return monthOnly(Integer.parseInt(month.group(1)), Integer.parseInt(month.group(2)), column, original);
        }
        return Read.error(Problem.error(column, "notDate", col, original));
    }

    private static Read<LocalDate> monthOnly(int year, int month, int column, String shown) {
        String col = LedgerFile.columnLetter(column);
        try {
            LocalDate first = LocalDate.of(year, month, 1);
            return Read.of(first, Problem.warning(column, "monthOnly", col, shown, ChineseDates.format(first)));
        } catch (DateTimeException e) {
            return Read.error(Problem.error(column, "notDate", col, shown));
        }
    }

    /** Full-width forms folded, spaces at the ends gone. */
    static String tidy(String text) {
        return InputText.strip(InputText.halfWidth(text));
    }

    static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
