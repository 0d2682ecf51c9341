package org.zhaoshang.crm.ledger.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.OldFileFormatException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Opens an uploaded file as a spreadsheet, deciding the format by its content. Everything that can go wrong
 * with a bad file becomes a {@link LedgerFileException} with a Chinese message: not a spreadsheet, corrupt,
 * password-protected (an encrypted .xlsx is an OLE2 container with EncryptionInfo; an encrypted .xls throws
 * EncryptedDocumentException), a zip bomb (POI's ZipSecureFile), Excel 95, HTML saved as .xls, too large.
 */
final class SpreadsheetFiles {

    private SpreadsheetFiles() {
    }

    static SpreadsheetBook open(Path file, String fileName) {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new LedgerFileException("ledgerimport.file.empty");
            }
            if (size > ImportLimits.MAX_FILE_BYTES) {
                throw new LedgerFileException("ledgerimport.file.tooLarge", ImportLimits.MAX_FILE_BYTES / 1024 / 1024);
            }
            FileSniffer.Sniffed sniffed = FileSniffer.sniff(file);
            return switch (sniffed.content()) {
                case ZIP -> XlsxBook.open(file);
                case OLE2 -> openOle2(file);
                case TEXT -> openCsv(file, fileName);
                case HTML -> throw new LedgerFileException("ledgerimport.file.html");
                case EXCEL_XML -> throw new LedgerFileException("ledgerimport.file.excelXml");
                case OTHER -> throw new LedgerFileException("ledgerimport.file.notSpreadsheet", sniffed.what());
            };
        } catch (LedgerFileException e) {
            throw e;
        } catch (Exception e) {
            throw translate(e);
        }
    }

    /** Runs a read step and translates what POI throws while reading a part of the file. */
    static <T> T reading(java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (LedgerFileException e) {
            throw e;
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    private static SpreadsheetBook openOle2(Path file) throws IOException {
        POIFSFileSystem fs = XlsBook.container(file);
        try {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
                throw new LedgerFileException("ledgerimport.file.encrypted");
            }
            if (!root.hasEntryCaseInsensitive("Workbook") && !root.hasEntryCaseInsensitive("Book")) {
                String what = root.hasEntryCaseInsensitive("WordDocument") ? "Word"
                        : root.hasEntryCaseInsensitive("PowerPoint Document") ? "PowerPoint" : "OLE2";
                throw new LedgerFileException("ledgerimport.file.notSpreadsheet", what);
            }
            return XlsBook.open(fs);
        } catch (RuntimeException | IOException e) {
            fs.close();
            throw e;
        }
    }

    private static SpreadsheetBook openCsv(Path file, String fileName) throws IOException {
        TextEncodings.Detected encoding = TextEncodings.detect(file)
                .orElseThrow(() -> new LedgerFileException("ledgerimport.file.encoding"));
        String name = fileName == null ? "CSV" : fileName.replaceFirst("(?i)\\.(csv|txt)$", "");
        return new CsvBook(file, encoding, name);
    }

    /** POI's many exceptions, by what they mean to the user. */
    static LedgerFileException translate(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
            if (t instanceof LedgerFileException known) {
                return known;
            }
            if (message.contains("zip bomb")) {
                return new LedgerFileException("ledgerimport.file.zipBomb");
            }
            if (t instanceof EncryptedDocumentException || message.contains("password")) {
                return new LedgerFileException("ledgerimport.file.encrypted");
            }
            if (t instanceof OldFileFormatException) {
                return new LedgerFileException("ledgerimport.file.oldExcel");
            }
            if (message.contains("opendocument") || message.contains("odf")) {
                return new LedgerFileException("ledgerimport.file.ods");
            }
        }
        // Anything else POI could not make sense of (a broken zip, a truncated OLE2 container, bad XML)
        org.slf4j.LoggerFactory.getLogger(SpreadsheetFiles.class).info("Unreadable ledger file: {}", error.toString());
        return new LedgerFileException("ledgerimport.file.corrupt");
    }
}
