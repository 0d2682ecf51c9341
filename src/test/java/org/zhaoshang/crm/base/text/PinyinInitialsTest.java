package org.zhaoshang.crm.base.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PinyinInitialsTest {

    @Test
    void eachChineseCharacterGivesTheInitialOfItsFirstReading() {
        assertThat(PinyinInitials.of("二七时事通医疗器械产业园")).isEqualTo("eqsstylqxcyy");
        assertThat(PinyinInitials.of("薪太软")).isEqualTo("xtr");
        assertThat(PinyinInitials.of("时事通")).isEqualTo("sst");
    }

    @Test
    void latinLettersAndDigitsAreKeptInLowerCase() {
        assertThat(PinyinInitials.of("5G智能")).isEqualTo("5gzn");
        assertThat(PinyinInitials.of("ＡＢＣ科技")).isEqualTo("abckj");
    }

    @Test
    void punctuationSpacesAndBracketsAreDropped() {
        assertThat(PinyinInitials.of("薪太软（上海）科技, Ltd.")).isEqualTo("xtrshkjltd");
        assertThat(PinyinInitials.of(" · ")).isEmpty();
        assertThat(PinyinInitials.of(null)).isEmpty();
    }

    @Test
    void aPolyphonicCharacterGivesEveryDistinctInitial() {
        assertThat(PinyinInitials.variants("重庆", 8)).containsExactly("zq", "cq");
        assertThat(PinyinInitials.variants("长沙", 8)).contains("cs");
    }

    @Test
    void readingsThatShareAnInitialDoNotRepeatASpelling() {
        // 通 reads tong1 and tong4; 时 and 事 have one reading each.
        assertThat(PinyinInitials.variants("时事通", 8)).containsExactly("sst");
    }

    @Test
    void theFirstVariantIsAlwaysTheFirstReading() {
        for (String text : new String[] {"重庆银行", "长沙和乐", "行长", "薪太软"}) {
            assertThat(PinyinInitials.variants(text, 8)).first().isEqualTo(PinyinInitials.of(text));
        }
    }

    @Test
    void allCombinationsOfReadingsAreGivenWhenTheyFit() {
        // 行 x/h, 长 z/c
        assertThat(PinyinInitials.variants("行长", 8)).containsExactlyInAnyOrder("xz", "hz", "xc", "hc");
    }

    @Test
    void spellingsWithOneCharacterReadDifferentlyComeBeforeThoseWithTwo() {
        Set<String> variants = PinyinInitials.variants("重庆银行", 8);

        assertThat(variants).containsExactly("zqyx", "cqyx", "zqyh", "cqyh");
    }

    @Test
    void theNumberOfVariantsIsCappedAndTheCapIsStable() {
        // 乐 l/y, 长 z/c, 单 d/c/s and 重 z/c make 24 spellings.
        String text = "乐长单重";

        Set<String> capped = PinyinInitials.variants(text, 8);

        assertThat(capped).hasSize(8);
        assertThat(PinyinInitials.variants(text, 8)).containsExactlyElementsOf(capped);
        assertThat(PinyinInitials.variants(text, 3)).containsExactlyElementsOf(capped.stream().limit(3).toList());
    }

    @Test
    void aCapOfOneGivesOnlyTheFirstReading() {
        assertThat(PinyinInitials.variants("重庆", 1)).containsExactly("zq");
    }

    @Test
    void aCapBelowOneIsAProgrammingError() {
        assertThatIllegalArgumentException().isThrownBy(() -> PinyinInitials.variants("重庆", 0));
    }

    @Test
    void textWithNothingToSpellHasNoVariants() {
        assertThat(PinyinInitials.variants("（）", 8)).isEmpty();
        assertThat(PinyinInitials.variants(null, 8)).isEmpty();
    }

    @Test
    void theSearchKeyFindsACompanyByTheInitialsOfAnyOfItsNames() {
        String key = PinyinInitials.searchKey("重庆时事通医疗有限公司", "时事通", null, "  ");

        assertThat(key).contains("zqsstylyxgs").contains("cqsstylyxgs").contains("sst");
        assertThat(key).doesNotStartWith(" ").doesNotEndWith(" ").doesNotContain("  ");
    }

    @Test
    void theSearchKeyDoesNotRepeatASpellingSharedByTwoTexts() {
        assertThat(PinyinInitials.searchKey("时事通", "时事通")).isEqualTo("sst");
    }

    @Test
    void theSearchKeyOfNothingIsEmpty() {
        assertThat(PinyinInitials.searchKey()).isEmpty();
        assertThat(PinyinInitials.searchKey((String[]) null)).isEmpty();
        assertThat(PinyinInitials.searchKey("", " ")).isEmpty();
    }

    @Test
    void anOverlongSearchKeyStopsAtAWholeSpellingWithinTheColumn() {
        // 30 polyphonic characters give 8 spellings of 70 initials: only 7 fit into 500 characters.
        String longName = "重行长".repeat(10) + "薪太软".repeat(13) + "园";

        String key = PinyinInitials.searchKey(longName, "时事通");

        assertThat(key.length()).isLessThanOrEqualTo(PinyinInitials.SEARCH_KEY_MAX_LENGTH);
        assertThat(key.split(" ")).hasSize(7).allSatisfy(spelling -> assertThat(spelling).hasSize(70));
        assertThat(key).startsWith(PinyinInitials.of(longName));
    }

    @Test
    void aSingleSpellingLongerThanTheColumnKeepsItsBeginning() {
        String huge = "薪".repeat(600);

        assertThat(PinyinInitials.searchKey(huge)).isEqualTo("x".repeat(PinyinInitials.SEARCH_KEY_MAX_LENGTH));
    }

    @Test
    void twoToTwentyLatinLettersLookLikeInitials() {
        assertThat(PinyinInitials.looksLikeInitials("sst")).isTrue();
        assertThat(PinyinInitials.looksLikeInitials(" XTR ")).isTrue();
        assertThat(PinyinInitials.looksLikeInitials("ab")).isTrue();
        assertThat(PinyinInitials.looksLikeInitials("a".repeat(20))).isTrue();
    }

    @Test
    void chineseDigitsSingleLettersAndLongWordsDoNotLookLikeInitials() {
        assertThat(PinyinInitials.looksLikeInitials("时事通")).isFalse();
        assertThat(PinyinInitials.looksLikeInitials("s")).isFalse();
        assertThat(PinyinInitials.looksLikeInitials("a".repeat(21))).isFalse();
        assertThat(PinyinInitials.looksLikeInitials("5gzn")).isFalse();
        assertThat(PinyinInitials.looksLikeInitials("s st")).isFalse();
        assertThat(PinyinInitials.looksLikeInitials("")).isFalse();
        assertThat(PinyinInitials.looksLikeInitials(null)).isFalse();
    }
}
