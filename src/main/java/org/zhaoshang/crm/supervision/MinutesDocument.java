package org.zhaoshang.crm.supervision;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.zhaoshang.crm.base.ChineseDates;

/**
 * The 会议纪要 of a meeting as a Word document, in the same house style as the 考察报告
 * ({@code trip.TripReportDocument}): A4 portrait, 2.5 cm margins, title in 方正小标宋简体 二号, 一、二、三 headings
 * in 黑体 三号, body in 仿宋 三号 on a fixed 28 pt line, bordered tables whose bold header row repeats on every
 * page, and "— 1 —" page numbers. Unlike a report, minutes name the issuing office and date at the top,
 * centred under the title, because that line is what identifies a 纪要 when it is circulated.
 *
 * <p>The page, font and table building blocks are copied from the trip report rather than shared with it,
 * because the trip package keeps them private; should a third document need them, they belong in one
 * shared class.
 *
 * <p>The 议定事项 appear twice: as numbered sentences, which is how the decisions are read out and quoted,
 * and as a table of item, lead unit and deadline, which is what each supervised item is followed up by.
 * Both come from the same list, so 序号 in the table is the （一）（二） of the text.
 *
 * <p>Null anywhere (strings, lists, list elements, dates) is written as nothing, as "—" in a table cell
 * where absence means "none", or as "（无）" for a section that would otherwise be empty; it never fails
 * the export.
 */
final class MinutesDocument {

    static final String NONE = "（无）";

    /** Shown for no 配合单位 or no 督办领导, where an empty cell would look like a forgotten entry. */
    private static final String NO_ENTRY = "—";

    /** Between office and date in the line under the title: one full-width space, as typed in Chinese. */
    private static final String IDEOGRAPHIC_SPACE = "\u3000";

    // Chinese family names, for the reason given in TripReportDocument: WPS does not know every Latin name.
    private static final String TITLE_FONT = "方正小标宋简体";
    /** Latin font and fallback of the title: 方正小标宋 is not on every machine, and 宋体 is what it replaces. */
    private static final String TITLE_FALLBACK_FONT = "宋体";
    private static final String BODY_FONT = "仿宋";
    private static final String HEADING_FONT = "黑体";
    private static final String PAGE_NUMBER_FONT = "宋体";

    private static final double TITLE_SIZE = 22; // 二号
    private static final double BODY_SIZE = 16; // 三号
    private static final double TABLE_SIZE = 12; // 小四: six columns of 三号 would not fit across A4
    private static final double PAGE_NUMBER_SIZE = 14; // 四号

    /** Fixed line pitch of the body; 28 pt with 三号 gives the familiar 22 lines on an A4 page. */
    private static final double LINE_PITCH = 28;
    private static final double TITLE_LINE_PITCH = 36;
    /** Half a blank line between the heading block and the body, as in printed minutes. */
    private static final int GAP_AFTER_HEADING_BLOCK = 20 * 14;

    /** Twips (1/20 pt); all OOXML page geometry is in twips. */
    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;
    private static final int MARGIN = 1417; // 2.5 cm
    private static final int HEADER_FOOTER_DISTANCE = 851; // 1.5 cm
    /** Two characters of 三号 (16 pt each), the customary first-line indent of Chinese prose. */
    private static final int FIRST_LINE_INDENT = 2 * 16 * 20;

    // Column widths of each table add up to the text width, A4_WIDTH - 2 * MARGIN = 9072 (16 cm).
    private static final Column[] PROJECT_COLUMNS = {
            new Column("序号", 700, ParagraphAlignment.CENTER),
            new Column("项目名称", 4372, ParagraphAlignment.LEFT),
            new Column("当前阶段", 1600, ParagraphAlignment.CENTER),
            new Column("分包领导", 2400, ParagraphAlignment.CENTER)};
    /**
     * 完成时限 is wide enough for "2023年12月31日" on one line at 小四 (digits are half-width in 仿宋): a
     * deadline broken over two lines is easy to misread. Unit names wrap instead, which reads fine.
     */
    private static final Column[] DECISION_COLUMNS = {
            new Column("序号", 700, ParagraphAlignment.CENTER),
            new Column("事项", 2212, ParagraphAlignment.LEFT),
            new Column("牵头单位", 1600, ParagraphAlignment.CENTER),
            new Column("配合单位", 1600, ParagraphAlignment.CENTER),
            new Column("完成时限", 1800, ParagraphAlignment.CENTER),
            new Column("督办领导", 1160, ParagraphAlignment.CENTER)};

