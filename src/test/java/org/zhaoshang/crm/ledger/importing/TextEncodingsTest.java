package org.zhaoshang.crm.ledger.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV encodings (BOM, strict UTF-8, else GBK) and the CSV syntax ledgers come in. */
class TextEncodingsTest {

    private static final String LEDGER = "序号,项目名称,企业名称,总投资（万元）\n1,郑州恒泰医疗器械产业园,郑州恒泰医疗科技有限公司,3000\n";

    @TempDir
    Path dir;

    @Test
    void gbkIsRecognisedBecauseItIsNotValidUtf8() throws IOException {
        Path file = write("gbk.csv", LEDGER.getBytes(Charset.forName("GBK")));
        assertThat(TextEncodings.detect(file)).get().satisfies(d -> {
            assertThat(d.charset()).isEqualTo(TextEncodings.GBK);
            assertThat(d.bomLength()).isZero();
        });
    }

    @Test
    void utf8WithAndWithoutBomIsUtf8() throws IOException {
        assertThat(TextEncodings.detect(write("u.csv", LEDGER.getBytes(StandardCharsets.UTF_8)))).get()
                .extracting(TextEncodings.Detected::charset).isEqualTo(StandardCharsets.UTF_8);
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = LEDGER.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(text, 0, withBom, 3, text.length);
        assertThat(TextEncodings.detect(write("bom.csv", withBom))).get().satisfies(d -> {
            assertThat(d.charset()).isEqualTo(StandardCharsets.UTF_8);
            assertThat(d.bomLength()).isEqualTo(3);
        });
    }

    @Test
    void aGbkFileWhoseChineseComesLateIsStillGbk() throws IOException {
        // Tens of kilobytes of ASCII first: the decision must read the whole file, not a sample.
        String text = "a,b,c\n" + "1,2,3\n".repeat(20_000) + "4,二七区,5\n";
        assertThat(TextEncodings.detect(write("late.csv", text.getBytes(Charset.forName("GBK"))))).get()
                .extracting(TextEncodings.Detected::charset).isEqualTo(TextEncodings.GBK);
    }

    @Test
    void bytesThatAreNeitherAreRefused() throws IOException {
        byte[] junk = {'a', ',', (byte) 0x81, (byte) 0x20, '\n'};
        assertThat(TextEncodings.detect(write("junk.csv", junk))).isEmpty();
    }

    @Test
    void csvQuotesSeparatorsAndLineBreaksAreHonoured() throws IOException {
        String csv = "项目名称,企业名称,备注\r\n\"年产10万吨, 新材料项目\",\"某某\"\"新\"\"公司\",\"第一行\n第二行\"\r\n\r\n,,\nA,B,C";
        List<SourceRow> rows = CsvBook.parse(new StringReader(csv));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).cells()).extracting(SourceCell::text)
                .containsExactly("年产10万吨, 新材料项目", "某某\"新\"公司", "第一行\n第二行");
        assertThat(rows.get(2).number()).isEqualTo(5);
    }

    @Test
    void tabsAndSemicolonsAreSeparatorsWhenTheFirstLineSaysSo() {
        assertThat(CsvBook.separator("项目名称\t企业名称\t总投资")).isEqualTo('\t');
        assertThat(CsvBook.separator("项目名称;企业名称;总投资")).isEqualTo(';');
        assertThat(CsvBook.separator("项目名称,企业名称")).isEqualTo(',');
    }

    private Path write(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return file;
    }
}
