package org.zhaoshang.crm.supervision;

import static org.zhaoshang.crm.base.OfficialDocx.FIRST_LINE_INDENT;
import static org.zhaoshang.crm.base.OfficialDocx.LINE_PITCH;
import static org.zhaoshang.crm.base.OfficialDocx.TITLE_LINE_PITCH;
import static org.zhaoshang.crm.base.OfficialDocx.run;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
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

/**
 * The 会议纪要 of a meeting as a Word document, in the same house style as the 考察报告
 * ({@code trip.TripReportDocument}): A4 portrait, 2.5 cm margins, title in 方正小标宋简体 二号, 一、二、三 headings
 * in 黑体 三号, body in 仿宋 三号 on a fixed 28 pt line, bordered tables whose bold header row repeats on every
 * page, and "— 1 —" page numbers. Unlike a report, minutes name the issuing office and date at the top,
 * centred under the title, because that line is what identifies a 纪要 when it is circulated.
 *
 * <p>The page, font and table building blocks are shared with the trip report through
 * {@link OfficialDocx}.
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

    /** Half a blank line between the heading block and the body, as in printed minutes. */
    private static final int GAP_AFTER_HEADING_BLOCK = 20 * 14;

    // Column widths of each table add up to the text width of OfficialDocx, 9072 twips (16 cm).
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
        try (XWPFDocument doc = OfficialDocx.newDocument()) {
            new MinutesDocument(doc).content(minutes);
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
        OfficialDocx.table(doc, PROJECT_COLUMNS, rows);
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
        OfficialDocx.table(doc, DECISION_COLUMNS, rows);
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
