package org.zhaoshang.crm.trip;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.zhaoshang.crm.trip.TripReport.ActionLine;
import org.zhaoshang.crm.trip.TripReport.Day;
import org.zhaoshang.crm.trip.TripReport.Funnel;
import org.zhaoshang.crm.trip.TripReport.FunnelStage;
import org.zhaoshang.crm.trip.TripReport.ProjectLine;
import org.zhaoshang.crm.trip.TripReport.VisitLine;

class TripReportDocumentTest {

    private static final String TITLE = "二七区赴杭州、上海考察招商报告";

    /** The seed trip to the Yangtze River Delta: four days, nothing on day 3. */
    private static TripReport seedTrip() {
        return new TripReport(TITLE, LocalDate.of(2023, 5, 24), LocalDate.of(2023, 5, 27), List.of("杭州", "上海"),
                "区委书记", List.of("李明（区商务局）", "王芳（区发展改革委）"), List.of("区商务局", "区科技工信局"),
                "学习长三角地区数字经济发展经验，对接重点企业，推动项目落地。",
                List.of(
                        new Day(1, LocalDate.of(2023, 5, 24), List.of(
                                new VisitLine("杭州姆珉网络科技有限公司", "座谈", "杭州市滨江区", "总经理张伟",
                                        "公司主营跨境电商服务，计划在中部地区设立区域中心",
                                        "见证二七区与珊瑚跨境签订战略合作协议", "珊瑚跨境电商产业园"))),
                        new Day(2, LocalDate.of(2023, 5, 25), List.of(
                                new VisitLine("浙江和泽医药科技股份有限公司", "实地考察", "杭州市余杭区", "",
                                        "企业有意布局华中生产基地", null, null),
                                new VisitLine("均和集团", "座谈", "杭州市上城区", "副总裁刘强",
                                        "供应链金融业务规模较大", "达成合作意向", "均和供应链总部"))),
                        new Day(3, LocalDate.of(2023, 5, 26), List.of()),
                        new Day(4, LocalDate.of(2023, 5, 27), List.of(
                                new VisitLine("上海薪太软科技有限公司", "签约", "上海市浦东新区", "董事长陈静", null,
                                        "签订《共建二七区数字化集聚平台》框架协议", "二七区数字化集聚平台")))),
                new Funnel(5, List.of(
                        new FunnelStage("洽谈", 4, new BigDecimal("150000"), 12),
                        new FunnelStage("签约", 2, new BigDecimal("52000"), 35))),
                List.of(
                        new ProjectLine("二七区数字化集聚平台", "上海薪太软科技有限公司", "签约", new BigDecimal("30000")),
                        new ProjectLine("珊瑚跨境电商产业园", "珊瑚跨境", "签约", new BigDecimal("22000"))),
                List.of(
                        new ActionLine("推进二七区数字化集聚平台项目注册落地", "区商务局", LocalDate.of(2023, 6, 30), false),
                        new ActionLine("与均和集团对接供应链总部选址。", "区金融服务中心", LocalDate.of(2023, 6, 15), true)),
                LocalDate.of(2023, 5, 31));
    }

    private static TripReport emptyTrip() {
        return new TripReport("二七区赴郑州考察报告", LocalDate.of(2023, 7, 3), LocalDate.of(2023, 7, 3), List.of("郑州"),
                "区长", List.of(), List.of(), null, List.of(), new Funnel(0, List.of()), List.of(), List.of(),
                LocalDate.of(2023, 7, 4));
    }

    private static XWPFDocument written(TripReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        TripReportDocument.write(report, out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    private static List<String> texts(XWPFDocument doc) {
        return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
    }

    private static XWPFParagraph paragraph(XWPFDocument doc, String text) {
        return doc.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph \"" + text + "\" in " + texts(doc)));
    }

    private static XWPFTable tableHeadedBy(XWPFDocument doc, String firstHeader) {
        return doc.getTables().stream().filter(t -> t.getRow(0).getCell(0).getText().equals(firstHeader))
                .findFirst().orElseThrow(() -> new AssertionError("no table headed " + firstHeader));
    }

    private static List<String> column(XWPFTable table, int column) {
        return table.getRows().stream().skip(1).map(row -> row.getCell(column).getText()).toList();
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(cell -> cell.getText()).toList();
    }

