package org.zhaoshang.crm.ledger.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.zhaoshang.crm.project.ProjectDetails;
import org.zhaoshang.crm.project.ProjectFilter;
import org.zhaoshang.crm.project.ProjectService;
import org.zhaoshang.crm.project.ProjectSummary;
import org.zhaoshang.crm.support.Actors;

/**
 * Ledgers made the messy ways real ones are: merged titles and unit lines over the header, blank rows, section
 * headings and 合计 lines, dates in every format, amounts in 亿元, a group header over sub-headers, a GBK CSV,
 * an old .xls; and the bad files: encrypted, corrupt, a zip bomb, formulas that would inject.
 */
final class SampleLedgers {

    private SampleLedgers() {
    }

    /** A cell value: String, Number, LocalDate; {@link Formula} for a formula with its cached result. */
    record Formula(String formula, String cachedText) {
    }

    /** The preview's row of the project so named (the first, if it has two). */
    static PreviewRow rowOfProject(ImportPreview preview, String projectName) {
        return preview.rows().stream().filter(r -> projectName.equals(r.projectName())).findFirst().orElseThrow();
    }

    /** The problem keys of that row. */
    static List<String> projectKeys(ImportPreview preview, String projectName) {
        return rowOfProject(preview, projectName).problems().stream().map(Problem::key).toList();
    }

    /** The preview's row with this title (a problem's or a trip's). */
    static PreviewRow rowTitled(ImportPreview preview, String title) {
        return preview.rows().stream().filter(r -> title.equals(r.title())).findFirst().orElseThrow();
    }

    /** The problem keys of that row. */
    static List<String> titledKeys(ImportPreview preview, String title) {
        return rowTitled(preview, title).problems().stream().map(Problem::key).toList();
    }

    /** The one project of that exact name that {@code user} sees, in full. */
    static ProjectDetails onlyProject(Actors actors, ProjectService projects, String user, String name) {
        return actors.as(user, () -> {
            List<ProjectSummary> found = projects.list(ProjectFilter.none().withText(name), 0, 10, List.of()).stream()
                    .filter(p -> p.name().equals(name)).toList();
            assertThat(found).as(name).hasSize(1);
            return projects.get(found.getFirst().id());
        });
    }

    static byte[] xlsx(String[] titleLines, String[] header, Object[]... rows) {
        return workbook(new XSSFWorkbook(), titleLines, header, rows);
    }

    static byte[] xls(String[] titleLines, String[] header, Object[]... rows) {
        return workbook(new HSSFWorkbook(), titleLines, header, rows);
    }

    /**
     * Title lines merged across the width, a blank row, the header, then the rows; a null row is a blank row.
     */
    static byte[] workbook(Workbook workbook, String[] titleLines, String[] header, Object[]... rows) {
        try (workbook) {
            Sheet sheet = workbook.createSheet("台账");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            int r = 0;
            for (String line : titleLines) {
                sheet.createRow(r).createCell(0).setCellValue(line);
                sheet.addMergedRegion(new CellRangeAddress(r, r, 0, header.length - 1));
                r++;
            }
            r++; // a blank row between the title and the header, as offices leave one
            Row head = sheet.createRow(r++);
            for (int c = 0; c < header.length; c++) {
                head.createCell(c).setCellValue(header[c]);
            }
            for (Object[] values : rows) {
                Row row = sheet.createRow(r++);
                if (values == null) {
                    continue;
                }
                for (int c = 0; c < values.length; c++) {
                    set(row.createCell(c), values[c], date);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void set(Cell cell, Object value, CellStyle dateStyle) {
        switch (value) {
            case null -> {
                // blank
            }
            case Number n -> cell.setCellValue(n.doubleValue());
            case LocalDate d -> {
                cell.setCellValue(d);
                cell.setCellStyle(dateStyle);
            }
            case Formula f -> {
                cell.setCellFormula(f.formula());
                cell.setCellValue(f.cachedText());
            }
            default -> cell.setCellValue(value.toString());
        }
    }

    /**
     * A key-project ledger whose header has two rows: 投资额（亿元） merged over 总投资 and 固定资产投资, the other
     * headers merged down over both rows; the responsible unit merged down over two projects.
     */
    static byte[] groupHeaderXlsx(String title, Object[]... rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("重点项目");
            String[] top = {"序号", "项目名称", "建设单位", "投资额（亿元）", "", "项目阶段", "责任单位", "计划开工时间", "落地片区"};
            String[] sub = {"", "", "", "总投资", "其中：固定资产投资", "", "", "", ""};
            sheet.createRow(0).createCell(0).setCellValue(title);
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, top.length - 1));
            Row r1 = sheet.createRow(1);
            Row r2 = sheet.createRow(2);
            for (int c = 0; c < top.length; c++) {
                r1.createCell(c).setCellValue(top[c]);
                r2.createCell(c).setCellValue(sub[c]);
                if (c != 3 && c != 4) {
                    sheet.addMergedRegion(new CellRangeAddress(1, 2, c, c));
                }
            }
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 3, 4));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));
            int r = 3;
            for (Object[] values : rows) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < values.length; c++) {
                    set(row.createCell(c), values[c], date);
                }
            }
            // the first two projects share one merged 责任单位 cell
            sheet.addMergedRegion(new CellRangeAddress(3, 4, 6, 6));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] csv(Charset charset, String... lines) {
        return (String.join("\r\n", lines) + "\r\n").getBytes(charset);
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The workbook encrypted with a password the agile way (what Excel 2010 and later do). */
    static byte[] encrypted(byte[] xlsx, String password) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream data = encryptor.getDataStream(fs)) {
                data.write(xlsx);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }

    /** The same zip with its first sheet replaced by one that expands to {@code megabytes} of nothing. */
    static byte[] zipBomb(byte[] xlsx, int megabytes) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(xlsx));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                if (entry.getName().equals("xl/worksheets/sheet1.xml")) {
                    zip.write(utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
                            + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"));
                    byte[] spaces = new byte[1024 * 1024];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (int i = 0; i < megabytes; i++) {
                        zip.write(spaces);
                    }
                    zip.write(utf8("</sheetData></worksheet>"));
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static byte[] wordDocument() throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("二七区签约项目台账（Word版）");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        }
    }
}
