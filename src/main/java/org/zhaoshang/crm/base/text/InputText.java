package org.zhaoshang.crm.base.text;

/**
 * What people type or paste is messier than it looks: Chinese input methods produce full-width letters,
 * digits and punctuation (２０２３．５．２６), and text copied from Word, WeChat or web pages carries
 * ideographic, non-breaking and zero-width spaces. Every parser of user input folds these first.
 */
public final class InputText {

    private static final char FIRST_FULL_WIDTH = '\uFF01';
    private static final char LAST_FULL_WIDTH = '\uFF5E';
    private static final int FULL_TO_HALF = 0xFEE0;
    private static final char IDEOGRAPHIC_SPACE = '\u3000';

    private InputText() {
    }

    /** Full-width ASCII and the ideographic space replaced by their ASCII forms; null stays null. */
    public static String halfWidth(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder result = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= FIRST_FULL_WIDTH && c <= LAST_FULL_WIDTH) {
                result.append((char) (c - FULL_TO_HALF));
            } else if (c == IDEOGRAPHIC_SPACE) {
                result.append(' ');
            } else {
                result.append(c);
            }
        }
        return result.toString();
    }

    /** The text without any kind of space, including the invisible ones; null becomes "". */
    public static String withoutSpaces(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder result = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!isSpace(c)) {
                result.append(c);
            }
        }
        return result.toString();
    }

    /** The text with every kind of space at either end removed; null becomes "". */
    public static String strip(String text) {
        if (text == null) {
            return "";
        }
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** Whitespace as Java knows it, plus the non-breaking and zero-width spaces that web pages leave behind. */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c)
                || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF';
    }
}
