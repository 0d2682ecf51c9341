package org.zhaoshang.crm.ledger.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.project.Stage;

class BatchSectionsTest {

    @ParameterizedTest
    @CsvSource({
        "一、签约一批, SIGNED",
        "（一）签约项目, SIGNED",
        "一、集中签约项目（12个）, SIGNED",
        "签约一批, SIGNED",
        "二、开工一批, STARTED",
        "（二）新开工项目, STARTED",
        "三、投产一批, OPERATING",
        "三、竣工投产项目, OPERATING"
    })
    void sectionHeadingsNameTheirBatch(String heading, Stage batch) {
        assertThat(BatchSections.heading(row(heading))).contains(batch);
    }

    @ParameterizedTest
    @ValueSource(strings = {"签约项目小计", "合计", "签约/开工/投产日期", "一、现代服务业项目"})
    void subtotalsHeadersAndOtherSectionsAreNotBatchHeadings(String text) {
        assertThat(BatchSections.heading(row(text))).isEmpty();
    }

    @Test
    void aHeadingMayCarryItsCountAndSumButNotASecondText() {
        assertThat(BatchSections.heading(row("一、签约一批", "", "3", "15000"))).contains(Stage.SIGNED);
        assertThat(BatchSections.heading(row("签约一批", "郑州某某有限公司"))).isEmpty();
    }

    @Test
    void rowsBelongToTheSectionAboveThemOrTheirOwnBatchAndAProjectInTwoBatchesIsOneGroup() {
        List<SourceRow> rows = List.of(
                numbered(1, "1", "", "甲项目", "甲公司"),
                numbered(2, "一、签约一批"),
                numbered(3, "1", "", "乙项目", "乙公司"),
                numbered(4, "二、开工一批"),
                numbered(5, "1", "", "乙项目", "乙公司"),
                numbered(6, "2", "投产", "丙项目", "丙公司"));

        BatchSections sections = BatchSections.of(rows, 1, 2, 3);

        assertThat(sections.batch(1)).isEmpty();
        assertThat(sections.batch(2)).get().extracting(BatchSections.Batch::isHeading).isEqualTo(true);
        assertThat(sections.batch(3)).get().satisfies(b -> {
            assertThat(b.stage()).isEqualTo(Stage.SIGNED);
            assertThat(b.isHeading()).isFalse();
        });
        assertThat(sections.batch(6)).get().extracting(BatchSections.Batch::stage).isEqualTo(Stage.OPERATING);
        assertThat(sections.group(5)).get().satisfies(g -> {
            assertThat(g.firstRow()).isEqualTo(3);
            assertThat(sections.latest(g)).isEqualTo(Stage.STARTED);
        });
        assertThat(sections.group(6)).isEmpty();
    }

    private static SourceRow row(String... texts) {
        return numbered(1, texts);
    }

    private static SourceRow numbered(int number, String... texts) {
        return new SourceRow(number, Arrays.stream(texts).map(t -> t.isEmpty() ? SourceCell.BLANK : SourceCell.text(t)).toList());
    }
}