    @Test
    void theTitleComesFirstCentredInTheTitleFontWithItsEastAsianNameSet() throws IOException {
        try (XWPFDocument doc = written(seedTrip())) {
            XWPFParagraph title = doc.getParagraphs().getFirst();
            assertThat(title.getText()).isEqualTo(TITLE);
            assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            XWPFRun run = title.getRuns().getFirst();
            assertThat(run.getFontFamily(FontCharRange.eastAsia)).isEqualTo("方正小标宋简体");
            assertThat(run.getFontFamily(FontCharRange.ascii)).isEqualTo("宋体");
            assertThat(run.getFontSizeAsDouble()).isEqualTo(22.0);
            assertThat(run.isBold()).isTrue();
        }
    }

    @Test
    void theHeaderLinesGiveTheDatesOnceForTheSameMonthAndTheDestinationsPeopleAndUnits() throws IOException {
        try (XWPFDocument doc = written(seedTrip())) {
            assertThat(texts(doc)).containsSubsequence(
                    "考察时间：2023年5月24日至27日",
                    "考察地点：杭州、上海",
                    "带队领导：区委书记",
                    "考察成员：李明（区商务局）、王芳（区发展改革委）",
                    "陪同单位：区商务局、区科技工信局");
        }
    }

    @Test
    void theFourSectionHeadingsAppearInOrderInHeiti() throws IOException {
        try (XWPFDocument doc = written(seedTrip())) {
            assertThat(texts(doc)).containsSubsequence("一、考察目的", "二、行程与走访情况", "三、考察成效", "四、下一步工作");
            XWPFRun heading = paragraph(doc, "三、考察成效").getRuns().getFirst();
            assertThat(heading.getFontFamily(FontCharRange.eastAsia)).isEqualTo("黑体");
            assertThat(heading.getFontSizeAsDouble()).isEqualTo(16.0);
        }
    }

    @Test
    void bodyTextIsFangsongSanhaoOnAFixedLinePitchWithATwoCharacterIndent() throws IOException {
        try (XWPFDocument doc = written(seedTrip())) {
            XWPFParagraph purpose = paragraph(doc, "学习长三角地区数字经济发展经验，对接重点企业，推动项目落地。");
            XWPFRun run = purpose.getRuns().getFirst();
            assertThat(run.getFontFamily(FontCharRange.eastAsia)).isEqualTo("仿宋");
            assertThat(run.getFontFamily(FontCharRange.ascii)).isEqualTo("仿宋");
            assertThat(run.getFontSizeAsDouble()).isEqualTo(16.0);
            assertThat(purpose.getSpacingBetween()).isEqualTo(28.0);
            assertThat(purpose.getIndentationFirstLine()).isEqualTo(640);
        }
    }

