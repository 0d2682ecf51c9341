package org.zhaoshang.crm.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.zhaoshang.crm.company.CreditCode.Problem;

class CreditCodeTest {

    /** Written out again rather than taken from the class, so that a typo there cannot hide here. */
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    /**
     * A second, deliberately different calculation of GB 32100's check character: weights by repeated
     * multiplication (3^i mod 31) and the check value found by search as the one that makes the weighted
     * sum plus itself divisible by 31. Test codes are built with this instead of remembered real codes.
     */
    private static String withCheck(String first17) {
        int weight = 1;
        int sum = 0;
        for (char c : first17.toCharArray()) {
            sum += ALPHABET.indexOf(c) * weight;
            weight = weight * 3 % 31;
        }
        for (int check = 0; check < 31; check++) {
            if ((sum + check) % 31 == 0) {
                return first17 + ALPHABET.charAt(check);
            }
        }
        throw new AssertionError("no check value for " + first17);
    }

    private static final String ENTERPRISE = withCheck("91330106MA2GL2XY0");
    private static final String PUBLIC_INSTITUTION = withCheck("12410100415804311");
    private static final String INDIVIDUAL_BUSINESS = withCheck("92410103MA9F7K3P6");

    @Test
    void theIndependentCalculationAgreesWithTheWeightsPrintedInTheStandard() {
        int[] printed = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
        int weight = 1;
        for (int expected : printed) {
            assertThat(weight).isEqualTo(expected);
            weight = weight * 3 % 31;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"91330106MA2GL2XY0", "12410100415804311", "92410103MA9F7K3P6", "91110000100010433",
            "Y1410100MA44XQ8BT", "00000000000000000"})
    void theCheckCharacterMatchesAnIndependentCalculation(String first17) {
        String code = withCheck(first17);

        assertThat(CreditCode.checkCharacter(first17)).isEqualTo(code.charAt(17));
        assertThat(CreditCode.check(code)).isEmpty();
        assertThat(CreditCode.isValid(code)).isTrue();
    }

    @Test
    void everyOneOfTheThirtyOneCheckCharactersCanOccurAndIsAccepted() {
        Set<Character> seen = new HashSet<>();
        for (char last : ALPHABET.toCharArray()) {
            String code = withCheck("9141010371234567" + last);
            assertThat(CreditCode.isValid(code)).as(code).isTrue();
            seen.add(code.charAt(17));
        }
        assertThat(seen).hasSize(31);
    }

    @Test
    void anySingleMistypedCharacterIsCaughtByTheCheckCharacter() {
        for (String code : new String[] {ENTERPRISE, PUBLIC_INSTITUTION, INDIVIDUAL_BUSINESS}) {
            for (int position = 0; position < 18; position++) {
                for (char replacement : ALPHABET.toCharArray()) {
                    if (replacement == code.charAt(position)) {
                        continue;
                    }
                    String typo = code.substring(0, position) + replacement + code.substring(position + 1);
                    assertThat(CreditCode.check(typo)).as(typo).contains(Problem.CHECK_DIGIT);
                }
            }
        }
    }

    @Test
    void swappingTwoNeighbouringCharactersAmongTheFirstSeventeenIsCaught() {
        for (int position = 0; position < 16; position++) {
            char[] chars = ENTERPRISE.toCharArray();
            if (chars[position] == chars[position + 1]) {
                continue;
            }
            char kept = chars[position];
            chars[position] = chars[position + 1];
            chars[position + 1] = kept;

            assertThat(CreditCode.isValid(new String(chars))).as(new String(chars)).isFalse();
        }
    }

    @Test
    void aCodeTypedInLowerCaseIsAcceptedOnceNormalized() {
        String typed = ENTERPRISE.toLowerCase();

        assertThat(CreditCode.normalize(typed)).isEqualTo(ENTERPRISE);
        assertThat(CreditCode.isValid(typed)).isTrue();
    }

    @Test
    void checkSeesLowerCaseAsWrongCharactersBecauseItExpectsNormalizedInput() {
        assertThat(CreditCode.check(ENTERPRISE.toLowerCase())).contains(Problem.CHARACTER);
    }

    @Test
    void aCodeTypedWithAChineseInputMethodInFullWidthIsAccepted() {
        StringBuilder fullWidth = new StringBuilder();
        for (char c : ENTERPRISE.toCharArray()) {
            fullWidth.append((char) (c + 0xFEE0));
        }

        assertThat(CreditCode.normalize(fullWidth.toString())).isEqualTo(ENTERPRISE);
        assertThat(CreditCode.isValid(fullWidth.toString())).isTrue();
    }

    @Test
    void spacesPastedAroundAndInsideTheCodeAreRemoved() {
        String pasted = "  " + ENTERPRISE.substring(0, 6) + " " + ENTERPRISE.substring(6, 12) + "\u3000"
                + ENTERPRISE.substring(12) + "\u00A0\n";

        assertThat(CreditCode.normalize(pasted)).isEqualTo(ENTERPRISE);
        assertThat(CreditCode.isValid(pasted)).isTrue();
    }

    @Test
    void nothingTypedNormalizesToEmptyAndIsRefusedForItsLength() {
        assertThat(CreditCode.normalize(null)).isEmpty();
        assertThat(CreditCode.check(null)).contains(Problem.LENGTH);
        assertThat(CreditCode.check("")).contains(Problem.LENGTH);
        assertThat(CreditCode.isValid(null)).isFalse();
    }

    @Test
    void aCodeOneCharacterShortOrLongIsRefusedForItsLength() {
        assertThat(CreditCode.check(ENTERPRISE.substring(0, 17))).contains(Problem.LENGTH);
        assertThat(CreditCode.check(ENTERPRISE + "0")).contains(Problem.LENGTH);
        // The old 15-digit business registration number is not a credit code.
        assertThat(CreditCode.check("410100000123456")).contains(Problem.LENGTH);
    }

    @ParameterizedTest
    @ValueSource(chars = {'I', 'O', 'Z', 'S', 'V'})
    void lettersThatLookLikeDigitsNeverAppearInACode(char forbidden) {
        String code = ENTERPRISE.substring(0, 10) + forbidden + ENTERPRISE.substring(11);

        assertThat(CreditCode.check(code)).contains(Problem.CHARACTER);
        assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.checkCharacter(code.substring(0, 17)));
    }

    @Test
    void aForbiddenLetterIsReportedEvenInTheCheckPosition() {
        assertThat(CreditCode.check(ENTERPRISE.substring(0, 17) + "O")).contains(Problem.CHARACTER);
    }

    @Test
    void punctuationInsideTheCodeIsAWrongCharacter() {
        assertThat(CreditCode.check(ENTERPRISE.substring(0, 8) + "-" + ENTERPRISE.substring(9)))
                .contains(Problem.CHARACTER);
    }

    @Test
    void theCheckCharacterNeedsExactlySeventeenCharacters() {
        assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.checkCharacter("9133010"));
        assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.checkCharacter(ENTERPRISE));
        assertThatIllegalArgumentException().isThrownBy(() -> CreditCode.checkCharacter(null));
    }
}
