package org.zhaoshang.crm.trip;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.zhaoshang.crm.base.ChineseDates;
import org.zhaoshang.crm.base.Money;

/**
 * The 考察报告 as a Word document laid out the way district offices file them: A4 portrait, 2.5 cm margins,
 * title in 方正小标宋简体 二号, 一、二、三 headings in 黑体 三号, day headings in 楷体 三号, body in 仿宋 三号 on a
 * fixed 28 pt line, page numbers "— 1 —" in the footer, and the issuing office and date right-aligned at
 * the end. It is a starting draft that staff edit before filing, so everything is ordinary paragraphs and
 * tables (no content controls or locked fields), and the document defaults are set to the body font so
 * that text typed into it later matches.
 *
 * <p>The itinerary lists only days that have visits: a travel or rest day with nothing to report would
 * just be an empty heading, and the day numbers stay those of the trip (第一天, 第二天, 第四天), so a
 * skipped number shows that a day passed without visits. Visits are numbered 1., 2., 3. … across the
 * whole trip rather than per day, so that the number in the text matches 序号 in the summary table.
 *
 * <p>Null anywhere inside the report (strings, lists, list elements, dates, amounts) is written as nothing,
 * as "—" for a missing figure in a table, or as "（无）" for a section that would otherwise be empty; it
 * never fails the export.
 */
final class TripReportDocument {

    static final String ISSUER = "二七区招商引资工作领导小组办公室";
    static final String NONE = "（无）";

    /** Shown in table cells for a missing figure, so an empty cell is not read as a forgotten entry. */
    private static final String NO_FIGURE = "—";

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
    private static final double LINE_PITCH = 28;
    private static final double TITLE_LINE_PITCH = 36;

    /** Twips (1/20 pt); all OOXML page geometry is in twips. */
    private static final int A4_WIDTH = 11906;
    private static final int A4_HEIGHT = 16838;
    private static final int MARGIN = 1417; // 2.5 cm
    private static final int HEADER_FOOTER_DISTANCE = 851; // 1.5 cm
    // Column widths of each table add up to the text width, A4_WIDTH - 2 * MARGIN = 9072 (16 cm).
    /** Two characters of 三号 (16 pt each), the customary first-line indent of Chinese prose. */
    private static final int FIRST_LINE_INDENT = 2 * 16 * 20;


    private final XWPFDocument doc;

    private TripReportDocument(XWPFDocument doc) {
        this.doc = doc;
    }

