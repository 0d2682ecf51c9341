package org.zhaoshang.crm.ledger.importing;

import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file (RFC 4180: quoted fields may hold the separator, quotes doubled, line breaks) in the encoding
 * {@link TextEncodings} found. The separator is a comma unless the first line has more tabs or semicolons.
 * Every cell is text: what looks like a formula stays text and is judged by the import.
 */
final class CsvBook implements SpreadsheetBook {

    private final Path file;
    private final TextEncodings.Detected encoding;
    private final String sheetName;

    CsvBook(Path file, TextEncodings.Detected encoding, String sheetName) {
        this.file = file;
        this.encoding = encoding;
        this.sheetName = sheetName;
    }

    @Override
    public FileFormat format() {
        return FileFormat.CSV;
    }

    @Override
    public String encoding() {
        return TextEncodings.label(encoding.charset());
    }

    @Override
    public List<String> sheetNames() {
        return List.of(sheetName);
    }

    @Override
    public Integer fileYear() {
        return null;
    }

    @Override
    public RawSheet sheet(int index, ImportProgress progress) {
        try {
            long size = Math.max(1, Files.size(file));
            long[] consumed = {0};
            InputStream raw = Files.newInputStream(file);
            raw.skipNBytes(encoding.bomLength());
            InputStream counting = new FilterInputStream(raw) {
                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = super.read(b, off, len);
                    if (n > 0) {
                        consumed[0] += n;
                        progress.update(ImportProgress.Phase.READING, Math.min(1.0, consumed[0] / (double) size));
                    }
                    return n;
                }
            };
            try (Reader reader = new BufferedReader(new InputStreamReader(counting, encoding.charset()), 64 * 1024)) {
                return new RawSheet(sheetName, parse(reader), List.of());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Records with any content, numbered from 1 as a spreadsheet program would show them. */
    static List<SourceRow> parse(Reader reader) throws IOException {
        PushbackReader in = new PushbackReader(reader);
        char separator;
        List<SourceRow> rows = new ArrayList<>();
        List<SourceCell> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        StringBuilder firstLine = new StringBuilder();
        int record = 1;
        boolean quoted = false;
        boolean fieldStarted = false;
        int c = -1;
        // The separator is decided from (the start of) the first line, read ahead and pushed back.
        while (firstLine.length() < 65_536) {
            c = in.read();
            if (c < 0 || c == '\n' || c == '\r') {
                break;
            }
            firstLine.append((char) c);
            c = -1;
        }
        separator = separator(firstLine.toString());
        in.unread(firstLine + (c >= 0 ? String.valueOf((char) c) : ""));
        while ((c = in.read()) >= 0) {
            char ch = (char) c;
            if (quoted) {
                if (ch == '"') {
                    int next = in.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        if (next >= 0) {
                            in.unread(String.valueOf((char) next));
                        }
                    }
                } else {
                    field.append(ch);
                }
            } else if (ch == '"' && !fieldStarted) {
                quoted = true;
                fieldStarted = true;
            } else if (ch == separator) {
                fields.add(cell(field));
                field.setLength(0);
                fieldStarted = false;
            } else if (ch == '\r' || ch == '\n') {
                if (ch == '\r') {
                    int next = in.read();
                    if (next >= 0 && next != '\n') {
                        in.unread(String.valueOf((char) next));
                    }
                }
                fields.add(cell(field));
                field.setLength(0);
                fieldStarted = false;
                record = add(rows, fields, record);
                fields = new ArrayList<>();
            } else {
                field.append(ch);
                fieldStarted = true;
            }
        }
        if (fieldStarted || !fields.isEmpty() || !field.isEmpty()) {
            fields.add(cell(field));
            add(rows, fields, record);
        }
        return rows;
    }

    private static int add(List<SourceRow> rows, List<SourceCell> fields, int record) {
        List<SourceCell> cells = fields.size() > ImportLimits.MAX_COLUMNS ? fields.subList(0, ImportLimits.MAX_COLUMNS) : fields;
        SourceRow row = new SourceRow(record, cells);
        if (!row.isBlank()) {
            if (rows.size() >= ImportLimits.MAX_ROWS + ImportLimits.HEADER_SEARCH_ROWS) {
                throw new LedgerFileException("ledgerimport.file.tooManyRows", ImportLimits.MAX_ROWS);
            }
            rows.add(row);
        }
        return record + 1;
    }

    private static SourceCell cell(StringBuilder text) {
        return SourceCell.text(text.toString());
    }

    static char separator(String firstLine) {
        int commas = 0;
        int tabs = 0;
        int semicolons = 0;
        boolean quoted = false;
        for (char ch : firstLine.toCharArray()) {
            if (ch == '"') {
                quoted = !quoted;
            } else if (!quoted) {
                switch (ch) {
                    case ',' -> commas++;
                    case '\t' -> tabs++;
                    case ';' -> semicolons++;
                    default -> {
                        // part of a field
                    }
                }
            }
        }
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }

    @Override
    public void close() {
        // nothing held open between reads
    }

    /** A reader that can take back what it read (the first line, a character after a quote or CR). */
    private static final class PushbackReader {
        private final Reader reader;
        private final StringBuilder back = new StringBuilder();

        PushbackReader(Reader reader) {
            this.reader = reader;
        }

        int read() throws IOException {
            if (!back.isEmpty()) {
                char c = back.charAt(back.length() - 1);
                back.setLength(back.length() - 1);
                return c;
            }
            return reader.read();
        }

        void unread(String text) {
            back.append(new StringBuilder(text).reverse());
        }
    }
}
