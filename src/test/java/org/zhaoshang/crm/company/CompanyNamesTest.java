package org.zhaoshang.crm.company;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompanyNamesTest {

    private static final List<String> PLACES = List.of("杭州", "浙江", "上海", "郑州", "河南", "西安", "陕西", "北京", "深圳", "二七");

    private static String core(String name) {
        return CompanyNames.normalize(name, PLACES);
    }

    private static boolean close(String a, String b) {
        return CompanyNames.isClose(a, b, PLACES);
    }

    @Test
    void aRemarkInBracketsIsNotPartOfTheName() {
        assertThat(core("杭州姆珉网络科技有限公司（珊瑚跨境支付）")).isEqualTo("姆珉网络科技");
        assertThat(core("华为技术(深圳)有限公司")).isEqualTo("华为技术");
        assertThat(core("【已签约】薪太软科技")).isEqualTo("薪太软科技");
        assertThat(core("薪太软〔上海〕科技")).isEqualTo("薪太软科技");
    }

    @Test
    void bracketsInsideBracketsAreRemovedWithTheirOuterRemark() {
        assertThat(core("时事通（郑州（二七）分部）医疗")).isEqualTo("时事通医疗");
    }

    @Test
    void anUnclosedBracketHidesTheRestOfTheName() {
        assertThat(core("时事通医疗（筹")).isEqualTo("时事通医疗");
        assertThat(core("时事通）医疗")).isEqualTo("时事通医疗");
    }

    @Test
    void spacesOfEveryKindAreIgnored() {
        assertThat(core(" 薪太软 科技\u3000有限公司\u00A0")).isEqualTo("薪太软科技");
    }

    @Test
    void legalFormsAreRemovedWholeWithTheLongestFirst() {
        assertThat(core("和泽医药科技股份有限公司")).isEqualTo("和泽医药科技");
        assertThat(core("中交投资有限责任公司")).isEqualTo("中交投资");
        assertThat(core("中交投资有限公司")).isEqualTo("中交投资");
        assertThat(core("均和集团股份有限公司")).isEqualTo("均和");
        assertThat(core("均和集团")).isEqualTo("均和");
        assertThat(core("时事通公司")).isEqualTo("时事通");
    }

    @Test
    void legalFormWordsAreRemovedWhereverTheyAppear() {
        assertThat(core("海尔集团电器产业有限公司")).isEqualTo("海尔电器产业");
    }

    @Test
    void leadingPlaceNamesAreRemovedWithOrWithoutTheirAdministrativeSuffix() {
        assertThat(core("上海薪太软科技有限公司")).isEqualTo("薪太软科技");
        assertThat(core("上海市薪太软科技有限公司")).isEqualTo("薪太软科技");
        assertThat(core("浙江省和泽医药科技股份有限公司")).isEqualTo("和泽医药科技");
        assertThat(core("郑州市二七区时事通医疗")).isEqualTo("时事通医疗");
    }

    @Test
    void placesStackedOneAfterAnotherAreAllRemoved() {
        assertThat(core("浙江省杭州市姆珉网络科技有限公司")).isEqualTo("姆珉网络科技");
        assertThat(core("中国浙江和泽医药")).isEqualTo("和泽医药");
    }

    @Test
    void placeNamesCanBeGivenWithTheirSuffix() {
        List<String> withSuffix = List.of("上海市", "浙江省");

        assertThat(CompanyNames.normalize("上海薪太软科技有限公司", withSuffix)).isEqualTo("薪太软科技");
        assertThat(CompanyNames.normalize("浙江省和泽医药科技", withSuffix)).isEqualTo("和泽医药科技");
    }

    @Test
    void aPlaceNameInsideTheNameIsKept() {
        assertThat(core("薪太软上海科技")).isEqualTo("薪太软上海科技");
    }

    @Test
    void aLeadingChinaIsRemovedOnlyWhenSomethingRemains() {
        assertThat(core("中国建筑集团有限公司")).isEqualTo("建筑");
        assertThat(core("中国集团")).isEqualTo("中国");
    }

    @Test
    void aNameThatIsOnlyAPlaceKeepsThePlace() {
        assertThat(core("上海集团有限公司")).isEqualTo("上海");
        assertThat(core("杭州市")).isEqualTo("杭州市");
    }

    @Test
    void latinLettersAreComparedWithoutCase() {
        assertThat(core("上海ＡＢＣ科技有限公司")).isEqualTo("abc科技");
        assertThat(close("ABC科技", "abc科技有限公司")).isTrue();
    }

    @Test
    void noPlaceNamesAtAllStillRemovesLegalFormsAndChina() {
        assertThat(CompanyNames.normalize("中国中交投资有限公司", null)).isEqualTo("中交投资");
        assertThat(CompanyNames.normalize(null, PLACES)).isEmpty();
    }

    @Test
    void aCompanyWithAndWithoutItsCityAndLegalFormIsTheSame() {
        assertThat(close("上海薪太软科技有限公司", "薪太软科技")).isTrue();
        assertThat(close("中交投资有限公司", "中交投资")).isTrue();
        assertThat(close("浙江和泽医药科技股份有限公司", "和泽医药科技")).isTrue();
    }

    @Test
    void aShortNameContainedInTheFullNameIsClose() {
        // 河南时事通医疗大数据 becomes 时事通医疗大数据, which contains 时事通.
        assertThat(close("河南时事通医疗大数据有限公司", "郑州时事通")).isTrue();
        assertThat(close("郑州时事通", "河南时事通医疗大数据有限公司")).isTrue();
    }

    @Test
    void aGroupAndAnotherVentureOfTheSameBrandAreCloseOnPurpose() {
        // 均和 is contained in 均和云谷: a false alarm at worst, and usually the same group, which staff want to see.
        assertThat(close("均和集团", "均和云谷")).isTrue();
    }

    @Test
    void unrelatedCompaniesAreNotClose() {
        assertThat(close("康师傅", "仝吉")).isFalse();
        assertThat(close("上海薪太软科技有限公司", "杭州姆珉网络科技有限公司")).isFalse();
    }

    @Test
    void theSameBusinessInDifferentCitiesIsStillClose() {
        assertThat(close("上海时事通医疗有限公司", "郑州时事通医疗有限公司")).isTrue();
    }

    @Test
    void aSingleCharacterLeftOverIsNeverClose() {
        assertThat(core("杭州华有限公司")).isEqualTo("华");
        assertThat(close("杭州华有限公司", "华为技术有限公司")).isFalse();
        assertThat(close("杭州华有限公司", "上海华有限公司")).isFalse();
    }

    @Test
    void namesWithNothingLeftAreNeverClose() {
        assertThat(close("有限公司", "集团公司")).isFalse();
        assertThat(close(null, null)).isFalse();
    }

    @Test
    void coresNormalizedOnceCanBeComparedDirectly() {
        assertThat(CompanyNames.areCoresClose("时事通", "时事通医疗")).isTrue();
        assertThat(CompanyNames.areCoresClose("时", "时事通医疗")).isFalse();
        assertThat(CompanyNames.areCoresClose(null, "时事通")).isFalse();
    }
}