    /** Writes the report as .docx to {@code out}, which is left open for the caller. */
    static void write(TripReport report, OutputStream out) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        try (XWPFDocument doc = new XWPFDocument()) {
            TripReportDocument writer = new TripReportDocument(doc);
            writer.setUpPage();
            writer.setUpDefaults();
            writer.pageNumbers();
            writer.content(report);
            doc.write(out);
        }
    }

    // ---------------------------------------------------------------- content

    private void content(TripReport report) {
        XWPFParagraph title = paragraph(ParagraphAlignment.CENTER, TITLE_LINE_PITCH, 0);
        title.setSpacingAfter(20 * 14); // half a blank line between title and body, as in printed reports
        run(title, textOr(report.title(), "考察报告"), Font.TITLE);

        field("考察时间", dateRange(report.startDate(), report.endDate()));
        field("考察地点", String.join("、", texts(report.cities())));
        field("带队领导", text(report.leader()));
        field("考察成员", String.join("、", texts(report.members())));
        field("陪同单位", String.join("、", texts(report.units())));

        heading("一、考察目的");
        List<String> purpose = text(report.purpose()).lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (purpose.isEmpty()) {
            body(NONE);
        } else {
            purpose.forEach(this::body);
        }

        heading("二、行程与走访情况");
        itinerary(report);

        heading("三、考察成效");
        results(report);

        heading("四、下一步工作");
        actions(report.actions());

        body("");
        closingLine(ISSUER);
        if (report.generatedOn() != null) {
            closingLine(ChineseDates.format(report.generatedOn()));
        }
    }

    /** A "考察时间：…" line under the title; left out when there is nothing to say. */
    private void field(String label, String value) {
        if (value.isEmpty()) {
            return;
        }
        XWPFParagraph p = paragraph(ParagraphAlignment.LEFT, LINE_PITCH, FIRST_LINE_INDENT);
        run(p, label + "：", Font.BODY_BOLD);
        run(p, value, Font.BODY);
    }

    private void itinerary(TripReport report) {
        List<TripReport.Day> days = nonNull(report.days()).stream()
                .filter(day -> !nonNull(day.visits()).isEmpty())
                .toList();
        if (days.isEmpty()) {
            body(NONE);
            return;
        }
        boolean spansYears = report.startDate() != null && report.endDate() != null
                && report.startDate().getYear() != report.endDate().getYear();
        List<String[]> rows = new ArrayList<>();
        int number = 0;
        for (TripReport.Day day : days) {
            String heading = "第" + chineseNumber(day.number()) + "天"
                    + (day.date() == null ? "" : "（" + ChineseDates.format(day.date()) + "）");
            XWPFParagraph dayHeading = paragraph(ParagraphAlignment.LEFT, LINE_PITCH, FIRST_LINE_INDENT);
            dayHeading.setKeepNext(true);
            outlineLevel(dayHeading, 1);
            run(dayHeading, heading, Font.SUBHEADING);
            for (TripReport.VisitLine visit : nonNull(day.visits())) {
                number++;
                visit(number, visit);
                rows.add(new String[] {
                        String.valueOf(number), shortDate(day.date(), spansYears), text(visit.company()),
                        text(visit.kind()), text(visit.outcome()), text(visit.project())});
            }
        }

        body("本次考察共走访企业" + rows.size() + "家，汇总如下：");
        table(new Column[] {
                new Column("序号", 700, ParagraphAlignment.CENTER),
                new Column("日期", 1300, ParagraphAlignment.CENTER),
                new Column("企业", 2500, ParagraphAlignment.LEFT),
                new Column("形式", 900, ParagraphAlignment.CENTER),
                new Column("成果", 2372, ParagraphAlignment.LEFT),
                new Column("关联项目", 1300, ParagraphAlignment.LEFT)}, rows);
    }

    /** "1.企业（座谈，地点）。接待人员：…。了解情况：…。成果：…。关联项目：…。" with empty parts left out. */
    private void visit(int number, TripReport.VisitLine visit) {
        XWPFParagraph p = paragraph(ParagraphAlignment.BOTH, LINE_PITCH, FIRST_LINE_INDENT);
        run(p, number + ".", Font.BODY);
        String company = text(visit.company());
        String where = joinNonEmpty("，", text(visit.kind()), text(visit.place()));
        if (!company.isEmpty()) {
            run(p, company, Font.BODY_BOLD);
        }
        if (!where.isEmpty()) {
            run(p, "（" + where + "）", Font.BODY);
        }
        if (!company.isEmpty() || !where.isEmpty()) {
            run(p, "。", Font.BODY);
        }
        labelled(p, "接待人员", visit.theirPeople());
        labelled(p, "了解情况", visit.learned());
        labelled(p, "成果", visit.outcome());
        labelled(p, "关联项目", visit.project());
    }

    private void labelled(XWPFParagraph p, String label, String value) {
        String text = text(value);
        if (!text.isEmpty()) {
            run(p, label + "：" + sentence(text), Font.BODY);
        }
    }

    private void results(TripReport report) {
        TripReport.Funnel funnel = report.funnel();
        int leads = funnel == null ? 0 : funnel.leads();
        List<TripReport.FunnelStage> stages = funnel == null ? List.of() : nonNull(funnel.stages());
        if (leads == 0 && stages.isEmpty()) {
            body("本次考察暂未形成线索。");
        } else {
            body("本次考察共形成线索" + leads + "个" + (stages.isEmpty() ? "。" : "，推进情况如下："));
        }
        if (!stages.isEmpty()) {
            table(new Column[] {
                    new Column("阶段", 2272, ParagraphAlignment.CENTER),
                    new Column("项目数", 2000, ParagraphAlignment.RIGHT),
                    new Column("金额（万元）", 2800, ParagraphAlignment.RIGHT),
                    new Column("平均用时（天）", 2000, ParagraphAlignment.RIGHT)},
                    stages.stream().map(stage -> new String[] {
                            text(stage.stage()), String.valueOf(stage.count()), amount(stage.amount()),
                            stage.averageDaysFromVisit() == null
                                    ? NO_FIGURE : String.valueOf(stage.averageDaysFromVisit())})
                            .toList());
        }

        List<TripReport.ProjectLine> projects = nonNull(report.projects());
        if (projects.isEmpty()) {
            body("本次考察暂无关联项目。");
            return;
        }
        BigDecimal total = projects.stream().map(TripReport.ProjectLine::totalInvestment)
                .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        body("本次考察涉及项目" + projects.size() + "个，总投资合计" + Money.format(total) + "万元：");
        table(new Column[] {
                new Column("项目名称", 3000, ParagraphAlignment.LEFT),
                new Column("投资企业", 2872, ParagraphAlignment.LEFT),
                new Column("当前阶段", 1400, ParagraphAlignment.CENTER),
                new Column("总投资（万元）", 1800, ParagraphAlignment.RIGHT)},
                projects.stream().map(project -> new String[] {
                        text(project.name()), text(project.company()), text(project.stage()),
                        amount(project.totalInvestment())})
                        .toList());
    }

    /**
     * "（一）事项。责任单位：…，完成时限：2023年6月30日。", with "（已完成）" before the final full stop when
     * done; the writer's own end punctuation is replaced so the line never ends in "。。" or "，。".
     */
    private void actions(List<TripReport.ActionLine> actions) {
        List<TripReport.ActionLine> items = nonNull(actions);
        if (items.isEmpty()) {
            body(NONE);
            return;
        }
        int number = 0;
        for (TripReport.ActionLine action : items) {
            number++;
            String description = withoutEndPunctuation(text(action.description()));
            String details = joinNonEmpty("，",
                    text(action.unit()).isEmpty() ? "" : "责任单位：" + text(action.unit()),
                    action.dueDate() == null ? "" : "完成时限：" + ChineseDates.format(action.dueDate()));
            String line = details.isEmpty()
                    ? description
                    : joinNonEmpty("。", description, details);
            if (action.done()) {
                line += "（已完成）";
            }
            body("（" + chineseNumber(number) + "）" + (line.isEmpty() ? "" : line + "。"));
        }
    }

    // ---------------------------------------------------------------- building blocks

    private void heading(String text) {
        XWPFParagraph p = paragraph(ParagraphAlignment.LEFT, LINE_PITCH, FIRST_LINE_INDENT);
        p.setKeepNext(true); // a heading stranded at the foot of a page looks like a mistake in print
        outlineLevel(p, 0);
        run(p, text, Font.HEADING);
    }

    private void body(String text) {
        XWPFParagraph p = paragraph(ParagraphAlignment.BOTH, LINE_PITCH, FIRST_LINE_INDENT);
        if (!text.isEmpty()) {
            run(p, text, Font.BODY);
        }
    }

    private void closingLine(String text) {
        XWPFParagraph p = paragraph(ParagraphAlignment.RIGHT, LINE_PITCH, 0);
        run(p, text, Font.BODY);
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

    /** Outline levels make the headings show in Word's navigation pane without depending on named styles. */
    private static void outlineLevel(XWPFParagraph p, int level) {
        p.getCTP().getPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level));
    }

    private static XWPFRun run(XWPFParagraph p, String text, Font font) {
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

    // ---------------------------------------------------------------- text helpers

    /**
     * The trip's dates the way a report heads them, naming the year and month only once when they repeat:
     * 2023年5月24日至27日, 2023年4月21日至5月2日, 2023年12月30日至2024年1月2日; a single date for a one-day
     * trip or when only one end is known; "" for no dates.
     */
    static String dateRange(LocalDate start, LocalDate end) {
        return ChineseDates.range(start, end);
    }

    /** 一 … 九十九 as used in 第一天 and （一）. */
    static String chineseNumber(int n) {
        return ChineseDates.numeral(n);
    }

    /** 5月24日 in the visits table, where the year is in the heading; the full date if the trip spans years. */
    private static String shortDate(LocalDate date, boolean withYear) {
        if (date == null) {
            return "";
        }
        return withYear ? ChineseDates.format(date) : date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private static String amount(BigDecimal wan) {
        return wan == null ? NO_FIGURE : Money.format(wan);
    }

    /** Text as a sentence: a full stop added unless the writer already ended it with punctuation. */
    private static String sentence(String text) {
        return endsWithPunctuation(text) ? text : text + "。";
    }

    private static String withoutEndPunctuation(String text) {
        int end = text.length();
        while (end > 0 && "。！？；.!?;，,：:、".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end);
    }

    private static boolean endsWithPunctuation(String text) {
        return !text.isEmpty() && "。！？；.!?;…".indexOf(text.charAt(text.length() - 1)) >= 0;
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
        return nonNull(values).stream().map(TripReportDocument::text).filter(s -> !s.isEmpty()).toList();
    }

    /** The list without null elements, or an empty list for null. */
    private static <T> List<T> nonNull(List<T> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }
}
