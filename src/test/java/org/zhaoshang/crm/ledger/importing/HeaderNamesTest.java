package org.zhaoshang.crm.ledger.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Header names as units write them, with their synonyms, units, brackets, stars and line breaks. */
class HeaderNamesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "项目名称, PROJECT_NAME",
            "项目, PROJECT_NAME",
            "* 项目名称, PROJECT_NAME",
            "1.项目名称, PROJECT_NAME",
            "项 目 名 称, PROJECT_NAME",
            "企业名称, COMPANY_NAME",
            "投资方, COMPANY_NAME",
            "建设单位, COMPANY_NAME",
            "投资额, TOTAL_INVESTMENT",
            "总投资(万元), TOTAL_INVESTMENT",
            "总投资（万元）, TOTAL_INVESTMENT",
            "计划总投资, TOTAL_INVESTMENT",
            "计划总投资（亿元）, TOTAL_INVESTMENT",
            "项目总投资额, TOTAL_INVESTMENT",
            "其中：固定资产投资, FIXED_ASSET_INVESTMENT",
            "签约时间, SIGN_DATE",
            "签约日期, SIGN_DATE",
            "计划签约时间, PLANNED_SIGN_DATE",
            "计划开工时间, PLANNED_START_DATE",
            "预计开工日期, PLANNED_START_DATE",
            "开工时间, START_DATE",
            "实际开工时间, START_DATE",
            "责任单位, UNIT",
            "牵头单位, UNIT",
            "项目建设地点, AREA",
            "落地片区, AREA",
            "项目进展情况, PROGRESS",
            "统一社会信用代码, CREDIT_CODE",
            "包联领导, LEADER",
            "项目阶段, STAGE",
            "序号, SEQ",
            "用地面积（亩）, LAND_MU",
            "备注, REMARKS"
    })
    void knownHeadersNameTheirField(String header, LedgerField field) {
        assertThat(HeaderNames.field(header)).contains(field);
    }

    @Test
    void everyFieldsChineseLabelIsReadBackAsThatField() throws java.io.IOException {
        java.util.Properties bundle = new java.util.Properties();
        try (var in = getClass().getClassLoader().getResourceAsStream("i18n/ledgerimport.properties")) {
            bundle.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        for (LedgerField field : LedgerField.values()) {
            String label = bundle.getProperty(field.labelKey());
            assertThat(HeaderNames.field(label)).as(label).contains(field);
            assertThat(HeaderNames.field(label + "（万元）")).as(label + "（万元）").contains(field);
        }
    }

    @Test
    void theSameHeaderMeansTheFieldOfTheLedgerItIsIn() {
        assertThat(HeaderNames.field("类别", org.zhaoshang.crm.ledger.LedgerType.THREE_BATCHES)).contains(LedgerField.BATCH);
        assertThat(HeaderNames.field("类别", org.zhaoshang.crm.ledger.LedgerType.PROBLEMS)).contains(LedgerField.CATEGORY);
        assertThat(HeaderNames.field("状态", org.zhaoshang.crm.ledger.LedgerType.KEY_PROJECTS)).contains(LedgerField.STAGE);
        assertThat(HeaderNames.field("办理状态", org.zhaoshang.crm.ledger.LedgerType.PROBLEMS)).contains(LedgerField.STATUS);
        assertThat(HeaderNames.field("存在问题", org.zhaoshang.crm.ledger.LedgerType.PROBLEMS)).contains(LedgerField.PROBLEM_TITLE);
        assertThat(HeaderNames.field("存在问题", org.zhaoshang.crm.ledger.LedgerType.SIGNED)).isEmpty();
        assertThat(HeaderNames.field("督办领导", org.zhaoshang.crm.ledger.LedgerType.PROBLEMS)).contains(LedgerField.LEADER);
        assertThat(HeaderNames.field("所属项目", org.zhaoshang.crm.ledger.LedgerType.PROBLEMS)).contains(LedgerField.PROJECT_NAME);
        assertThat(HeaderNames.field("完成时限（工作日）", org.zhaoshang.crm.ledger.LedgerType.PROBLEMS)).contains(LedgerField.DEADLINE);
        assertThat(HeaderNames.field("签约/开工/投产日期", org.zhaoshang.crm.ledger.LedgerType.THREE_BATCHES))
                .contains(LedgerField.BATCH_DATE);
    }

    @Test
    void aLineBreakInsideAHeaderCellDoesNotMatter() {
        assertThat(HeaderNames.field("计划总投资\n（万元）")).contains(LedgerField.TOTAL_INVESTMENT);
        assertThat(HeaderNames.field("签约\n时间")).contains(LedgerField.SIGN_DATE);
    }

    @Test
    void titlesAndUnrelatedHeadersNameNothing() {
        assertThat(HeaderNames.field("二七区2023年第二季度签约项目情况统计台账（截至6月30日）")).isEmpty();
        assertThat(HeaderNames.field("联系电话")).isEmpty();
        assertThat(HeaderNames.field("")).isEmpty();
    }

    @Test
    void theUnitOfAmountsIsReadFromTheHeader() {
        assertThat(HeaderNames.unit("总投资（亿元）")).contains(AmountUnit.YI);
        assertThat(HeaderNames.unit("总投资(亿元)")).contains(AmountUnit.YI);
        assertThat(HeaderNames.unit("投资额（单位：亿元）")).contains(AmountUnit.YI);
        assertThat(HeaderNames.unit("总投资亿元")).contains(AmountUnit.YI);
        assertThat(HeaderNames.unit("总投资（万元）")).contains(AmountUnit.WAN);
        assertThat(HeaderNames.unit("签约金额（元）")).contains(AmountUnit.YUAN);
        assertThat(HeaderNames.unit("总投资")).isEmpty();
    }
}
