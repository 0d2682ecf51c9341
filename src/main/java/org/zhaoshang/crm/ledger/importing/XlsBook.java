package org.zhaoshang.crm.ledger.importing;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * An Excel 97–2003 .xls through HSSF. The format holds at most 65,536 rows, so reading the workbook whole is
 * bounded. Formulas are not evaluated: a formula cell's cached result is the value.
 */
final class XlsBook implements SpreadsheetBook {

    private final POIFSFileSystem fs;
    private final HSSFWorkbook workbook;
    private final Integer fileYear;

    private XlsBook(POIFSFileSystem fs, HSSFWorkbook workbook) {
        this.fs = fs;
        this.workbook = workbook;
        Date created = workbook.getSummaryInformation() == null ? null : workbook.getSummaryInformation().getCreateDateTime();
        Date saved = workbook.getSummaryInformation() == null ? null : workbook.getSummaryInformation().getLastSaveDateTime();
        Date when = created != null ? created : saved;
        this.fileYear = when == null ? null : when.toInstant().atZone(ZoneId.of("Asia/Shanghai")).getYear();
    }

    /** Opens the workbook of an OLE2 file that is known to hold one (see {@link SpreadsheetFiles}). */
    static XlsBook open(POIFSFileSystem fs) throws IOException {
        return new XlsBook(fs, new HSSFWorkbook(fs.getRoot(), false));
    }

    static POIFSFileSystem container(Path file) throws IOException {
        return new POIFSFileSystem(file.toFile(), true);
    }

    @Override
    public FileFormat format() {
        return FileFormat.XLS;
    }

    @Override
    public String encoding() {
        return null;
    }

    @Override
    public List<String> sheetNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            names.add(workbook.getSheetName(i));
        }
        return names;
    }

    @Override
    public Integer fileYear() {
        return fileYear;
    }

    @Override
    public RawSheet sheet(int index, ImportProgress progress) {
        Sheet sheet = workbook.getSheetAt(index);
        int last = Math.max(1, sheet.getLastRowNum() + 1);
        List<SourceRow> rows = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() % 200 == 0) {
                progress.update(ImportProgress.Phase.READING, row.getRowNum() / (double) last);
            }
            List<SourceCell> cells = new ArrayList<>();
            int width = Math.min(Math.max(0, row.getLastCellNum()), ImportLimits.MAX_COLUMNS);
            for (int c = 0; c < width; c++) {
                Cell cell = row.getCell(c);
                cells.add(cell == null ? SourceCell.BLANK : read(cell));
            }
            SourceRow read = new SourceRow(row.getRowNum() + 1, cells);
            if (!read.isBlank() || cells.stream().anyMatch(c -> c.formula() != null)) {
                if (rows.size() >= ImportLimits.MAX_ROWS + ImportLimits.HEADER_SEARCH_ROWS) {
                    throw new LedgerFileException("ledgerimport.file.tooManyRows", ImportLimits.MAX_ROWS);
                }
                rows.add(read);
            }
        }
        List<RawSheet.Merge> merges = new ArrayList<>();
        for (CellRangeAddress range : sheet.getMergedRegions()) {
            merges.add(new RawSheet.Merge(range.getFirstRow() + 1, range.getLastRow() + 1, range.getFirstColumn(),
                    range.getLastColumn()));
        }
        return new RawSheet(sheet.getSheetName(), rows, merges);
    }

    private static SourceCell read(Cell cell) {
        if (cell.getCellType() == CellType.FORMULA) {
            return value(cell, cell.getCachedFormulaResultType()).withFormula(cell.getCellFormula());
        }
        return value(cell, cell.getCellType());
    }

    private static SourceCell value(Cell cell, CellType type) {
        return switch (type) {
            case STRING -> SourceCell.text(cell.getStringCellValue());
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(cell.getNumericCellValue())
                    ? SourceCell.date(cell.getLocalDateTimeCellValue().toLocalDate())
                    : SourceCell.number(BigDecimal.valueOf(cell.getNumericCellValue()));
            case BOOLEAN -> SourceCell.bool(cell.getBooleanCellValue());
            case ERROR -> SourceCell.error(errorCode(cell.getErrorCellValue()));
            default -> SourceCell.BLANK;
        };
    }

    private static String errorCode(byte code) {
        try {
            return FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException unknown) {
            return "#ERROR";
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
            fs.close();
        } catch (IOException ignored) {
            // read-only: nothing to lose
        }
    }
}