    private final XWPFDocument doc;

    private MinutesDocument(XWPFDocument doc) {
        this.doc = doc;
    }

    /** Writes the minutes as .docx to {@code out}, which is left open for the caller. */
    static void write(MeetingMinutes minutes, OutputStream out) throws IOException {
        Objects.requireNonNull(minutes, "minutes");
        Objects.requireNonNull(out, "out");
        try (XWPFDocument doc = new XWPFDocument()) {
            MinutesDocument writer = new MinutesDocument(doc);
            writer.setUpPage();
            writer.setUpDefaults();
            writer.pageNumbers();
            writer.content(minutes);
            doc.write(out);
        }
    }

    // ---------------------------------------------------------------- content

    private void content(MeetingMinutes minutes) {
        XWPFParagraph title = paragraph(ParagraphAlignment.CENTER, TITLE_LINE_PITCH, 0);
        run(title, textOr(minutes.title(), "会议纪要"), Font.TITLE);

        String issuer = joinNonEmpty(IDEOGRAPHIC_SPACE,
                text(minutes.issuedBy()), ChineseDates.format(minutes.issuedOn()));
        if (issuer.isEmpty()) {
            title.setSpacingAfter(GAP_AFTER_HEADING_BLOCK);
        } else {
            XWPFParagraph issuerLine = paragraph(ParagraphAlignment.CENTER, LINE_PITCH, 0);
            issuerLine.setSpacingAfter(GAP_AFTER_HEADING_BLOCK);
            run(issuerLine, issuer, Font.BODY);
        }

        field("时间", ChineseDates.format(minutes.heldOn()));
        field("地点", text(minutes.place()));
        field("主持", text(minutes.chair()));
        field("参会人员", String.join("、", texts(minutes.attendees())));
        field("参会单位", String.join("、", texts(minutes.attendeeUnits())));

        heading("一、会议议题");
        projects(minutes.projects());

        heading("二、会议内容");
        List<String> paragraphs = paragraphs(minutes.minutes());
        if (paragraphs.isEmpty()) {
            body(NONE);
        } else {
            paragraphs.forEach(this::body);
        }

        heading("三、议定事项");
        decisions(minutes.decisions());
    }

    /** A "时间：…" line under the title; left out when there is nothing to say. */
    private void field(String label, String value) {
        if (value.isEmpty()) {
            return;
        }
        XWPFParagraph p = paragraph(ParagraphAlignment.LEFT, LINE_PITCH, FIRST_LINE_INDENT);
        run(p, label + "：", Font.BODY_BOLD);
        run(p, value, Font.BODY);
    }

