package org.zhaoshang.crm.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.zhaoshang.crm.ledger.LedgerFixture.TODAY;
import static org.zhaoshang.crm.project.ProjectTestData.wan;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.util.AopTestUtils;
import org.springframework.test.util.ReflectionTestUtils;
import org.zhaoshang.crm.base.BusinessException;
import org.zhaoshang.crm.base.ChineseDates;
import org.zhaoshang.crm.project.ProjectTestData;
import org.zhaoshang.crm.support.Actors;
import org.zhaoshang.crm.support.CrmIntegrationTest;

/**
 * Every ledger exported to .xlsx and read back with POI: title, the 填报单位 line, headers, 序号, the 合计 row against
 * the rows above it, cell types (amounts as numbers with two decimals, dates as dates), print set-up, the rows a
 * reader may see and formula-like text escaped.
 */
@CrmIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LedgerExportIT {

    @Autowired
    LedgerService ledgers;
    @Autowired
    LedgerFixture fixture;
    @Autowired
    Actors actors;
    @Autowired
    MessageSource messages;

    private final String lead = ProjectTestData.unique("台账线索");
    private final String formula = "=HYPERLINK(\"http://x\")" + ProjectTestData.unique("公式");
    private final String negotiating = ProjectTestData.unique("台账在谈");
    private final String signed = ProjectTestData.unique("台账签约");
    private final String started = ProjectTestData.unique("台账开工");
    private final String key = ProjectTestData.unique("台账重点");
    private final String problem = ProjectTestData.unique("台账问题");
    private final String trip = ProjectTestData.unique("台账考察");
    private final Map<LedgerType, XSSFSheet> sheets = new EnumMap<>(LedgerType.class);

    @BeforeAll
    void exportEveryLedgerOfTheUnit() throws IOException {
        fixture.lead("staff", lead);
        fixture.lead("staff", formula);
        fixture.negotiating("staff", negotiating, 20000);
        Long signedId = fixture.signed("staff", signed, new BigDecimal("30000.25"), new BigDecimal("10000.50"));
        fixture.started("staff", started, wan(8000));
        Long keyId = fixture.lead("staff", key);
        fixture.key("staff", keyId, 10);
        fixture.problem("staff", signedId, problem, "区商务局");
        fixture.trip("staff", trip);
        for (LedgerType type : LedgerType.values()) {
            sheets.put(type, export("unitlead", type, LedgerFilter.none()));
        }
    }

    @Test
    void everyLedgerHasTheGovernmentLayout() {
        for (LedgerType type : LedgerType.values()) {
            XSSFSheet sheet = sheets.get(type);
            LedgerDefinition definition = actors.as("unitlead", () -> ledgers.definition(type));
            LedgerTexts texts = actors.as("unitlead", () -> ledgers.texts(Locale.SIMPLIFIED_CHINESE));
            int width = definition.columns().size() + 1;

            assertThat(text(sheet, 0, 0)).as(type.name()).isEqualTo("二七区" + texts.get(type.nameKey()));
            assertThat(sheet.getMergedRegions()).as(type.name()).contains(new CellRangeAddress(0, 0, 0, width - 1));
            assertThat(text(sheet, 1, 0)).as(type.name()).startsWith("填报单位：二七区商务局")
                    .endsWith("统计截止日期：" + ChineseDates.format(TODAY));
            List<String> headers = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                headers.add(text(sheet, 2, c));
            }
            List<String> expected = new ArrayList<>(List.of("序号"));
            definition.columns().forEach(column -> expected.add(texts.header(column)));
            assertThat(headers).as(type.name()).isEqualTo(expected).doesNotContain("").allMatch(h -> !h.startsWith("ledger."));
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).as("frozen header").isEqualTo((short) 3);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("3:3"));
            checkRowsAndTotals(type, sheet, definition);
        }
    }

    @Test
    void theSignedLedgerHasTheDistrictsColumnsAndTheProjectAsNumbersAndDates() {
        XSSFSheet sheet = sheets.get(LedgerType.SIGNED);
        assertThat(text(sheet, 0, 0)).isEqualTo("二七区签约项目台账");
        assertThat(text(sheet, 1, 0)).as("a cumulative ledger: no period unless asked for")
                .isEqualTo("填报单位：二七区商务局　　统计截止日期：" + ChineseDates.format(TODAY));
        assertThat(text(sheets.get(LedgerType.THREE_BATCHES), 1, 0)).as("三个一批: this year unless asked otherwise")
                .contains("统计期间：" + ChineseDates.format(TODAY.withDayOfYear(1)) + "至" + ChineseDates.format(TODAY));
        assertThat(headerRow(sheet)).containsExactly("序号", "项目名称", "投资企业", "产业类别", "投资方式", "总投资（万元）",
                "固定资产投资（万元）", "签约金额（万元）", "协议类型", "签约日期", "落地片区", "落地载体", "预计年营业收入（万元）",
                "预计纳税（万元）", "预计就业（人）", "当前阶段", "计划开工日期", "责任单位", "招商责任人", "分包领导");
        Row row = rowNamed(sheet, signed);
        assertThat(row.getCell(2).getStringCellValue()).isEqualTo(signed + "有限公司");
        assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(30000.25);
        assertThat(row.getCell(5).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
        assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(10000.5);
        assertThat(row.getCell(8).getStringCellValue()).isEqualTo("投资协议");
        assertThat(DateUtil.isCellDateFormatted(row.getCell(9))).isTrue();
        assertThat(row.getCell(9).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(TODAY);
        assertThat(row.getCell(10).getStringCellValue()).isEqualTo("中央商务区");
        assertThat(row.getCell(15).getStringCellValue()).isEqualTo("签约");
        assertThat(row.getCell(17).getStringCellValue()).isEqualTo("区商务局");
        assertThat(row.getCell(18).getStringCellValue()).isEqualTo("李明");
        assertThat(rowNamed(sheet, started).getCell(15).getStringCellValue()).isEqualTo("开工");
    }

    @Test
    void eachLedgerListsWhatItIsAbout() {
        assertThat(names(sheets.get(LedgerType.LEADS))).contains(lead, "'" + formula, key).doesNotContain(negotiating, signed);
        assertThat(names(sheets.get(LedgerType.NEGOTIATING))).contains(negotiating).doesNotContain(lead, signed);
        assertThat(names(sheets.get(LedgerType.SIGNED))).contains(signed, started).doesNotContain(lead, negotiating);
        XSSFSheet key = sheets.get(LedgerType.KEY_PROJECTS);
        Row keyRow = rowNamed(key, this.key);
        assertThat(keyRow.getCell(1).getStringCellValue()).isEqualTo("区重点");
        assertThat(keyRow.getCell(13).getStringCellValue()).as("应开未开").isEqualTo("是");
        assertThat(keyRow.getCell(9).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(TODAY.minusDays(10));
        assertThat(names(key)).doesNotContain(lead);
        XSSFSheet problems = sheets.get(LedgerType.PROBLEMS);
        Row problemRow = rowWith(problems, 1, problem);
        assertThat(problemRow.getCell(2).getStringCellValue()).isEqualTo(signed);
        assertThat(problemRow.getCell(10).getStringCellValue()).isEqualTo("待交办");
        Row tripRow = rowWith(sheets.get(LedgerType.TRIPS), 1, trip);
        assertThat(tripRow.getCell(5).getStringCellValue()).isEqualTo("带队领导（测试）");
        assertThat(tripRow.getCell(6).getStringCellValue()).isEqualTo("区商务局");
        assertThat(tripRow.getCell(8).getNumericCellValue()).isZero();
    }

    @Test
    void threeBatchesHasASectionPerBatchWithItsSubtotalAndAProjectInEveryBatchItReached() {
        XSSFSheet sheet = sheets.get(LedgerType.THREE_BATCHES);
        List<String> sectionRows = new ArrayList<>();
        for (int r = 3; r <= sheet.getLastRowNum(); r++) {
            String first = text(sheet, r, 0);
            if (first.contains("、")) {
                sectionRows.add(first);
            }
        }
        assertThat(sectionRows).startsWith("一、签约一批", "二、开工一批");
        long startedRows = rowsWith(sheet, 3, started);
        assertThat(startedRows).as("signed and started in the period: in both batches").isEqualTo(2);
        assertThat(rowsWith(sheet, 3, signed)).isEqualTo(1);
        assertThat(rowsWith(sheet, 0, "小计")).isEqualTo(sectionRows.size());
    }

    @Test
    void aUnitReadsOnlyItsOwnRowsAndReportsUnderItsName() throws IOException {
        XSSFSheet other = export("staff2", LedgerType.SIGNED, LedgerFilter.none().withUnit(fixture.unitId("区商务局")));
        assertThat(text(other, 1, 0)).startsWith("填报单位：二七经开区管委会");
        assertThat(names(other)).doesNotContain(signed, started);
        LedgerTotals totals = actors.as("staff2", () -> ledgers.totals(LedgerType.SIGNED, LedgerFilter.none()));
        assertThat(dataRows(other)).hasSize((int) totals.count());
        List<LedgerRow> rows = actors.as("staff2", () -> ledgers.page(LedgerType.SIGNED, LedgerFilter.none(), List.of(), 0, 1000));
        Long unit = fixture.unitId("二七经开区管委会");
        assertThat(rows).allSatisfy(row -> assertThat(row.unitId()).isEqualTo(unit));

        XSSFSheet district = export("leader", LedgerType.SIGNED, LedgerFilter.none());
        assertThat(text(district, 1, 0)).startsWith("填报单位：二七区商务局");
        assertThat(names(district)).contains(signed, started);
        XSSFSheet chosen = export("leader", LedgerType.SIGNED, LedgerFilter.none().withUnit(fixture.unitId("二七经开区管委会")));
        assertThat(text(chosen, 1, 0)).startsWith("填报单位：二七经开区管委会");
        assertThat(names(chosen)).doesNotContain(signed);
    }

    @Test
    void aPeriodNarrowsTheSignedLedgerToSigningsInIt() throws IOException {
        LedgerFilter lastYear = LedgerFilter.none().withPeriod(TODAY.minusYears(1).withDayOfYear(1), TODAY.minusDays(1));
        XSSFSheet sheet = export("unitlead", LedgerType.SIGNED, lastYear);
        assertThat(names(sheet)).doesNotContain(signed);
        assertThat(text(sheet, 1, 0)).contains("统计期间：" + ChineseDates.format(lastYear.from()));
        assertThat(names(export("unitlead", LedgerType.SIGNED, LedgerFilter.none().withAllTime()))).contains(signed);
    }

    @Test
    void formulaLikeTextIsWrittenAsTextThatCannotBecomeAFormula() {
        Row row = rowNamed(sheets.get(LedgerType.LEADS), "'" + formula);
        assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.STRING);
        assertThat(row.getCell(1).getStringCellValue()).startsWith("'=");
    }

    @Test
    void aLedgerLongerThanAPdfMayBeIsRefusedWithTheLimitAndNothingIsWritten() {
        long rows = actors.as("unitlead", () -> ledgers.totals(LedgerType.LEADS, LedgerFilter.none()).count());
        assertThat(rows).isGreaterThan(1);
        Object service = AopTestUtils.getTargetObject(ledgers);
        Object limit = ReflectionTestUtils.getField(service, "pdfMaxRows");
        ReflectionTestUtils.setField(service, "pdfMaxRows", (int) rows - 1);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            assertThatThrownBy(() -> actors.as("unitlead", () -> {
                try {
                    return ledgers.writePdf(LedgerType.LEADS, LedgerFilter.none(), List.of(), Locale.SIMPLIFIED_CHINESE, out, n -> { });
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            })).isInstanceOfSatisfying(BusinessException.class, e -> {
                assertThat(e.messageKey()).isEqualTo("ledger.pdf.tooLong");
                assertThat(messages.getMessage(e.messageKey(), e.arguments(), Locale.SIMPLIFIED_CHINESE))
                        .startsWith("PDF 最多打印 " + (rows - 1) + " 行，当前台账有 " + rows + " 行");
            });
            assertThat(out.size()).isZero();
        } finally {
            ReflectionTestUtils.setField(service, "pdfMaxRows", limit);
        }
    }

    private XSSFSheet export(String user, LedgerType type, LedgerFilter filter) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long[] progress = {0};
        long rows = actors.as(user, () -> {
            try {
                return ledgers.writeXlsx(type, filter, List.of(), Locale.SIMPLIFIED_CHINESE, out, n -> progress[0] = n);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertThat(progress[0]).isEqualTo(rows);
        XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
        return workbook.getSheetAt(0);
    }

    /** 序号 runs 1, 2, 3 … (again from 1 in each section); the 合计 row adds up every summed column; cells are typed. */
    private void checkRowsAndTotals(LedgerType type, XSSFSheet sheet, LedgerDefinition definition) {
        List<Row> rows = dataRows(sheet);
        Row total = sheet.getRow(sheet.getLastRowNum());
        assertThat(text(total, 0)).as(type.name()).isEqualTo("合计");
        if (!definition.columns().getFirst().summed()) {
            assertThat(text(total, 1)).as(type.name()).isEqualTo("共 " + String.format("%,d", rows.size()) + " 项");
        }
        assertThat(rows).as(type.name()).isNotEmpty();
        int expected = 0;
        for (int r = 3; r < sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            String first = text(row, 0);
            if (first.contains("、")) {
                expected = 0;
            } else if (!first.equals("小计")) {
                assertThat(row.getCell(0).getNumericCellValue()).as(type + " 序号 in row " + (r + 1)).isEqualTo(++expected);
            }
        }
        List<LedgerColumn> columns = definition.columns();
        for (int c = 0; c < columns.size(); c++) {
            LedgerColumn column = columns.get(c);
            double sum = 0;
            for (Row row : rows) {
                Cell cell = row.getCell(c + 1);
                String what = type + " " + column.key() + " in row " + (row.getRowNum() + 1);
                switch (column.kind()) {
                    case AMOUNT -> {
                        if (cell.getCellType() != CellType.BLANK) {
                            assertThat(cell.getCellType()).as(what).isEqualTo(CellType.NUMERIC);
                            assertThat(cell.getCellStyle().getDataFormatString()).as(what).isEqualTo("#,##0.00");
                            sum += cell.getNumericCellValue();
                        }
                    }
                    case COUNT -> {
                        if (cell.getCellType() != CellType.BLANK) {
                            assertThat(cell.getCellType()).as(what).isEqualTo(CellType.NUMERIC);
                            sum += cell.getNumericCellValue();
                        }
                    }
                    case DATE -> {
                        if (cell.getCellType() != CellType.BLANK) {
                            assertThat(DateUtil.isCellDateFormatted(cell)).as(what).isTrue();
                            assertThat(cell.getLocalDateTimeCellValue().toLocalDate()).as(what).isAfter(LocalDate.of(2000, 1, 1));
                        }
                    }
                    case TEXT, LABEL, FLAG -> assertThat(cell.getCellType()).as(what).isIn(CellType.STRING, CellType.BLANK);
                }
            }
            if (column.summed()) {
                Cell totalCell = total.getCell(c + 1);
                assertThat(totalCell.getCellType()).as(type + " 合计 " + column.key()).isEqualTo(CellType.NUMERIC);
                assertThat(totalCell.getNumericCellValue()).as(type + " 合计 " + column.key()).isCloseTo(sum, within(0.005));
            }
        }
    }

    private static List<Row> dataRows(XSSFSheet sheet) {
        List<Row> rows = new ArrayList<>();
        for (int r = 3; r < sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row.getCell(0).getCellType() == CellType.NUMERIC) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<String> headerRow(XSSFSheet sheet) {
        List<String> headers = new ArrayList<>();
        sheet.getRow(2).forEach(cell -> headers.add(cell.getStringCellValue()));
        return headers;
    }

    /** Project names: the first column that holds one (after 重点类别 or the batch and its date). */
    private static List<String> names(XSSFSheet sheet) {
        int column = headerRow(sheet).indexOf("项目名称");
        return dataRows(sheet).stream().map(row -> text(row, column)).toList();
    }

    private static Row rowNamed(XSSFSheet sheet, String name) {
        return rowWith(sheet, headerRow(sheet).indexOf("项目名称"), name);
    }

    private static Row rowWith(XSSFSheet sheet, int column, String value) {
        return dataRows(sheet).stream().filter(row -> text(row, column).equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError(value + " not in " + text(sheet, 0, 0)));
    }

    private static long rowsWith(XSSFSheet sheet, int column, String value) {
        long n = 0;
        for (int r = 3; r <= sheet.getLastRowNum(); r++) {
            if (text(sheet, r, column).equals(value)) {
                n++;
            }
        }
        return n;
    }

    private static String text(XSSFSheet sheet, int row, int column) {
        return text(sheet.getRow(row), column);
    }

    private static String text(Row row, int column) {
        Cell cell = row == null ? null : row.getCell(column);
        return cell == null || cell.getCellType() != CellType.STRING ? "" : cell.getStringCellValue();
    }
}
