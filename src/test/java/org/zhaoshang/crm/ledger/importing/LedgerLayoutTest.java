package org.zhaoshang.crm.ledger.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The header is found under merged titles; group headers lend their unit; merged cells spread as a reader sees them. */
class LedgerLayoutTest {

    @Test
    void theHeaderIsFoundBelowAMergedTitleAndAUnitLine() {
        RawSheet sheet = new RawSheet("Sheet1", List.of(
                row(1, "二七区2023年签约项目台账"),
                row(2, "填报单位：区商务局", "", "", "单位：万元"),
                row(4, "序号", "项目名称", "企业名称", "总投资（万元）", "签约时间"),
                row(5, "1", "恒泰医疗器械产业园", "郑州恒泰医疗科技有限公司", "3000", "2023.5.26"),
                row(7, "2", "中交投资总部", "中交投资有限公司", "1.5亿", "2023年6月1日")),
                List.of(new RawSheet.Merge(1, 1, 0, 4)));

        LedgerFile file = LedgerLayout.build(sheet, "签约台账.xlsx", FileFormat.XLSX, null, List.of("Sheet1"), 0, null);

        assertThat(file.headerRowNumber()).isEqualTo(4);
        assertThat(file.headerRows()).isEqualTo(1);
        assertThat(file.headers()).containsExactly("序号", "项目名称", "企业名称", "总投资（万元）", "签约时间");
        assertThat(file.rows()).extracting(SourceRow::number).containsExactly(5, 7);
        assertThat(file.blankRows()).isEqualTo(1);
        assertThat(file.title()).contains("二七区2023年签约项目台账");
        assertThat(file.titleYear()).isEqualTo(2023);
    }

    @Test
    void aGroupHeaderOverSubHeadersMakesOneHeaderPerColumnWithTheGroupsUnit() {
        RawSheet sheet = new RawSheet("Sheet1", List.of(
                row(1, "重点项目台账"),
                row(2, "序号", "项目名称", "企业名称", "投资额（亿元）", "", "责任单位"),
                row(3, "", "", "", "总投资", "其中：固定资产投资", ""),
                row(4, "1", "年产10万吨新材料项目", "河南某新材料有限公司", "2", "1.2", "二七经开区管委会")),
                List.of(new RawSheet.Merge(1, 1, 0, 5), new RawSheet.Merge(2, 3, 0, 0), new RawSheet.Merge(2, 3, 1, 1),
                        new RawSheet.Merge(2, 3, 2, 2), new RawSheet.Merge(2, 2, 3, 4), new RawSheet.Merge(2, 3, 5, 5)));

        LedgerFile file = LedgerLayout.build(sheet, "重点.xlsx", FileFormat.XLSX, null, List.of("Sheet1"), 0, null);

        assertThat(file.headerRowNumber()).isEqualTo(3);
        assertThat(file.headerRows()).isEqualTo(2);
        assertThat(file.headers()).containsExactly("序号", "项目名称", "企业名称", "总投资（亿元）", "其中：固定资产投资（亿元）", "责任单位");
        assertThat(file.rows()).hasSize(1);
    }

    @Test
    void aUnitMergedDownOverSeveralProjectsBelongsToEachOfThem() {
        RawSheet sheet = new RawSheet("Sheet1", List.of(
                row(1, "项目名称", "企业名称", "责任单位"),
                row(2, "项目甲", "甲公司", "区商务局"),
                row(3, "项目乙", "乙公司", ""),
                row(4, "项目丙", "丙公司", "")),
                List.of(new RawSheet.Merge(2, 4, 2, 2)));

        LedgerFile file = LedgerLayout.build(sheet, "x.xlsx", FileFormat.XLSX, null, List.of("Sheet1"), 0, null);

        assertThat(file.rows()).extracting(r -> r.cell(2).text()).containsExactly("区商务局", "区商务局", "区商务局");
    }

    @Test
    void aSheetWithoutAnyKnownHeaderIsRefused() {
        RawSheet sheet = new RawSheet("Sheet1", List.of(row(1, "姓名", "电话"), row(2, "张三", "13800000000")), List.of());
        assertThatThrownBy(() -> LedgerLayout.build(sheet, "x.csv", FileFormat.CSV, "UTF-8", List.of("x"), 0, null))
                .isInstanceOfSatisfying(LedgerFileException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("ledgerimport.file.noHeader"));
    }

    private static SourceRow row(int number, String... texts) {
        List<SourceCell> cells = new ArrayList<>();
        for (String text : texts) {
            cells.add(SourceCell.text(text));
        }
        return new SourceRow(number, cells);
    }
}
