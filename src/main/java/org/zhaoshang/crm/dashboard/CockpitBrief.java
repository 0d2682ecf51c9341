package org.zhaoshang.crm.dashboard;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.zhaoshang.crm.base.ChineseDates;
import org.zhaoshang.crm.base.Money;
import org.zhaoshang.crm.base.PdfFonts;
import org.zhaoshang.crm.project.StageNames;

/**
 * The cockpit on one A4 page for a meeting: heading with scope, period and date, the key figures against
 * target, and the funnel, 三个一批, the unit ranking and the monthly trend drawn as simple bars (vector
 * drawings, so the page prints sharp and needs nothing from the browser). Chinese only: it is an official
 * paper, like the ledgers and minutes.
 */
final class CockpitBrief {

    private static final float MARGIN = 48;
    private static final Color RED = new Color(0xB2, 0x22, 0x22);
    private static final Color GREY = new Color(0x5B, 0x6B, 0x7A);
    private static final Color LIGHT = new Color(0xE8, 0xE0, 0xD8);

    private final PDPageContentStream out;
    private final PDType0Font font;
    private float y;

    private CockpitBrief(PDDocument document, PDPageContentStream out) {
        this.out = out;
        this.font = PdfFonts.chinese(document);
        this.y = PDRectangle.A4.getHeight() - MARGIN;
    }

    static byte[] write(Cockpit c, String scope) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                new CockpitBrief(document, out).draw(c, scope);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void draw(Cockpit c, String scope) throws IOException {
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        center("二七区招商引资领导驾驶舱简报", 18, RED);
        y -= 8;
        center(scope + "  统计期间：" + ChineseDates.range(c.filter().period().from(), c.filter().period().to())
                + "  截至" + ChineseDates.format(c.today()), 10, Color.DARK_GRAY);
        y -= 14;
        line(MARGIN, y, MARGIN + width, y, RED, 1.2f);
        y -= 22;

        section("一、主要指标");
        Cockpit.Progress p = c.progress();
        Target t = p.target();
        String elapsed = String.format("%.1f%%", p.elapsedShare() * 100);
        text(MARGIN, y, "签约项目 " + p.signed().count() + " 个" + target(t == null ? null : t.signedCount(), p.signed().count(), "个")
                + "；签约金额 " + Money.format(p.signed().amount()) + " 万元"
                + targetAmount(t == null ? null : t.signedAmount(), p.signed().amount()), 10.5f);
        y -= 16;
        text(MARGIN, y, "落地项目 " + p.landed().count() + " 个" + target(t == null ? null : t.landedCount(), p.landed().count(), "个")
                + "；入库项目 " + p.library().count() + " 个" + target(t == null ? null : t.libraryCount(), p.library().count(), "个")
                + "；时序进度 " + elapsed, 10.5f);
        y -= 16;
        text(MARGIN, y, "应开未开 " + c.alerts().overdueStart().count() + " 个；逾期督办事项 " + c.alerts().overdueProblems()
                + " 项；停滞洽谈 " + c.alerts().staleNegotiations().count() + " 个", 10.5f);
        y -= 26;

        section("二、项目推进（按阶段）");
        long maxStage = Math.max(1, c.funnel().stream().mapToLong(s -> s.figure().count()).max().orElse(1));
        for (Cockpit.StageFigure s : c.funnel()) {
            bar(StageNames.chinese(s.stage()), s.figure().count(), maxStage,
                    s.figure().count() + " 个  " + Money.format(s.figure().amount()) + " 万元", width, RED);
        }
        y -= 10;

        section("三、三个一批（签约 / 开工 / 投产）");
        for (Cockpit.Batch b : c.batches()) {
            String name = switch (b.kind()) {
                case MONTH -> "本月";
                case QUARTER -> "本季度";
                default -> "本年";
            };
            text(MARGIN + 8, y, name + "：签约 " + b.signed().count() + " 个，开工 " + b.started().count() + " 个，投产 "
                    + b.operating().count() + " 个", 10.5f);
            y -= 15;
        }
        y -= 10;

        section("四、全员招商排名（签约项目数，前十）");
        List<Cockpit.UnitRank> top = c.units().stream().limit(10).toList();
        long maxSigned = Math.max(1, top.stream().mapToLong(u -> u.signed().count()).max().orElse(1));
        for (Cockpit.UnitRank u : top) {
            bar(u.rank() + ". " + u.unitName(), u.signed().count(), maxSigned, u.signed().count() + " 个  "
                    + Money.format(u.signed().amount()) + " 万元  线索 " + u.leads().count() + "  落地 " + u.landed().count(), width, RED);
        }
        y -= 10;

        section("五、签约项目月度趋势（本年与上年同期）");
        drawTrend(c.trend(), c.filter().period().to().getYear(), width);

        text(MARGIN, MARGIN - 14, "本简报由招商CRM根据系统数据生成；每项数字在驾驶舱中可点开查看对应清单。", 8, GREY);
    }

