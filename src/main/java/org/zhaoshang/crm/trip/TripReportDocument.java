package org.zhaoshang.crm.trip;

import static org.zhaoshang.crm.base.OfficialDocx.FIRST_LINE_INDENT;
import static org.zhaoshang.crm.base.OfficialDocx.LINE_PITCH;
import static org.zhaoshang.crm.base.OfficialDocx.TITLE_LINE_PITCH;
import static org.zhaoshang.crm.base.OfficialDocx.run;

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
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.zhaoshang.crm.base.ChineseDates;
import org.zhaoshang.crm.base.OfficialDocx;
import org.zhaoshang.crm.base.OfficialDocx.Column;
import org.zhaoshang.crm.base.OfficialDocx.Font;
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

    // Page, fonts and tables are the house style in OfficialDocx; the table widths below add up to its
    // text width of 9072 twips (16 cm).


    private final XWPFDocument doc;

    private TripReportDocument(XWPFDocument doc) {
        this.doc = doc;
    }

    /** Writes the report as .docx to {@code out}, which is left open for the caller. */
    static void write(TripReport report, OutputStream out) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        try (XWPFDocument doc = OfficialDocx.newDocument()) {
            new TripReportDocument(doc).content(report);
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
        OfficialDocx.table(doc, new Column[] {
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
            OfficialDocx.table(doc, new Column[] {
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
        OfficialDocx.table(doc, new Column[] {
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
