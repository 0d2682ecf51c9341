package org.zhaoshang.crm.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The printable PDF read back as text: landscape A4, title and 填报单位 line, the header row on every page, every
 * row, sections with 小计, the 合计 and "第 n 页 共 N 页" under each page; long text wraps instead of running over.
 */
class LedgerPdfTest {

    private static final List<LedgerColumn> COLUMNS = List.of(
            LedgerColumn.label("batch", "ledger.batch", 9).unsortable(), LedgerColumn.text("name", 24),
            LedgerColumn.amount("totalInvestment", 14), LedgerColumn.date("actualSignDate"), LedgerColumn.text("description", 40));
    private static final LedgerDefinition DEFINITION = new LedgerDefinition(LedgerType.THREE_BATCHES, COLUMNS,
            "ledger.col.batchDate", true, true, true, true, "batch");

    @Test
    void aLongLedgerPrintsOnLandscapePagesWithTheHeaderAndPageNumbersOnEachAndTheTotalsAtTheEnd() throws IOException {
        List<LedgerRow> rows = new ArrayList<>();
        for (int i = 1; i <= 150; i++) {
            String batch = i <= 100 ? "SIGNED" : "STARTED";
            rows.add(new LedgerRow(batch + ":" + i, 1L, new Object[] {batch, "测试项目" + i, new BigDecimal("100.50"),
                LocalDate.of(2026, 5, 26), i == 7 ? "很长的项目简介，".repeat(20) + "结束😀" : "简介" + i}));
        }
        LedgerTexts texts = new LedgerTexts(messages(), Locale.SIMPLIFIED_CHINESE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long[] progress = {0};

        long written = LedgerPdf.write(DEFINITION, texts, "二七区三个一批台账", "填报单位：二七区商务局　　统计截止日期：2026年11月22日",
                rows::forEach, out, n -> progress[0] = n);

        assertThat(written).isEqualTo(150);
        assertThat(progress[0]).isEqualTo(150);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            int pages = pdf.getNumberOfPages();
            assertThat(pages).isGreaterThan(2);
            PDPage first = pdf.getPage(0);
            assertThat(first.getMediaBox().getWidth()).as("landscape").isGreaterThan(first.getMediaBox().getHeight());
            PDFTextStripper stripper = new PDFTextStripper();
            String all = stripper.getText(pdf);
            assertThat(all).contains("二七区三个一批台账", "填报单位：二七区商务局", "一、签约一批", "二、开工一批", "测试项目1",
                    "测试项目150", "结束?");
            for (int page = 1; page <= pages; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(pdf);
                assertThat(text).as("page " + page).contains("序号", "项目名称", "总投资（万元）", "第 " + page + " 页 共 " + pages + " 页");
            }
            stripper.setStartPage(pages);
            stripper.setEndPage(pages);
            String last = stripper.getText(pdf);
            assertThat(last).contains("小计", "合计", "共 150 项", "15,075.00");
            stripper.setStartPage(1);
            stripper.setEndPage(pages);
            assertThat(count(stripper.getText(pdf), "小计")).isEqualTo(2);
            assertThat(all).contains("10,050.00").as("the first section's subtotal: 100 × 100.50");
        }
    }

    private static int count(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            n++;
        }
        return n;
    }

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/messages", "i18n/ledger");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
