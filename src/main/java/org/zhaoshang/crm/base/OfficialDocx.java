package org.zhaoshang.crm.base;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTable.XWPFBorderType;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableCell.XWPFVertAlign;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * The house style of the Word documents the district files (考察报告, 会议纪要): A4 portrait, 2.5 cm margins,
 * 方正小标宋简体 二号 titles, 黑体 三号 headings, 楷体 三号 subheadings, 仿宋 三号 body, bordered tables at 小四
 * whose bold header row repeats on every page, and "— 1 —" page numbers. Each document builds its own
 * content; the page, font and table building blocks live here so the documents cannot drift apart.
 */
public final class OfficialDocx {

    // Fonts by their Chinese family names: Word and WPS match these on Chinese systems and also resolve
    // them on other locales, whereas the Latin names (FangSong …) are not known to every version of WPS.
    private static final String TITLE_FONT = "方正小标宋简体";
    /**
     * Set as the Latin font of the title and as its fallback: machines without 方正小标宋 (it ships with
     * the government font pack, not with Windows) substitute the East Asian default, which is 宋体 anyway.
     */
    private static final String TITLE_FALLBACK_FONT = "宋体";
    private static final String BODY_FONT = "仿宋";
    private static final String HEADING_FONT = "黑体";
    private static final String SUBHEADING_FONT = "楷体";
    private static final String PAGE_NUMBER_FONT = "宋体";

    private static final double TITLE_SIZE = 22; // 二号
    private static final double BODY_SIZE = 16; // 三号
    private static final double TABLE_SIZE = 12; // 小四: six columns of 三号 would not fit across A4
    private static final double PAGE_NUMBER_SIZE = 14; // 四号

    /** Fixed line pitch of the body; 28 pt with 三号 gives the familiar 22 lines on an A4 page. */
    public static final double LINE_PITCH = 28;
    public static final double TITLE_LINE_PITCH = 36;

    /** Twips (1/20 pt); all OOXML page geometry is in twips. */
    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;
    private static final int MARGIN = 1417; // 2.5 cm
    private static final int HEADER_FOOTER_DISTANCE = 851; // 1.5 cm
    /** Two characters of 三号 (16 pt each), the customary first-line indent of Chinese prose. */
    public static final int FIRST_LINE_INDENT = 2 * 16 * 20;
    // Column widths of each table add up to the text width, A4_WIDTH - 2 * MARGIN = 9072 (16 cm).

    private OfficialDocx() {
    }

