package org.zhaoshang.crm.ledger.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * What a file is, by its first bytes: people rename files, and systems export HTML tables as ".xls". Only a
 * zip (possibly .xlsx), an OLE2 container (possibly .xls) or plain text (possibly CSV) goes on to be read.
 */
final class FileSniffer {

    /** The kinds of content told apart here. */
    enum Content {
        ZIP, OLE2, TEXT, HTML, EXCEL_XML, OTHER
    }

    /** What was found, and for {@link Content#OTHER} a name for the message (PDF, PNG …). */
    record Sniffed(Content content, String what) {
    }

    private static final int HEAD = 4096;
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] EMPTY_ZIP = {0x50, 0x4B, 0x05, 0x06};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private FileSniffer() {
    }

    static Sniffed sniff(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD);
        }
        if (startsWith(head, ZIP) || startsWith(head, EMPTY_ZIP)) {
            return new Sniffed(Content.ZIP, "zip");
        }
        if (startsWith(head, OLE2)) {
            return new Sniffed(Content.OLE2, "ole2");
        }
        if (head.length >= 2 && ((head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE
                || (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF)) {
            return new Sniffed(Content.TEXT, "utf-16"); // Excel's "Unicode text": UTF-16 with a byte-order mark
        }
        String other = knownBinary(head);
        if (other != null) {
            return new Sniffed(Content.OTHER, other);
        }
        if (looksBinary(head)) {
            return new Sniffed(Content.OTHER, "binary");
        }
        String start = new String(head, StandardCharsets.ISO_8859_1).stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("\u00ef\u00bb\u00bf")) {
            start = start.substring(3).stripLeading();
        }
        if (start.startsWith("<!doctype html") || start.startsWith("<html") || start.startsWith("<table")
                || start.contains("<html") && start.startsWith("<")) {
            return new Sniffed(Content.HTML, "html");
        }
        if (start.startsWith("<?xml")) {
            return start.contains("urn:schemas-microsoft-com:office:spreadsheet")
                    ? new Sniffed(Content.EXCEL_XML, "xml")
                    : new Sniffed(Content.OTHER, "XML");
        }
        return new Sniffed(Content.TEXT, "text");
    }

    private static String knownBinary(byte[] head) {
        String ascii = new String(head, 0, Math.min(head.length, 8), StandardCharsets.ISO_8859_1);
        if (ascii.startsWith("%PDF")) {
            return "PDF";
        }
        if (ascii.startsWith("\u0089PNG")) {
            return "PNG";
        }
        if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return "JPEG";
        }
        if (ascii.startsWith("GIF8")) {
            return "GIF";
        }
        if (ascii.startsWith("Rar!")) {
            return "RAR";
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B) {
            return "GZIP";
        }
        if (ascii.startsWith("7z\u00bc\u00af")) {
            return "7Z";
        }
        if (ascii.startsWith("MZ")) {
            return "EXE";
        }
        return null;
    }

    /** Text files have no NUL bytes (UTF-16 is not a CSV anyone here writes) and few control characters. */
    private static boolean looksBinary(byte[] head) {
        int control = 0;
        for (byte b : head) {
            int c = b & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                control++;
            }
        }
        return control > head.length / 50 + 1;
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }
}
