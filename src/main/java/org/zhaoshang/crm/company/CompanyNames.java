package org.zhaoshang.crm.company;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.zhaoshang.crm.base.text.InputText;

/**
 * Warns about companies entered twice under different spellings. Staff record the same company as
 * 上海薪太软科技有限公司, 薪太软科技 or 薪太软（上海）, so names are compared by their core: the words that
 * name this company rather than its legal form, its location or a remark in brackets.
 *
 * <p>The comparison is meant for a warning a person confirms, not for refusing an entry: it prefers a
 * false alarm (均和集团 and 均和云谷 look alike) to missing a real duplicate.
 */
public final class CompanyNames {

    /** Longest first, so that 股份有限公司 goes as a whole instead of leaving 股份 behind. */
    private static final List<String> LEGAL_FORMS = List.of("股份有限公司", "有限责任公司", "有限公司", "集团股份", "集团", "股份", "公司");

    private static final String ADMINISTRATIVE_SUFFIXES = "省市区县";
    private static final String COUNTRY = "中国";
    private static final String OPENING_BRACKETS = "([【〔";
    private static final String CLOSING_BRACKETS = ")]】〕";
    private static final int SHORTEST_MEANINGFUL_CORE = 2;

    private CompanyNames() {
    }

    /**
     * The core of a company name, for comparison only: remarks in brackets, spaces, legal forms, leading
     * place names (each optionally with 省, 市, 区 or 县) and a leading 中国 removed, ASCII in lower case.
     * A place name or 中国 is kept when nothing else would remain, so 上海集团 becomes 上海, not "".
     *
     * @param placeNames cities and provinces, with or without 市 or 省 (杭州 and 杭州市 work alike)
     */
    public static String normalize(String name, Collection<String> placeNames) {
        String core = withoutBracketedRemarks(InputText.withoutSpaces(InputText.halfWidth(name)));
        core = asciiLowerCase(core);
        for (String legalForm : LEGAL_FORMS) {
            core = core.replace(legalForm, "");
        }
        return withoutLeadingPlaces(core, placeStems(placeNames));
    }

    /**
     * Whether two names probably mean the same company: their cores are equal, or one contains the other.
     * A core of a single character says too little about a company, so it is never close to anything.
     */
    public static boolean isClose(String a, String b, Collection<String> placeNames) {
        return areCoresClose(normalize(a, placeNames), normalize(b, placeNames));
    }

    /**
     * {@link #isClose} for cores that are already {@linkplain #normalize normalized}, so that a list of
     * existing companies can be normalized once and compared against many times.
     */
    public static boolean areCoresClose(String coreA, String coreB) {
        if (coreA == null || coreB == null) {
            return false;
        }
        String shorter = coreA.length() <= coreB.length() ? coreA : coreB;
        String longer = shorter == coreA ? coreB : coreA;
        return shorter.codePointCount(0, shorter.length()) >= SHORTEST_MEANINGFUL_CORE && longer.contains(shorter);
    }

    /** An unclosed bracket hides the rest of the name, which is what 某某公司（筹 means. */
    private static String withoutBracketedRemarks(String name) {
        StringBuilder result = new StringBuilder(name.length());
        int depth = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (OPENING_BRACKETS.indexOf(c) >= 0) {
                depth++;
            } else if (CLOSING_BRACKETS.indexOf(c) >= 0) {
                depth = Math.max(0, depth - 1);
            } else if (depth == 0) {
                result.append(c);
            }
        }
        return result.toString();
    }

    private static String asciiLowerCase(String text) {
        StringBuilder result = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            result.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return result.toString();
    }

    /** Place names without their administrative suffix, longest first so 内蒙古 wins over 内蒙. */
    private static List<String> placeStems(Collection<String> placeNames) {
        Set<String> stems = new LinkedHashSet<>();
        if (placeNames != null) {
            for (String place : placeNames) {
                String stem = InputText.withoutSpaces(place);
                if (stem.length() > SHORTEST_MEANINGFUL_CORE
                        && ADMINISTRATIVE_SUFFIXES.indexOf(stem.charAt(stem.length() - 1)) >= 0) {
                    stem = stem.substring(0, stem.length() - 1);
                }
                if (!stem.isEmpty()) {
                    stems.add(stem);
                }
            }
        }
        return stems.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** Repeated because names stack places: 浙江省杭州市…, 中国上海… */
    private static String withoutLeadingPlaces(String core, List<String> stems) {
        while (true) {
            int prefix = leadingPlaceLength(core, stems);
            if (prefix == 0 || prefix == core.length()) {
                return core;
            }
            core = core.substring(prefix);
        }
    }

    private static int leadingPlaceLength(String core, List<String> stems) {
        if (core.startsWith(COUNTRY)) {
            return COUNTRY.length();
        }
        for (String stem : stems) {
            if (core.startsWith(stem)) {
                int end = stem.length();
                boolean suffixFollows = end < core.length() && ADMINISTRATIVE_SUFFIXES.indexOf(core.charAt(end)) >= 0;
                return suffixFollows ? end + 1 : end;
            }
        }
        return 0;
    }
}
