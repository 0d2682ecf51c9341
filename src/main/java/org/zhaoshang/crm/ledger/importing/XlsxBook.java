package org.zhaoshang.crm.ledger.importing;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.SAXException;

/**
 * An .xlsx read as a stream of XML (StAX), never as a whole workbook in memory: a sheet of ten thousand rows
 * costs its rows, not a DOM of the file. Each cell keeps its type; a formula's cached value is used and its
 * text kept, nothing is evaluated. The zip underneath is POI's ZipSecureFile, so a zip bomb fails while the
 * part is read.
 */
final class XlsxBook implements SpreadsheetBook {

    private static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Shanghai");

    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final boolean date1904;
    private final List<String> names = new ArrayList<>();
    private final Integer fileYear;

    private XlsxBook(Path file) throws IOException, OpenXML4JException, SAXException, XMLStreamException {
        ImportLimits.applyZipLimits();
        this.pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        try {
            requireSpreadsheet(pkg);
            this.reader = new XSSFReader(pkg);
            this.strings = new ReadOnlySharedStringsTable(pkg, false);
            this.styles = reader.getStylesTable();
            try (InputStream workbook = reader.getWorkbookData()) {
                this.date1904 = date1904(workbook);
            }
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream ignored = sheets.next()) {
                    names.add(sheets.getSheetName());
                }
            }
            org.apache.poi.openxml4j.opc.PackageProperties properties = pkg.getPackageProperties();
            this.fileYear = properties.getCreatedProperty().or(properties::getModifiedProperty)
                    .map(d -> d.toInstant().atZone(OFFICE_ZONE).getYear()).orElse(null);
        } catch (IOException | OpenXML4JException | SAXException | XMLStreamException | RuntimeException e) {
            pkg.revert();
            throw e;
        }
    }

    static XlsxBook open(Path file) throws IOException, OpenXML4JException, SAXException, XMLStreamException {
        return new XlsxBook(file);
    }

    /** A .docx or .pptx is a zip of the same kind; only a workbook goes on. */
    private static void requireSpreadsheet(OPCPackage pkg) {
        PackageRelationshipCollection core = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (core.isEmpty()) {
            core = pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
            if (!core.isEmpty()) {
                throw new LedgerFileException("ledgerimport.file.strictOoxml");
            }
            throw new LedgerFileException("ledgerimport.file.corrupt");
        }
        PackagePart main = pkg.getPart(core.getRelationship(0));
        String type = main == null ? "" : main.getContentType();
        if (!type.contains("spreadsheetml") && !type.contains("ms-excel")) {
            throw new LedgerFileException("ledgerimport.file.notSpreadsheet", type.contains("wordprocessingml") ? "Word"
                    : type.contains("presentationml") ? "PowerPoint" : "zip");
        }
    }

    @Override
    public FileFormat format() {
        return FileFormat.XLSX;
    }

    @Override
    public String encoding() {
        return null;
    }

    @Override
    public List<String> sheetNames() {
        return List.copyOf(names);
    }

    @Override
    public Integer fileYear() {
        return fileYear;
    }

    @Override
    public RawSheet sheet(int index, ImportProgress progress) {
        try {
            Iterator<InputStream> sheets = reader.getSheetsData();
            for (int i = 0; sheets.hasNext(); i++) {
                try (InputStream in = sheets.next()) {
                    if (i == index) {
                        return new SheetParser(progress).parse(names.get(index), in);
                    }
                }
            }
            throw new IllegalArgumentException("No sheet " + index);
        } catch (IOException | OpenXML4JException | XMLStreamException e) {
            // a zip bomb shows here, while the part is inflated
            throw SpreadsheetFiles.translate(e);
        }
    }

    @Override
    public void close() {
        pkg.revert();
    }

    private static boolean date1904(InputStream workbook) throws XMLStreamException {
        XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(workbook);
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && "workbookPr".equals(xml.getLocalName())) {
                    String value = xml.getAttributeValue(null, "date1904");
                    return "1".equals(value) || "true".equalsIgnoreCase(value);
                }
                if (xml.getEventType() == XMLStreamConstants.START_ELEMENT && "sheets".equals(xml.getLocalName())) {
                    return false;
                }
            }
            return false;
        } finally {
            xml.close();
        }
    }

    /** One pass over a sheet's XML: rows, cells (type, style, value, formula) and merged regions. */
    private final class SheetParser {

        private final ImportProgress progress;
        private final Map<Integer, Map<Integer, SourceCell>> rows = new TreeMap<>();
        private final List<RawSheet.Merge> merges = new ArrayList<>();
        private final Map<String, String> sharedFormulas = new java.util.HashMap<>();
        private int lastRowInDimension;
        private int rowNumber;
        private int nextColumn;
        private int filledRows;

        SheetParser(ImportProgress progress) {
            this.progress = progress;
        }

        RawSheet parse(String name, InputStream in) throws XMLStreamException {
            XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                        continue;
                    }
                    switch (xml.getLocalName()) {
                        case "dimension" -> dimension(xml.getAttributeValue(null, "ref"));
                        case "row" -> startRow(xml);
                        case "c" -> cell(xml);
                        case "mergeCell" -> merges.add(RawSheet.Merge.parse(xml.getAttributeValue(null, "ref")));
                        default -> {
                            // other elements (cols, sheetViews, pageSetup …) say nothing about values
                        }
                    }
                }
            } finally {
                xml.close();
            }
            List<SourceRow> result = new ArrayList<>(rows.size());
            rows.forEach((number, cells) -> result.add(toRow(number, cells)));
            return new RawSheet(name, result, merges);
        }

        private void dimension(String ref) {
            if (ref != null && ref.contains(":")) {
                lastRowInDimension = new CellReference(ref.substring(ref.indexOf(':') + 1)).getRow() + 1;
            }
        }

        private void startRow(XMLStreamReader xml) {
            String r = xml.getAttributeValue(null, "r");
            rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
            nextColumn = 0;
            if (lastRowInDimension > 0 && rowNumber % 200 == 0) {
                progress.update(ImportProgress.Phase.READING, Math.min(1.0, rowNumber / (double) lastRowInDimension));
            }
        }

        private void cell(XMLStreamReader xml) throws XMLStreamException {
            String ref = xml.getAttributeValue(null, "r");
            int column = ref == null ? nextColumn : new CellReference(ref).getCol();
            nextColumn = column + 1;
            String type = xml.getAttributeValue(null, "t");
            String style = xml.getAttributeValue(null, "s");
            StringBuilder value = null;
            StringBuilder formula = null;
            StringBuilder inline = null;
            // Read to the end of this <c>, collecting <v>, <f> and the <t> runs of an inline string (not its phonetic runs).
            int depth = 1;
            boolean inPhonetic = false;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    depth++;
                    switch (xml.getLocalName()) {
                        case "v" -> value = new StringBuilder(xml.getElementText());
                        case "f" -> {
                            String shared = xml.getAttributeValue(null, "si");
                            String text = xml.getElementText();
                            if (shared != null && !text.isBlank()) {
                                sharedFormulas.put(shared, text);
                            }
                            // A cell sharing a formula carries only its index; the first cell holds the text.
                            formula = new StringBuilder(text.isBlank() && shared != null
                                    ? sharedFormulas.getOrDefault(shared, "(shared)") : text.isBlank() ? "(formula)" : text);
                        }
                        case "rPh" -> inPhonetic = true;
                        case "t" -> {
                            String text = xml.getElementText();
                            if (!inPhonetic) {
                                inline = (inline == null ? new StringBuilder() : inline).append(text);
                            }
                        }
                        default -> {
                            // <is>, <r>, <rPr> and the like only wrap what is read above
                        }
                    }
                    if (xml.getEventType() == XMLStreamConstants.END_ELEMENT) {
                        depth--; // getElementText() consumed the element's end
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                    if ("rPh".equals(xml.getLocalName())) {
                        inPhonetic = false;
                    }
                }
            }
            if (column >= ImportLimits.MAX_COLUMNS) {
                return;
            }
            SourceCell cell = decode(type, style, value == null ? null : value.toString(), inline);
            if (formula != null && !formula.isEmpty()) {
                cell = cell.withFormula(formula.toString());
            }
            if (cell.isBlank() && cell.formula() == null) {
                return;
            }
            Map<Integer, SourceCell> row = rows.get(rowNumber);
            if (row == null) {
                if (++filledRows > ImportLimits.MAX_ROWS + ImportLimits.HEADER_SEARCH_ROWS) {
                    throw new LedgerFileException("ledgerimport.file.tooManyRows", ImportLimits.MAX_ROWS);
                }
                row = new TreeMap<>();
                rows.put(rowNumber, row);
            }
            row.put(column, cell);
        }

        private SourceCell decode(String type, String style, String value, StringBuilder inline) {
            String t = type == null ? "n" : type;
            return switch (t) {
                case "s" -> value == null ? SourceCell.BLANK : SourceCell.text(sharedString(value));
                case "inlineStr" -> inline == null ? SourceCell.BLANK : SourceCell.text(inline.toString());
                case "str" -> value == null ? SourceCell.BLANK : SourceCell.text(value);
                case "b" -> value == null ? SourceCell.BLANK : SourceCell.bool("1".equals(value.strip()));
                case "e" -> SourceCell.error(value == null ? "#N/A" : value);
                case "d" -> value == null || value.length() < 10 ? SourceCell.BLANK : SourceCell.date(LocalDate.parse(value.substring(0, 10)));
                default -> number(style, value);
            };
        }

        private String sharedString(String index) {
            try {
                return strings.getItemAt(Integer.parseInt(index.strip())).getString();
            } catch (RuntimeException badIndex) {
                throw new LedgerFileException("ledgerimport.file.corrupt");
            }
        }

        private SourceCell number(String style, String value) {
            if (value == null || value.isBlank()) {
                return SourceCell.BLANK;
            }
            BigDecimal number;
            try {
                number = new BigDecimal(value.strip());
            } catch (NumberFormatException e) {
                return SourceCell.text(value);
            }
            if (style != null && !style.isBlank()) {
                XSSFCellStyle xf;
                try {
                    xf = styles.getStyleAt(Integer.parseInt(style.strip()));
                } catch (RuntimeException badStyle) {
                    xf = null;
                }
                if (xf != null && DateUtil.isADateFormat(xf.getDataFormat(), xf.getDataFormatString())) {
                    double serial = number.doubleValue();
                    if (DateUtil.isValidExcelDate(serial)) {
                        return SourceCell.date(DateUtil.getLocalDateTime(serial, date1904).toLocalDate());
                    }
                }
            }
            return SourceCell.number(number);
        }

        private SourceRow toRow(int number, Map<Integer, SourceCell> cells) {
            int width = cells.isEmpty() ? 0 : ((TreeMap<Integer, SourceCell>) cells).lastKey() + 1;
            List<SourceCell> list = new ArrayList<>(width);
            for (int c = 0; c < width; c++) {
                list.add(cells.getOrDefault(c, SourceCell.BLANK));
            }
            return new SourceRow(number, list);
        }
    }
}
