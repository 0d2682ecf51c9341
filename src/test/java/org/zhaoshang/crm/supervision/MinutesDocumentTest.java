package org.zhaoshang.crm.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.supervision.MeetingMinutes.Decision;
import org.zhaoshang.crm.supervision.MeetingMinutes.ProjectLine;

class MinutesDocumentTest {

    private static final String TITLE = "二七区重点项目推进会会议纪要";

    /** The seed 推进会 of 2 June 2023: three projects at different stages, one supervised decision of two. */
    private static MeetingMinutes seedMeeting() {
        return new MeetingMinutes(TITLE, "推进会", LocalDate.of(2023, 6, 2), "区政府三楼会议室", "区长",
                List.of("常务副区长", "分管副区长"), List.of("区商务局", "区自然资源规划分局", "二七经开区管委会"),
                List.of(
                        new ProjectLine("康师傅饮品中原区域总部", "洽谈", "区长"),
                        new ProjectLine("仲景医药健康产业园", "签约", "常务副区长"),
                        new ProjectLine("杉杉奥莱", "开工", "分管副区长")),
                "会议听取了区商务局关于重点项目推进情况的汇报。\n\n"
                        + "\u3000\u3000会议指出，要强化要素保障，\n推动签约项目尽快开工。\n"
                        + "   \n"
                        + "会议要求，各责任单位按时限办结。",
                List.of(
                        new Decision("加快仲景医药健康产业园二期用地组卷报批。", "区自然资源规划分局",
                                List.of("二七经开区管委会", "区发展改革委"), LocalDate.of(2023, 6, 30), "区长"),
                        new Decision("协调杉杉奥莱项目开工前水电气接入", "二七经开区管委会", List.of(),
                                LocalDate.of(2023, 7, 15), null)),
                "二七区招商引资工作领导小组办公室", LocalDate.of(2023, 6, 2));
    }

    private static XWPFDocument written(MeetingMinutes minutes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MinutesDocument.write(minutes, out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> texts(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text) {
        return doc.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph \"" + text + "\" in " + texts(doc)));
    }

    private static XWPFTable tableHeadedBy(XWPFDocument doc, String secondHeader) {
        return doc.getTables().stream().filter(t -> t.getRow(0).getCell(1).getText().equals(secondHeader))
                .findFirst().orElseThrow(() -> new AssertionError("no table with a column " + secondHeader));
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(cell -> cell.getText()).toList();
    }

    @Test
    void theTitleComesFirstCentredInTheTitleFont() throws IOException {
        try (XWPFDocument doc = written(seedMeeting())) {
            XWPFParagraph title = doc.getParagraphs().getFirst();
            assertThat(title.getText()).isEqualTo(TITLE);
            assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            XWPFRun run = title.getRuns().getFirst();
            assertThat(run.getFontFamily(FontCharRange.eastAsia)).isEqualTo("方正小标宋简体");
            assertThat(run.getFontSizeAsDouble()).isEqualTo(22.0);
        }
    }

