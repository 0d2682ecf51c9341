package org.zhaoshang.crm.company;

import java.util.Locale;
import java.util.Optional;
import org.zhaoshang.crm.base.text.InputText;

/**
 * The unified social credit code (统一社会信用代码) of GB 32100-2015: 18 characters, the last a check
 * character over the first 17. Staff copy these from business licences and web searches, so a typo
 * is likely; the check character catches every single wrong character and every swap of two
 * neighbouring characters among the first 17.
 *
 * <p>Only length, alphabet and check character are verified. The embedded organisation code has a check
 * digit of its own (GB 11714), but codes issued to individual businesses do not always honour it, and
 * refusing a code printed on a real licence would be worse than letting a rare typo through.
 */
public final class CreditCode {

    /** Why a code is refused, in the order they are checked. */
    public enum Problem {
        /** Not exactly 18 characters. */
        LENGTH,
        /** A character outside the code's alphabet, typically I, O, S, V or Z mistaken for a digit. */
        CHARACTER,
        /** Well-formed, but the last character does not match the first 17: a typo somewhere. */
        CHECK_DIGIT
    }

    public static final int LENGTH = 18;

    /** The 31 characters of the code; I, O, S, V and Z are left out because they read like 1, 0, 5, U and 2. */
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int MODULUS = ALPHABET.length();
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private CreditCode() {
    }

    /**
     * The code as it should be stored: without any spaces, full-width characters folded, upper case.
     * Null becomes "". Does not validate.
     */
    public static String normalize(String raw) {
        return InputText.withoutSpaces(InputText.halfWidth(raw)).toUpperCase(Locale.ROOT);
    }

    /**
     * Why an already {@linkplain #normalize normalized} code is invalid, or empty when it is valid.
     * Lower-case letters count as wrong characters here; pass user input through {@link #normalize} first.
     */
    public static Optional<Problem> check(String normalized) {
        if (normalized == null || normalized.length() != LENGTH) {
            return Optional.of(Problem.LENGTH);
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(normalized.charAt(i)) < 0) {
                return Optional.of(Problem.CHARACTER);
            }
        }
        if (checkCharacter(normalized.substring(0, LENGTH - 1)) != normalized.charAt(LENGTH - 1)) {
            return Optional.of(Problem.CHECK_DIGIT);
        }
        return Optional.empty();
    }

    /** Whether the text, as a user typed it, is a valid code once normalized. */
    public static boolean isValid(String raw) {
        return check(normalize(raw)).isEmpty();
    }

    /**
     * The check character for the first 17 characters of a code.
     *
     * @throws IllegalArgumentException unless given exactly 17 characters of the code's alphabet
     */
    public static char checkCharacter(String first17) {
        if (first17 == null || first17.length() != LENGTH - 1) {
            throw new IllegalArgumentException("Expected 17 characters, got " + first17);
        }
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            int value = ALPHABET.indexOf(first17.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException(
                        "'" + first17.charAt(i) + "' at position " + (i + 1) + " is not allowed in a credit code");
            }
            sum += value * WEIGHTS[i];
        }
        return ALPHABET.charAt((MODULUS - sum % MODULUS) % MODULUS);
    }
}
