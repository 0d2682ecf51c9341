package org.zhaoshang.crm.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfFontsTest {

    @Test
    void chineseTextWrittenWithTheFontIsReadBackFromThePdf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(PdfFonts.chinese(document), 14);
                content.newLineAtOffset(72, 700);
                content.showText("二七区签约项目台账 合计 1,234.50万元");
                content.endText();
            }
            document.save(out);
        }
        try (PDDocument read = Loader.loadPDF(out.toByteArray())) {
            assertThat(new PDFTextStripper().getText(read)).contains("二七区签约项目台账 合计 1,234.50万元");
        }
        // Subset embedding: a line of text does not carry the whole 10 MB font.
        assertThat(out.size()).isLessThan(200_000);
    }
}
