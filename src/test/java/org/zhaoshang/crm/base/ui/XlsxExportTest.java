package org.zhaoshang.crm.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The office layout of every export, read back: numbering, typed cells, escaping, sections with 小计, the 合计 row. */
class XlsxExportTest {

    record Item(String name, BigDecimal amount, long count, LocalDate day) {
    }

    private static final List<XlsxExport.Column<Item>> COLUMNS = List.of(
            new XlsxExport.Column<>("名称", 20, Item::name), new XlsxExport.Column<>("金额（万元）", 12, Item::amount, true),
            new XlsxExport.Column<>("个数", 8, Item::count, true), new XlsxExport.Column<>("日期", 12, Item::day));

    @Test
    void aListIsNumberedTypedAndEscapedWithoutATotalUnlessAskedFor() throws IOException {
        Sheet sheet = write(new XlsxExport<>("二七区测试台账", COLUMNS), List.of(
                new Item("=1+1", new BigDecimal("10.50"), 2, LocalDate.of(2026, 5, 26)), new Item("@甲", null, 3, null)));

        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("二七区测试台账");
        assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("序号");
        assertThat(sheet.getRow(3).getCell(0).getNumericCellValue()).isEqualTo(1);
        assertThat(sheet.getRow(3).getCell(1).getStringCellValue()).isEqualTo("'=1+1");
        assertThat(sheet.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(10.5);
        assertThat(sheet.getRow(3).getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 5, 26));
        assertThat(sheet.getRow(4).getCell(1).getStringCellValue()).isEqualTo("'@甲");
        assertThat(sheet.getRow(4).getCell(2).getCellType()).isEqualTo(CellType.BLANK);
        assertThat(sheet.getLastRowNum()).as("no 合计 row").isEqualTo(4);
    }

    @Test
    void sectionsRestartTheNumberingAndCloseWithASubtotalAndTheTotalAddsUpEverything() throws IOException {
        XlsxExport<Item> export = new XlsxExport<>("二七区测试台账", COLUMNS).withNumberHeader("No.")
                .withTotals("合计", "小计", n -> "共 " + n + " 项");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XlsxExport<Item>.Sheet sheet = export.open("填报单位：测试")) {
            sheet.section("一、签约一批");
            sheet.row(new Item("甲", new BigDecimal("1.25"), 1, null));
            sheet.row(new Item("乙", new BigDecimal("2.50"), 2, null));
            sheet.section("二、开工一批");
            sheet.row(new Item("丙", new BigDecimal("3.00"), 3, null));
            sheet.finish(out);
        }
        Sheet sheet = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray())).getSheetAt(0);

        assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("No.");
        assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("一、签约一批");
        assertThat(sheet.getRow(5).getCell(0).getNumericCellValue()).isEqualTo(2);
        assertThat(sheet.getRow(6).getCell(0).getStringCellValue()).isEqualTo("小计");
        assertThat(sheet.getRow(6).getCell(1).getStringCellValue()).isEqualTo("共 2 项");
        assertThat(sheet.getRow(6).getCell(2).getNumericCellValue()).isEqualTo(3.75);
        assertThat(sheet.getRow(8).getCell(0).getNumericCellValue()).as("numbering starts again").isEqualTo(1);
        assertThat(sheet.getRow(9).getCell(0).getStringCellValue()).isEqualTo("小计");
        assertThat(sheet.getRow(10).getCell(0).getStringCellValue()).isEqualTo("合计");
        assertThat(sheet.getRow(10).getCell(1).getStringCellValue()).isEqualTo("共 3 项");
        assertThat(sheet.getRow(10).getCell(2).getNumericCellValue()).isEqualTo(6.75);
        assertThat(sheet.getRow(10).getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
        assertThat(sheet.getRow(10).getCell(3).getNumericCellValue()).isEqualTo(6);
        assertThat(sheet.getRow(10).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("0");
    }

    private static Sheet write(XlsxExport<Item> export, List<Item> items) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.write(items, "填报单位：测试", out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray())).getSheetAt(0);
    }
}
