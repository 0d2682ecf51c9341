package org.zhaoshang.crm.base.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * Pinyin initials, the way staff search for a company they cannot be bothered to type in Chinese:
 * "sst" finds 时事通. Characters with several readings (重 zhong/chong, 长 zhang/chang, 行 xing/hang)
 * make the search key hold several spellings, because the dictionary's first reading is often not the
 * one used in a name (长沙 is "cs", while the first reading of 长 is zhang).
 */
public final class PinyinInitials {

    /** Enough for the plausible readings of a name, few enough to keep the key short. */
    public static final int SEARCH_KEY_VARIANTS = 8;

    /** The search key column is a VARCHAR(500). */
    public static final int SEARCH_KEY_MAX_LENGTH = 500;

    private static final int SHORTEST_QUERY = 2;
    private static final int LONGEST_QUERY = 20;

    private PinyinInitials() {
    }

    /**
     * The initial of each Chinese character's first reading, with ASCII letters and digits kept in lower
     * case and everything else (punctuation, spaces, unknown characters) dropped: 5G智能 gives "5gzn".
     * Null gives "".
     */
    public static String of(String text) {
        StringBuilder initials = new StringBuilder();
        for (char[] choices : choicesPerCharacter(text)) {
            initials.append(choices[0]);
        }
        return initials.toString();
    }

    /**
     * Every spelling of the initials over the readings of polyphonic characters, at most {@code max} of
     * them. The first is always {@link #of}; after it come the spellings with one character read
     * differently, then two, and so on, so a cap cuts the least likely spellings first. Empty when the text
     * has nothing to spell.
     *
     * @throws IllegalArgumentException if max is less than 1
     */
    public static Set<String> variants(String text, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("max must be at least 1, was " + max);
        }
        List<char[]> choices = choicesPerCharacter(text);
        Set<String> variants = new LinkedHashSet<>();
        if (choices.isEmpty()) {
            return variants;
        }
        List<Integer> polyphonic = new ArrayList<>();
        for (int i = 0; i < choices.size(); i++) {
            if (choices.get(i).length > 1) {
                polyphonic.add(i);
            }
        }
        char[] spelling = new char[choices.size()];
        for (int i = 0; i < spelling.length; i++) {
            spelling[i] = choices.get(i)[0];
        }
        for (int changed = 0; changed <= polyphonic.size() && variants.size() < max; changed++) {
            changeReadings(choices, polyphonic, 0, changed, spelling, variants, max);
        }
        return Collections.unmodifiableSet(variants);
    }

    /**
     * A value for a search column that a {@code LIKE '%x%'} scans: the variants of each non-blank text
     * separated by spaces, never longer than {@link #SEARCH_KEY_MAX_LENGTH}. When too long, whole
     * spellings are dropped from the end rather than one cut in half.
     */
    public static String searchKey(String... texts) {
        Set<String> spellings = new LinkedHashSet<>();
        if (texts != null) {
            for (String text : texts) {
                if (text != null && !text.isBlank()) {
                    spellings.addAll(variants(text, SEARCH_KEY_VARIANTS));
                }
            }
        }
        StringBuilder key = new StringBuilder();
        for (String spelling : spellings) {
            int needed = key.isEmpty() ? spelling.length() : key.length() + 1 + spelling.length();
            if (needed > SEARCH_KEY_MAX_LENGTH) {
                if (key.isEmpty()) {
                    // A single spelling longer than the column still finds its beginning.
                    key.append(spelling, 0, SEARCH_KEY_MAX_LENGTH);
                }
                break;
            }
            if (!key.isEmpty()) {
                key.append(' ');
            }
            key.append(spelling);
        }
        return key.toString();
    }

    /**
     * Whether a search box entry should be matched against the initials rather than the names: 2 to 20
     * ASCII letters, ignoring surrounding spaces. A single letter would match almost everything.
     */
    public static boolean looksLikeInitials(String query) {
        String trimmed = InputText.strip(query);
        if (trimmed.length() < SHORTEST_QUERY || trimmed.length() > LONGEST_QUERY) {
            return false;
        }
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }

    /**
     * Fixes {@code remaining} more polyphonic characters, from index {@code from} on, to a reading other
     * than their first, and records each complete spelling; positions are tried left to right.
     */
    private static void changeReadings(List<char[]> choices, List<Integer> polyphonic, int from, int remaining,
            char[] spelling, Set<String> variants, int max) {
        if (variants.size() >= max) {
            return;
        }
        if (remaining == 0) {
            variants.add(new String(spelling));
            return;
        }
        for (int p = from; p <= polyphonic.size() - remaining && variants.size() < max; p++) {
            int position = polyphonic.get(p);
            char[] options = choices.get(position);
            for (int option = 1; option < options.length && variants.size() < max; option++) {
                spelling[position] = options[option];
                changeReadings(choices, polyphonic, p + 1, remaining - 1, spelling, variants, max);
            }
            spelling[position] = options[0];
        }
    }

    /** For each character that yields an initial, its distinct initials with the first reading's first. */
    private static List<char[]> choicesPerCharacter(String text) {
        List<char[]> choices = new ArrayList<>();
        String folded = InputText.halfWidth(text);
        if (folded == null) {
            return choices;
        }
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                choices.add(new char[] {c});
            } else if (c >= 'A' && c <= 'Z') {
                choices.add(new char[] {(char) (c + ('a' - 'A'))});
            } else {
                char[] initials = initialsOf(c);
                if (initials.length > 0) {
                    choices.add(initials);
                }
            }
        }
        return choices;
    }

    private static char[] initialsOf(char c) {
        String[] readings = PinyinHelper.toHanyuPinyinStringArray(c);
        if (readings == null) {
            return new char[0];
        }
        StringBuilder distinct = new StringBuilder();
        for (String reading : readings) {
            if (reading.isEmpty()) {
                continue;
            }
            char initial = Character.toLowerCase(reading.charAt(0));
            if (initial >= 'a' && initial <= 'z' && distinct.indexOf(String.valueOf(initial)) < 0) {
                distinct.append(initial);
            }
        }
        return distinct.toString().toCharArray();
    }
}