    private void drawTrend(List<Cockpit.MonthFigure> months, int year, float width) throws IOException {
        float chartHeight = Math.min(90, y - MARGIN - 20);
        if (chartHeight < 30) {
            return;
        }
        long max = Math.max(1, months.stream().mapToLong(m -> Math.max(m.thisYear().count(), m.lastYear().count())).max().orElse(1));
        float slot = width / 12;
        float base = y - chartHeight;
        for (Cockpit.MonthFigure m : months) {
            float x = MARGIN + (m.month() - 1) * slot;
            float h1 = chartHeight * 0.8f * m.thisYear().count() / max;
            float h0 = chartHeight * 0.8f * m.lastYear().count() / max;
            rect(x + slot * 0.15f, base + 12, slot * 0.33f, h1, RED);
            rect(x + slot * 0.5f, base + 12, slot * 0.33f, h0, GREY);
            text(x + slot * 0.2f, base, m.month() + "月", 8, Color.DARK_GRAY);
        }
        text(MARGIN + width - 150, y - 2, "■ " + year + "年  ", 8, RED);
        text(MARGIN + width - 90, y - 2, "■ " + (year - 1) + "年", 8, GREY);
        y = base - 10;
    }

    private void bar(String label, long value, long max, String figure, float width, Color color) throws IOException {
        float labelWidth = 130;
        float barSpace = width - labelWidth - 170;
        text(MARGIN + 8, y, fit(label, 12), 9.5f);
        rect(MARGIN + labelWidth, y - 2, barSpace, 9, LIGHT);
        rect(MARGIN + labelWidth, y - 2, value == 0 ? 0 : Math.max(1.5f, barSpace * value / max), 9, color);
        text(MARGIN + labelWidth + barSpace + 8, y, figure, 9);
        y -= 14;
    }

    private static String fit(String text, int chars) {
        return text.length() <= chars ? text : text.substring(0, chars - 1) + "…";
    }

    private static String target(Integer target, long actual, String unit) {
        if (target == null || target == 0) {
            return "";
        }
        return "（目标 " + target + " " + unit + "，完成 " + String.format("%.1f%%", 100.0 * actual / target) + "）";
    }

    private static String targetAmount(BigDecimal target, BigDecimal actual) {
        if (target == null || target.signum() == 0) {
            return "";
        }
        return "（目标 " + Money.format(target) + " 万元，完成 "
                + String.format("%.1f%%", actual.doubleValue() * 100 / target.doubleValue()) + "）";
    }

    private void section(String title) throws IOException {
        text(MARGIN, y, title, 12, RED);
        y -= 18;
    }

    private void center(String text, float size, Color color) throws IOException {
        float w = font.getStringWidth(text) / 1000 * size;
        text((PDRectangle.A4.getWidth() - w) / 2, y, text, size, color);
        y -= size;
    }

    private void text(float x, float atY, String text, float size) throws IOException {
        text(x, atY, text, size, Color.BLACK);
    }

    private void text(float x, float atY, String text, float size, Color color) throws IOException {
        out.beginText();
        out.setNonStrokingColor(color);
        out.setFont(font, size);
        out.newLineAtOffset(x, atY);
        out.showText(text);
        out.endText();
    }

    private void rect(float x, float atY, float w, float h, Color color) throws IOException {
        if (w <= 0 || h <= 0) {
            return;
        }
        out.setNonStrokingColor(color);
        out.addRect(x, atY, w, h);
        out.fill();
    }

    private void line(float x1, float y1, float x2, float y2, Color color, float width) throws IOException {
        out.setStrokingColor(color);
        out.setLineWidth(width);
        out.moveTo(x1, y1);
        out.lineTo(x2, y2);
        out.stroke();
    }
}
