package org.zhaoshang.crm.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The Chinese font every PDF of the application embeds (ledgers, the cockpit brief).
 *
 * <p>PDFBox embeds only TrueType-outline fonts as Type 0 fonts; Noto CJK, Debian's usual Chinese font, has CFF
 * outlines and cannot be embedded. WenQuanYi Zen Hei (Debian package {@code fonts-wqy-zenhei}, installed by
 * {@code .ci/run} and the Dockerfile) has TrueType outlines and covers GB 18030's common characters. The path can
 * be overridden with the system property or environment variable {@code CRM_PDF_FONT} (a .ttf or .ttc).
 * Glyphs are subset on save, so a one-page brief stays small.
 */
public final class PdfFonts {

    private static final List<Path> CANDIDATES = List.of(
            Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"),
            Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"),
            Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"),
            Path.of("C:/Windows/Fonts/simsun.ttc"));

    private static final AtomicReference<Path> FOUND = new AtomicReference<>();

    private PdfFonts() {
    }

    /** Loads the Chinese font into the document (subset embedded when the document is saved). */
    public static PDType0Font chinese(PDDocument document) {
        Path path = fontFile();
        try {
            if (path.toString().toLowerCase().endsWith(".ttc")) {
                // The collection stays open as long as the document needs its glyphs; PDFBox closes the font
                // with the document, the collection object itself holds no further resources once read.
                TrueTypeCollection collection = new TrueTypeCollection(path.toFile());
                TrueTypeFont[] first = new TrueTypeFont[1];
                collection.processAllFonts(font -> {
                    if (first[0] == null) {
                        first[0] = font;
                    }
                });
                return PDType0Font.load(document, first[0], true);
            }
            return PDType0Font.load(document, path.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("中文字体无法读取：" + path, e);
        }
    }

    /** The font file used, or an explanation of what to install when none is present. */
    public static Path fontFile() {
        Path known = FOUND.get();
        if (known != null) {
            return known;
        }
        String configured = System.getProperty("CRM_PDF_FONT", System.getenv("CRM_PDF_FONT"));
        List<Path> candidates = configured == null || configured.isBlank()
                ? CANDIDATES
                : List.of(Path.of(configured));
        for (Path candidate : candidates) {
            if (Files.isReadable(candidate)) {
                FOUND.set(candidate);
                return candidate;
            }
        }
        throw new IllegalStateException("生成 PDF 需要中文字体：请安装 fonts-wqy-zenhei（Debian）或设置 CRM_PDF_FONT 指向 .ttf/.ttc 字体文件");
    }
}