    private void projects(List<MeetingMinutes.ProjectLine> lines) {
        List<MeetingMinutes.ProjectLine> projects = nonNull(lines);
        if (projects.isEmpty()) {
            body(NONE);
            return;
        }
        body("会议研究了以下" + projects.size() + "个项目：");
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < projects.size(); i++) {
            MeetingMinutes.ProjectLine project = projects.get(i);
            rows.add(new String[] {
                    String.valueOf(i + 1), text(project.name()), text(project.stage()),
                    text(project.leaderInCharge())});
        }
        table(PROJECT_COLUMNS, rows);
    }

    /**
     * "（一）事项。牵头单位：…；配合单位：…、…；完成时限：2023年6月30日。（挂单督办：区长）" with empty parts left
     * out, then the same decisions as a table. The writer's own end punctuation on the item is replaced so a
     * line never reads "。。"; 挂单督办 stands after the full stop because it is a note on the decision, not
     * part of what was decided.
     */
    private void decisions(List<MeetingMinutes.Decision> list) {
        List<MeetingMinutes.Decision> decisions = nonNull(list);
        if (decisions.isEmpty()) {
            body(NONE);
            return;
        }
        List<String[]> rows = new ArrayList<>();
        int number = 0;
        for (MeetingMinutes.Decision decision : decisions) {
            number++;
            String item = withoutEndPunctuation(text(decision.item()));
            String leadUnit = text(decision.leadUnit());
            String coUnits = String.join("、", texts(decision.coUnits()));
            String deadline = ChineseDates.format(decision.deadline());
            String supervisor = text(decision.supervisor());

            String details = joinNonEmpty("；",
                    leadUnit.isEmpty() ? "" : "牵头单位：" + leadUnit,
                    coUnits.isEmpty() ? "" : "配合单位：" + coUnits,
                    deadline.isEmpty() ? "" : "完成时限：" + deadline);
            String sentence = joinNonEmpty("。", item, details);
            body("（" + ChineseDates.numeral(number) + "）"
                    + (sentence.isEmpty() ? "" : sentence + "。")
                    + (supervisor.isEmpty() ? "" : "（挂单督办：" + supervisor + "）"));

            // A missing lead unit or deadline stays blank so it stands out as still to be settled; no
            // co-operating unit or no supervisor is a real answer, shown as "—".
            rows.add(new String[] {
                    String.valueOf(number), item, leadUnit, coUnits.isEmpty() ? NO_ENTRY : coUnits, deadline,
                    supervisor.isEmpty() ? NO_ENTRY : supervisor});
        }
        body("议定事项汇总如下：");
        table(DECISION_COLUMNS, rows);
    }

    // ---------------------------------------------------------------- building blocks

    private void heading(String text) {
        XWPFParagraph p = paragraph(ParagraphAlignment.LEFT, LINE_PITCH, FIRST_LINE_INDENT);
        p.setKeepNext(true); // a heading stranded at the foot of a page looks like a mistake in print
        // Outline level 0 puts the headings in Word's navigation pane without depending on named styles.
        p.getCTP().getPPr().addNewOutlineLvl().setVal(BigInteger.ZERO);
        run(p, text, Font.HEADING);
    }

    private void body(String text) {
        XWPFParagraph p = paragraph(ParagraphAlignment.BOTH, LINE_PITCH, FIRST_LINE_INDENT);
        if (!text.isEmpty()) {
            run(p, text, Font.BODY);
        }
    }

    private XWPFParagraph paragraph(ParagraphAlignment alignment, double linePitch, int firstLineIndent) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(alignment);
        p.setSpacingBetween(linePitch, LineSpacingRule.EXACT);
        p.setSpacingBefore(0);
        p.setSpacingAfter(0);
        if (firstLineIndent > 0) {
            p.setIndentationFirstLine(firstLineIndent);
        }
        return p;
    }

    private static void run(XWPFParagraph p, String text, Font font) {
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
    }

    private record Column(String header, int width, ParagraphAlignment alignment) {
    }

    /**
     * A bordered table across the text width with a fixed layout, so the column widths chosen here hold
     * instead of Word resizing columns to their content; the header row repeats on every page.
     */
    private void table(Column[] columns, List<String[]> rows) {
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

    private void setUpPage() {
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
    private void setUpDefaults() {
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
    private void pageNumbers() {
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

    private enum Font {
        TITLE(TITLE_FONT, TITLE_FALLBACK_FONT, TITLE_SIZE, true),
        HEADING(HEADING_FONT, HEADING_FONT, BODY_SIZE, false),
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
         * Word picks the font per character class, so the East Asian slot has to be named explicitly or
         * the Chinese text falls back to the document default. Properties are set in schema order (fonts,
         * bold, size) because they are written in the order they are set and older Word versions reject
         * run properties out of order.
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

    // ---------------------------------------------------------------- text helpers

    /**
     * The minutes text as paragraphs: a blank line (or one holding only spaces) ends a paragraph, a single
     * line break inside one is kept. Each line is stripped, including the full-width spaces people type as
     * an indent, because the paragraph format already indents two characters and the typed indent would
     * double it.
     */
    private static List<String> paragraphs(String text) {
        List<String> paragraphs = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String line : text(text).lines().map(String::strip).toList()) {
            if (line.isEmpty()) {
                if (!current.isEmpty()) {
                    paragraphs.add(String.join("\n", current));
                    current.clear();
                }
            } else {
                current.add(line);
            }
        }
        if (!current.isEmpty()) {
            paragraphs.add(String.join("\n", current));
        }
        return paragraphs;
    }

    private static String withoutEndPunctuation(String text) {
        int end = text.length();
        while (end > 0 && "。！？；.!?;，,：:、".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }

    private static String joinNonEmpty(String separator, String... parts) {
        return Arrays.stream(parts).filter(part -> !part.isEmpty()).collect(Collectors.joining(separator));
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    private static String textOr(String value, String fallback) {
        String text = text(value);
        return text.isEmpty() ? fallback : text;
    }

    private static List<String> texts(List<String> values) {
        return nonNull(values).stream().map(MinutesDocument::text).filter(s -> !s.isEmpty()).toList();
    }

    /** The list without null elements, or an empty list for null. */
    private static <T> List<T> nonNull(List<T> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }
}