    public static XWPFRun run(XWPFParagraph p, String text, Font font) {
        XWPFRun run = p.createRun();
        font.applyTo(run);
        // A run's text is one line; line breaks typed into a field become explicit breaks so they survive.
        List<String> lines = text.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines.get(i), i);
        }
        return run;
    }

    public record Column(String header, int width, ParagraphAlignment alignment) {
    }

    /**
     * A bordered table across the text width with a fixed layout, so the column widths chosen here hold
     * instead of Word resizing columns to their content; the header row repeats on every page.
     */
    public static void table(XWPFDocument doc, Column[] columns, List<String[]> rows) {
        XWPFTable table = doc.createTable(rows.size() + 1, columns.length);
        CTTbl ct = table.getCTTbl();
        CTTblPr tblPr = ct.getTblPr() == null ? ct.addNewTblPr() : ct.getTblPr();
        (tblPr.isSetTblLayout() ? tblPr.getTblLayout() : tblPr.addNewTblLayout()).setType(STTblLayoutType.FIXED);
        table.setWidthType(TableWidthType.DXA);
        table.setWidth(String.valueOf(Arrays.stream(columns).mapToInt(Column::width).sum()));
        table.setTableAlignment(TableRowAlign.CENTER);
        table.setCellMargins(0, 100, 0, 100);
        table.setTopBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setBottomBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setLeftBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setRightBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideHBorder(XWPFBorderType.SINGLE, 4, 0, "000000");
        table.setInsideVBorder(XWPFBorderType.SINGLE, 4, 0, "000000");

        CTTblGrid grid = ct.getTblGrid() == null ? ct.addNewTblGrid() : ct.getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (Column column : columns) {
            grid.addNewGridCol().setW(BigInteger.valueOf(column.width()));
        }

        XWPFTableRow header = table.getRow(0);
        header.setRepeatHeader(true);
        header.setCantSplitRow(true);
        for (int c = 0; c < columns.length; c++) {
            cell(header.getCell(c), columns[c], columns[c].header(), ParagraphAlignment.CENTER, Font.TABLE_HEADER);
        }
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            String[] values = rows.get(r);
            for (int c = 0; c < columns.length; c++) {
                cell(row.getCell(c), columns[c], values[c], columns[c].alignment(), Font.TABLE);
            }
        }
    }

    private static void cell(XWPFTableCell cell, Column column, String text, ParagraphAlignment alignment,
            Font font) {
        cell.setWidthType(TableWidthType.DXA);
        cell.setWidth(String.valueOf(column.width()));
        cell.setVerticalAlignment(XWPFVertAlign.CENTER);
        XWPFParagraph p = cell.getParagraphs().getFirst();
        p.setAlignment(alignment);
        // Tables use single spacing: the 28 pt body pitch would make every row twice the height it needs.
        p.setSpacingBetween(1.0, LineSpacingRule.AUTO);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        if (!text.isEmpty()) {
            run(p, text, font);
        }
    }

    // ---------------------------------------------------------------- page set-up

    /** An empty document in the official layout: A4 with its margins, 仿宋 三号 defaults and "— 1 —" page numbers. */
    public static XWPFDocument newDocument() {
        XWPFDocument doc = new XWPFDocument();
        setUpPage(doc);
        setUpDefaults(doc);
        pageNumbers(doc);
        return doc;
    }

    public static void setUpPage(XWPFDocument doc) {
        CTSectPr sectPr = doc.getDocument().getBody().isSetSectPr()
                ? doc.getDocument().getBody().getSectPr()
                : doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sectPr.isSetPgSz() ? sectPr.getPgSz() : sectPr.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        size.setOrient(STPageOrientation.PORTRAIT);
        CTPageMar margins = sectPr.isSetPgMar() ? sectPr.getPgMar() : sectPr.addNewPgMar();
        margins.setTop(BigInteger.valueOf(MARGIN));
        margins.setBottom(BigInteger.valueOf(MARGIN));
        margins.setLeft(BigInteger.valueOf(MARGIN));
        margins.setRight(BigInteger.valueOf(MARGIN));
        margins.setHeader(BigInteger.valueOf(HEADER_FOOTER_DISTANCE));
        margins.setFooter(BigInteger.valueOf(HEADER_FOOTER_DISTANCE));
        margins.setGutter(BigInteger.ZERO);
    }

    /**
     * Document defaults of 仿宋 三号 in Chinese: every run sets its own font anyway, but whoever edits the
     * draft types into paragraphs that only have the defaults, and Word's would be Calibri 10.5 pt.
     */
    public static void setUpDefaults(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        CTFonts fonts = CTFonts.Factory.newInstance();
        fonts.setAscii(BODY_FONT);
        fonts.setHAnsi(BODY_FONT);
        fonts.setEastAsia(BODY_FONT);
        fonts.setCs(BODY_FONT);
        styles.setDefaultFonts(fonts);
        CTRPr defaults = styles.getDefaultRunStyle().getRPr();
        BigInteger halfPoints = BigInteger.valueOf(Math.round(BODY_SIZE * 2));
        defaults.addNewSz().setVal(halfPoints);
        defaults.addNewSzCs().setVal(halfPoints);
        CTLanguage language = defaults.addNewLang();
        language.setVal("en-US");
        language.setEastAsia("zh-CN"); // Chinese line breaking and proofing
    }

    /** "— 1 —" centred in the footer, the page number style of printed government documents. */
    public static void pageNumbers(XWPFDocument doc) {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, "— ", Font.PAGE_NUMBER);
        CTSimpleField page = p.getCTP().addNewFldSimple();
        page.setInstr(" PAGE ");
        CTR shown = page.addNewR(); // what readers that do not update fields show until they do
        Font.PAGE_NUMBER.applyTo(shown);
        shown.addNewT().setStringValue("1");
        run(p, " —", Font.PAGE_NUMBER);
    }

    // ---------------------------------------------------------------- fonts

    public enum Font {
        TITLE(TITLE_FONT, TITLE_FALLBACK_FONT, TITLE_SIZE, true),
        HEADING(HEADING_FONT, HEADING_FONT, BODY_SIZE, false),
        SUBHEADING(SUBHEADING_FONT, SUBHEADING_FONT, BODY_SIZE, false),
        BODY(BODY_FONT, BODY_FONT, BODY_SIZE, false),
        BODY_BOLD(BODY_FONT, BODY_FONT, BODY_SIZE, true),
        TABLE(BODY_FONT, BODY_FONT, TABLE_SIZE, false),
        TABLE_HEADER(BODY_FONT, BODY_FONT, TABLE_SIZE, true),
        PAGE_NUMBER(PAGE_NUMBER_FONT, PAGE_NUMBER_FONT, PAGE_NUMBER_SIZE, false);

        private final String eastAsian;
        private final String latin;
        private final double size;
        private final boolean bold;

        Font(String eastAsian, String latin, double size, boolean bold) {
            this.eastAsian = eastAsian;
            this.latin = latin;
            this.size = size;
            this.bold = bold;
        }

        /**
         * Word picks the font per character class, so a run that names only the ASCII font still shows
         * its Chinese text in the document default; the East Asian slot has to be named explicitly.
         * Properties are set in schema order (fonts, bold, size) because the run properties are written
         * in the order they are set and older Word versions reject a document with them out of order.
         */
        void applyTo(XWPFRun run) {
            run.setFontFamily(latin, FontCharRange.ascii);
            run.setFontFamily(latin, FontCharRange.hAnsi);
            run.setFontFamily(latin, FontCharRange.cs);
            run.setFontFamily(eastAsian, FontCharRange.eastAsia);
            if (bold) {
                run.setBold(true);
            }
            run.setFontSize(size);
        }

        void applyTo(CTR run) {
            CTRPr pr = run.isSetRPr() ? run.getRPr() : run.addNewRPr();
            CTFonts fonts = pr.addNewRFonts();
            fonts.setAscii(latin);
            fonts.setHAnsi(latin);
            fonts.setCs(latin);
            fonts.setEastAsia(eastAsian);
            pr.addNewSz().setVal(BigInteger.valueOf(Math.round(size * 2)));
        }
    }

}