    @Test
    void theIssuingOfficeAndDateAreCentredUnderTheTitle() throws IOException {
        try (XWPFDocument doc = written(seedMeeting())) {
            XWPFParagraph issuer = doc.getParagraphs().get(1);
            assertThat(issuer.getText()).isEqualTo("二七区招商引资工作领导小组办公室\u30002023年6月2日");
            assertThat(issuer.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
        }
    }

    @Test
    void theInfoLinesGiveTimePlaceChairPeopleAndUnits() throws IOException {
        try (XWPFDocument doc = written(seedMeeting())) {
            assertThat(texts(doc)).containsSubsequence(
                    "时间：2023年6月2日",
                    "地点：区政府三楼会议室",
                    "主持：区长",
                    "参会人员：常务副区长、分管副区长",
                    "参会单位：区商务局、区自然资源规划分局、二七经开区管委会");
        }
    }

    @Test
    void theThreeSectionHeadingsAppearInOrderInHeiti() throws IOException {
        try (XWPFDocument doc = written(seedMeeting())) {
            assertThat(texts(doc)).containsSubsequence("参会单位：区商务局、区自然资源规划分局、二七经开区管委会",
                    "一、会议议题", "二、会议内容", "三、议定事项");
            XWPFRun heading = paragraph(doc, "二、会议内容").getRuns().getFirst();
            assertThat(heading.getFontFamily(FontCharRange.eastAsia)).isEqualTo("黑体");
            assertThat(heading.getFontSizeAsDouble()).isEqualTo(16.0);
        }
    }

    @Test
    void theProjectsTableListsEachProjectWithItsStageAndLeaderInCharge() throws IOException {
        try (XWPFDocument doc = written(seedMeeting())) {
            assertThat(texts(doc)).containsSubsequence("一、会议议题", "会议研究了以下3个项目：", "二、会议内容");
            XWPFTable projects = tableHeadedBy(doc, "项目名称");
            assertThat(projects.getRows()).hasSize(4);
            assertThat(cells(projects.getRow(0))).containsExactly("序号", "项目名称", "当前阶段", "分包领导");
            assertThat(projects.getRow(0).isRepeatHeader()).isTrue();
            assertThat(cells(projects.getRow(1))).containsExactly("1", "康师傅饮品中原区域总部", "洽谈", "区长");
            assertThat(cells(projects.getRow(2))).containsExactly("2", "仲景医药健康产业园", "签约", "常务副区长");
            assertThat(cells(projects.getRow(3))).containsExactly("3", "杉杉奥莱", "开工", "分管副区长");
        }
    }

    @Test
    void theMinutesTextBecomesOneIndentedParagraphPerBlankLineSeparatedBlock() throws IOException {
        try (XWPFDocument doc = written(seedMeeting())) {
            assertThat(texts(doc)).containsSubsequence(
                    "二、会议内容",
                    "会议听取了区商务局关于重点项目推进情况的汇报。",
                    "会议指出，要强化要素保障，\n推动签约项目尽快开工。",
                    "会议要求，各责任单位按时限办结。",
                    "三、议定事项");
            XWPFParagraph paragraph = paragraph(doc, "会议要求，各责任单位按时限办结。");
            assertThat(paragraph.getIndentationFirstLine()).isEqualTo(640);
            assertThat(paragraph.getSpacingBetween()).isEqualTo(28.0);
            assertThat(paragraph.getRuns().getFirst().getFontFamily(FontCharRange.eastAsia)).isEqualTo("仿宋");
        }
    }

    @Test
    void eachDecisionIsANumberedSentenceNamingUnitsDeadlineAndSupervisor() throws IOException {
        try (XWPFDocument doc = written(seedMeeting())) {
            assertThat(texts(doc)).containsSubsequence(
                    "三、议定事项",
                    "（一）加快仲景医药健康产业园二期用地组卷报批。牵头单位：区自然资源规划分局；"
                            + "配合单位：二七经开区管委会、区发展改革委；完成时限：2023年6月30日。（挂单督办：区长）",
                    "（二）协调杉杉奥莱项目开工前水电气接入。牵头单位：二七经开区管委会；完成时限：2023年7月15日。",
                    "议定事项汇总如下：");
        }
    }

    @Test
    void theDecisionsTableGivesItemLeadUnitAndDeadlineForEachDecision() throws IOException {
        try (XWPFDocument doc = written(seedMeeting())) {
            XWPFTable decisions = tableHeadedBy(doc, "事项");
            assertThat(decisions.getRows()).hasSize(3);
            assertThat(cells(decisions.getRow(0)))
                    .containsExactly("序号", "事项", "牵头单位", "配合单位", "完成时限", "督办领导");
            assertThat(decisions.getRow(0).getCell(0).getParagraphs().getFirst().getRuns().getFirst().isBold())
                    .isTrue();
            assertThat(decisions.getRow(0).isRepeatHeader()).isTrue();
            assertThat(cells(decisions.getRow(1))).containsExactly("1", "加快仲景医药健康产业园二期用地组卷报批",
                    "区自然资源规划分局", "二七经开区管委会、区发展改革委", "2023年6月30日", "区长");
            assertThat(cells(decisions.getRow(2))).containsExactly("2", "协调杉杉奥莱项目开工前水电气接入",
                    "二七经开区管委会", "—", "2023年7月15日", "—");
            assertThat(decisions.getCTTbl().getTblPr().getTblBorders().getInsideH()).isNotNull();
            assertThat(doc.getTables()).last().isSameAs(decisions);
        }
    }

    @Test
    void anEmptyMinutesRecordStillWritesEverySectionWithNone() throws IOException {
        MeetingMinutes empty = new MeetingMinutes(null, null, null, null, null, null, null, null, null, null, null,
                null);

        try (XWPFDocument doc = written(empty)) {
            assertThat(texts(doc)).containsExactly(
                    "会议纪要",
                    "一、会议议题", "（无）",
                    "二、会议内容", "（无）",
                    "三、议定事项", "（无）");
            assertThat(doc.getTables()).isEmpty();
        }
    }

    @Test
    void blankTextsAndNullListEntriesAreWrittenAsNothing() throws IOException {
        MeetingMinutes minutes = new MeetingMinutes("  ", "专题会", null, " ", "区长",
                Arrays.asList(null, " ", "常务副区长"), List.of(), Arrays.asList(null, new ProjectLine(null, null, null)),
                "\n \u3000\n", Arrays.asList(null, new Decision(null, null, Arrays.asList(null, ""), null, " ")),
                null, LocalDate.of(2023, 6, 5));

        try (XWPFDocument doc = written(minutes)) {
            assertThat(texts(doc)).containsExactly(
                    "会议纪要",
                    "2023年6月5日",
                    "主持：区长",
                    "参会人员：常务副区长",
                    "一、会议议题", "会议研究了以下1个项目：",
                    "二、会议内容", "（无）",
                    "三、议定事项", "（一）", "议定事项汇总如下：");
            assertThat(cells(tableHeadedBy(doc, "项目名称").getRow(1))).containsExactly("1", "", "", "");
            assertThat(cells(tableHeadedBy(doc, "事项").getRow(1))).containsExactly("1", "", "", "—", "", "—");
        }
    }
}
