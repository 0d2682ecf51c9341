package org.zhaoshang.crm.base.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InputTextTest {

    @Test
    void fullWidthLettersDigitsAndPunctuationBecomeTheirAsciiForms() {
        assertThat(InputText.halfWidth("ＡＢＣ１２３（）．，－／～！")).isEqualTo("ABC123().,-/~!");
    }

    @Test
    void theIdeographicSpaceBecomesAnOrdinarySpace() {
        assertThat(InputText.halfWidth("薪太软\u3000科技")).isEqualTo("薪太软 科技");
    }

    @Test
    void chineseCharactersAndChinesePunctuationAreLeftAlone() {
        assertThat(InputText.halfWidth("时事通。【】、")).isEqualTo("时事通。【】、");
        assertThat(InputText.halfWidth(null)).isNull();
    }

    @Test
    void everyKindOfSpaceIsRemovedIncludingTheInvisibleOnesFromWebPages() {
        assertThat(InputText.withoutSpaces(" 时\t事\u3000通\u00A0医\u200B疗\uFEFF\n")).isEqualTo("时事通医疗");
        assertThat(InputText.withoutSpaces(null)).isEmpty();
    }

    @Test
    void stripRemovesSpacesOnlyAtTheEnds() {
        assertThat(InputText.strip("\u3000\u00A0 时事 通\u200B\n")).isEqualTo("时事 通");
        assertThat(InputText.strip(" \u3000 ")).isEmpty();
        assertThat(InputText.strip(null)).isEmpty();
    }
}
