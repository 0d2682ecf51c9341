package org.zhaoshang.crm.ledger.importing;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.zhaoshang.crm.base.text.InputText;
import org.zhaoshang.crm.ledger.LedgerType;

/**
 * Reads what a header cell says: the field it names (项目名称, 总投资（亿元）, 计划开工时间 …) and the unit of its
 * amounts. Exact synonyms win; otherwise the longest synonym contained in a short header, so that
 * 项目建设地点 is 建设地点 and not 项目. A header that mentions 计划, 预计 or 拟 takes the planned twin of a
 * date (预计开工日期 is a plan, not the day work started).
 */
final class HeaderNames {

    /** A header this much longer than the synonym it contains is more likely a title or a note than a header. */
    private static final int MAX_EXTRA_CHARACTERS = 6;
    private static final Pattern BRACKETED = Pattern.compile("[(（\\[【]([^)）\\]】]*)[)）\\]】]?");
    private static final Pattern LEADING_NUMBERING = Pattern.compile("^(\\d{1,2}[.、]|[一二三四五六七八九十]+、)");

    private HeaderNames() {
    }

    /** A header's core for matching: no spaces, brackets, units, required-markers or numbering; ASCII lower case. */
    static String normalize(String header) {
        String text = InputText.withoutSpaces(InputText.halfWidth(header)).replace("*", "").replace("※", "")
                .replace("：", "").replace(":", "");
        text = BRACKETED.matcher(text).replaceAll("");
        text = LEADING_NUMBERING.matcher(text).replaceFirst("");
        for (String unit : new String[] {"万元", "亿元"}) {
            if (text.endsWith(unit) && text.length() > unit.length()) {
                text = text.substring(0, text.length() - unit.length());
            }
        }
        return text.toLowerCase(java.util.Locale.ROOT);
    }

    /** The field a header names in any ledger (used to find the header row), or empty when it names none of them. */
    static Optional<LedgerField> field(String header) {
        return field(header, java.util.Arrays.asList(LedgerField.values()));
    }

    /** The field a header names in a ledger of this type (类别 is a batch in 三个一批, a category in 问题督办). */
    static Optional<LedgerField> field(String header, LedgerType type) {
        return field(header, LedgerField.of(type));
    }

    private static Optional<LedgerField> field(String header, java.util.List<LedgerField> fields) {
        String core = normalize(header);
        if (core.isEmpty()) {
            return Optional.empty();
        }
        for (LedgerField field : fields) {
            if (field.synonyms().contains(core)) {
                return Optional.of(field);
            }
        }
        LedgerField best = null;
        int bestLength = 0;
        int bestPosition = Integer.MAX_VALUE;
        for (LedgerField field : fields) {
            for (String synonym : field.synonyms()) {
                int at = core.indexOf(synonym);
                if (synonym.length() < 2 || at < 0 || core.length() > synonym.length() + MAX_EXTRA_CHARACTERS) {
                    continue;
                }
                if (synonym.length() > bestLength || synonym.length() == bestLength && at < bestPosition) {
                    best = field;
                    bestLength = synonym.length();
                    bestPosition = at;
                }
            }
        }
        if (best != null && (core.contains("计划") || core.contains("预计") || core.startsWith("拟"))) {
            best = best.planned();
        }
        return Optional.ofNullable(best);
    }

    /** The amount unit a header names in or out of brackets (（亿元）, 亿元, （元）); empty when none. */
    static Optional<AmountUnit> unit(String header) {
        String text = InputText.withoutSpaces(InputText.halfWidth(header));
        Matcher bracketed = BRACKETED.matcher(text);
        while (bracketed.find()) {
            Optional<AmountUnit> unit = unitWord(bracketed.group(1));
            if (unit.isPresent()) {
                return unit;
            }
        }
        if (text.endsWith("亿元") || text.endsWith("亿")) {
            return Optional.of(AmountUnit.YI);
        }
        if (text.endsWith("万元")) {
            return Optional.of(AmountUnit.WAN);
        }
        return Optional.empty();
    }

    private static Optional<AmountUnit> unitWord(String word) {
        String w = word.replace("单位", "").replace(":", "").replace("：", "").replace("人民币", "");
        return switch (w) {
            case "亿元", "亿" -> Optional.of(AmountUnit.YI);
            case "万元", "万" -> Optional.of(AmountUnit.WAN);
            case "元" -> Optional.of(AmountUnit.YUAN);
            default -> Optional.empty();
        };
    }
}