    @Test
    void thePageIsA4PortraitWithMarginsOfTwoAndAHalfCentimetres() throws IOException {
        try (XWPFDocument doc = written(seedTrip())) {
            CTSectPr section = doc.getDocument().getBody().getSectPr();
            CTPageSz size = section.getPgSz();
            assertThat(size.getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(size.getH()).isEqualTo(BigInteger.valueOf(16838));
            CTPageMar margins = section.getPgMar();
            assertThat(List.of(margins.getTop(), margins.getBottom(), margins.getLeft(), margins.getRight()))
                    .allSatisfy(margin -> assertThat((BigInteger) margin).isEqualTo(BigInteger.valueOf(1417)));
        }
    }

    @Test
    void onlyDaysWithVisitsAreListedAndKeepTheirNumberInTheTrip() throws IOException {
        try (XWPFDocument doc = written(seedTrip())) {
            assertThat(texts(doc)).containsSubsequence(
                    "第一天（2023年5月24日）", "第二天（2023年5月25日）", "第四天（2023年5月27日）");
            assertThat(texts(doc)).noneMatch(text -> text.contains("第三天"));
        }
    }

    @Test
    void eachVisitIsANumberedParagraphWithTheCompanyInBoldAndEmptyPartsLeftOut() throws IOException {
        try (XWPFDocument doc = written(seedTrip())) {
            XWPFParagraph first = paragraph(doc, "1.杭州姆珉网络科技有限公司（座谈，杭州市滨江区）。接待人员：总经理张伟。"
                    + "了解情况：公司主营跨境电商服务，计划在中部地区设立区域中心。成果：见证二七区与珊瑚跨境签订战略合作协议。"
                    + "关联项目：珊瑚跨境电商产业园。");
            XWPFRun company = first.getRuns().stream()
                    .filter(run -> run.text().equals("杭州姆珉网络科技有限公司")).findFirst().orElseThrow();
            assertThat(company.isBold()).isTrue();

            assertThat(texts(doc)).contains(
                    "2.浙江和泽医药科技股份有限公司（实地考察，杭州市余杭区）。了解情况：企业有意布局华中生产基地。",
                    "4.上海薪太软科技有限公司（签约，上海市浦东新区）。接待人员：董事长陈静。"
                            + "成果：签订《共建二七区数字化集聚平台》框架协议。关联项目：二七区数字化集聚平台。");
        }
    }

    @Test
    void theVisitsTableHasAHeaderAndOneRowPerVisitInItineraryOrder() throws IOException {
        try (XWPFDocument doc = written(seedTrip())) {
            XWPFTable visits = tableHeadedBy(doc, "序号");
            assertThat(visits.getRows()).hasSize(5);
            assertThat(cells(visits.getRow(0))).containsExactly("序号", "日期", "企业", "形式", "成果", "关联项目");
            assertThat(visits.getRow(0).getCell(0).getParagraphs().getFirst().getRuns().getFirst().isBold()).isTrue();
            assertThat(column(visits, 2)).containsExactly(
                    "杭州姆珉网络科技有限公司", "浙江和泽医药科技股份有限公司", "均和集团", "上海薪太软科技有限公司");
            assertThat(column(visits, 0)).containsExactly("1", "2", "3", "4");
            assertThat(cells(visits.getRow(4))).containsExactly("4", "5月27日", "上海薪太软科技有限公司", "签约",
                    "签订《共建二七区数字化集聚平台》框架协议", "二七区数字化集聚平台");
            assertThat(visits.getCTTbl().getTblPr().getTblBorders().getInsideH()).isNotNull();
        }
    }

    @Test
    void theFunnelFollowsTheLeadCountWithRightAlignedFormattedAmounts() throws IOException {
        try (XWPFDocument doc = written(seedTrip())) {
            assertThat(texts(doc)).contains("本次考察共形成线索5个，推进情况如下：");
            XWPFTable funnel = tableHeadedBy(doc, "阶段");
            assertThat(cells(funnel.getRow(0))).containsExactly("阶段", "项目数", "金额（万元）", "平均用时（天）");
            assertThat(cells(funnel.getRow(2))).containsExactly("签约", "2", "52,000.00", "35");
            assertThat(funnel.getRow(2).getCell(2).getParagraphs().getFirst().getAlignment())
                    .isEqualTo(ParagraphAlignment.RIGHT);
        }
    }

    @Test
    void theProjectsAreListedWithTheirTotalInvestment() throws IOException {
        try (XWPFDocument doc = written(seedTrip())) {
            assertThat(texts(doc)).contains("本次考察涉及项目2个，总投资合计52,000.00万元：");
            XWPFTable projects = tableHeadedBy(doc, "项目名称");
            assertThat(cells(projects.getRow(0))).containsExactly("项目名称", "投资企业", "当前阶段", "总投资（万元）");
            assertThat(cells(projects.getRow(1)))
                    .containsExactly("二七区数字化集聚平台", "上海薪太软科技有限公司", "签约", "30,000.00");
        }
    }

    @Test
    void actionItemsNameTheirUnitAndDeadlineAndMarkWhatIsDone() throws IOException {
        try (XWPFDocument doc = written(seedTrip())) {
            assertThat(texts(doc)).containsSubsequence(
                    "四、下一步工作",
                    "（一）推进二七区数字化集聚平台项目注册落地。责任单位：区商务局，完成时限：2023年6月30日。",
                    "（二）与均和集团对接供应链总部选址。责任单位：区金融服务中心，完成时限：2023年6月15日（已完成）。");
        }
    }

    @Test
    void theReportEndsWithTheIssuingOfficeAndDateAlignedRight() throws IOException {
        try (XWPFDocument doc = written(seedTrip())) {
            List<XWPFParagraph> paragraphs = doc.getParagraphs();
            XWPFParagraph office = paragraphs.get(paragraphs.size() - 2);
            XWPFParagraph date = paragraphs.getLast();
            assertThat(office.getText()).isEqualTo("二七区招商引资工作领导小组办公室");
            assertThat(date.getText()).isEqualTo("2023年5月31日");
            assertThat(List.of(office.getAlignment(), date.getAlignment())).containsOnly(ParagraphAlignment.RIGHT);
        }
    }

    @Test
    void anEmptyReportStillWritesEverySectionWithNoneWhereThereIsNothing() throws IOException {
        try (XWPFDocument doc = written(emptyTrip())) {
            assertThat(texts(doc)).containsSubsequence(
                    "考察时间：2023年7月3日",
                    "一、考察目的", "（无）",
                    "二、行程与走访情况", "（无）",
                    "三、考察成效", "本次考察暂未形成线索。", "本次考察暂无关联项目。",
                    "四、下一步工作", "（无）",
                    "二七区招商引资工作领导小组办公室");
            assertThat(doc.getTables()).isEmpty();
        }
    }

    @Test
    void nullFieldsAndNullListEntriesAreWrittenAsNothing() throws IOException {
        TripReport report = new TripReport(null, null, null, null, null, Arrays.asList("李明", null), null, "  ",
                Arrays.asList(null, new Day(2, null, Arrays.asList(
                        null, new VisitLine(null, null, null, null, null, null, null)))),
                new Funnel(1, Arrays.asList(new FunnelStage(null, 0, null, null), null)),
                Arrays.asList(new ProjectLine(null, null, null, null), null),
                Arrays.asList(new ActionLine(null, null, null, true), null), null);

        try (XWPFDocument doc = written(report)) {
            assertThat(texts(doc)).containsSubsequence("考察报告", "考察成员：李明", "一、考察目的", "（无）",
                    "第二天", "1.", "本次考察共形成线索1个，推进情况如下：", "（一）（已完成）。");
            assertThat(cells(tableHeadedBy(doc, "阶段").getRow(1))).containsExactly("", "0", "—", "—");
            assertThat(cells(tableHeadedBy(doc, "项目名称").getRow(1))).containsExactly("", "", "", "—");
            assertThat(texts(doc).getLast()).isEqualTo("二七区招商引资工作领导小组办公室");
        }
    }

    @Test
    void lineBreaksTypedIntoAFieldSurviveAsBreaksInTheParagraph() throws IOException {
        TripReport seed = seedTrip();
        TripReport report = new TripReport(seed.title(), seed.startDate(), seed.endDate(), seed.cities(),
                seed.leader(), seed.members(), seed.units(), seed.purpose(),
                List.of(new Day(1, LocalDate.of(2023, 5, 24), List.of(new VisitLine("均和集团", "座谈", null, null,
                        "第一，规模大\n第二，意向强", null, null)))),
                seed.funnel(), seed.projects(), seed.actions(), seed.generatedOn());

        try (XWPFDocument doc = written(report)) {
            assertThat(texts(doc)).contains("1.均和集团（座谈）。了解情况：第一，规模大\n第二，意向强。");
        }
    }

    @Test
    void aTextStartingWithAFormulaCharacterIsWrittenAsIs() throws IOException {
        TripReport seed = seedTrip();
        TripReport report = new TripReport("=二七区考察报告", seed.startDate(), seed.endDate(), seed.cities(),
                "-区长", seed.members(), seed.units(), "+对接", seed.days(), seed.funnel(), seed.projects(),
                seed.actions(), seed.generatedOn());

        try (XWPFDocument doc = written(report)) {
            assertThat(texts(doc)).startsWith("=二七区考察报告").contains("带队领导：-区长", "+对接");
        }
    }

    @Test
    void aDateRangeNamesTheYearAndMonthOnlyOnceWhenTheyRepeat() {
        assertThat(TripReportDocument.dateRange(LocalDate.of(2023, 5, 24), LocalDate.of(2023, 5, 27)))
                .isEqualTo("2023年5月24日至27日");
        assertThat(TripReportDocument.dateRange(LocalDate.of(2023, 4, 21), LocalDate.of(2023, 5, 2)))
                .isEqualTo("2023年4月21日至5月2日");
        assertThat(TripReportDocument.dateRange(LocalDate.of(2023, 12, 30), LocalDate.of(2024, 1, 2)))
                .isEqualTo("2023年12月30日至2024年1月2日");
    }

    @Test
    void aOneDayTripOrAMissingEndIsASingleDate() {
        LocalDate day = LocalDate.of(2023, 7, 3);
        assertThat(TripReportDocument.dateRange(day, day)).isEqualTo("2023年7月3日");
        assertThat(TripReportDocument.dateRange(day, null)).isEqualTo("2023年7月3日");
        assertThat(TripReportDocument.dateRange(null, day)).isEqualTo("2023年7月3日");
        assertThat(TripReportDocument.dateRange(null, null)).isEmpty();
    }

    @Test
    void numbersAreWrittenAsChineseNumeralsWellPastTen() {
        assertThat(List.of(1, 3, 9, 10, 11, 12, 20, 21, 35, 99).stream().map(TripReportDocument::chineseNumber))
                .containsExactly("一", "三", "九", "十", "十一", "十二", "二十", "二十一", "三十五", "九十九");
        assertThat(TripReportDocument.chineseNumber(100)).isEqualTo("100");
    }
}
