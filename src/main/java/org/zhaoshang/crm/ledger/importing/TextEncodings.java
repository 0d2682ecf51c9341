package org.zhaoshang.crm.ledger.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The encoding of a CSV file. Excel on a Chinese Windows saves CSV in GBK without saying so; newer tools
 * write UTF-8, sometimes with a byte-order mark. The order: a byte-order mark decides; otherwise a file that
 * decodes as UTF-8 without a single error is UTF-8 (GBK text practically never does, as its bytes break
 * UTF-8's rules within a few characters); otherwise one that decodes as GBK without error is GBK; anything
 * else is refused rather than read as mojibake.
 */
final class TextEncodings {

    static final Charset GBK = Charset.forName("GBK");

    /** The encoding and how many bytes of byte-order mark to skip. */
    record Detected(Charset charset, int bomLength) {
    }

    private TextEncodings() {
    }

    static Optional<Detected> detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(3);
        }
        if (head.length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return Optional.of(new Detected(StandardCharsets.UTF_8, 3));
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return Optional.of(new Detected(StandardCharsets.UTF_16LE, 2));
        }
        if (head.length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return Optional.of(new Detected(StandardCharsets.UTF_16BE, 2));
        }
        if (decodesCleanly(file, StandardCharsets.UTF_8)) {
            return Optional.of(new Detected(StandardCharsets.UTF_8, 0));
        }
        if (decodesCleanly(file, GBK)) {
            return Optional.of(new Detected(GBK, 0));
        }
        return Optional.empty();
    }

    /** The same decision for bytes in memory (tests, small samples). */
    static Optional<Charset> detect(byte[] bytes) {
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return Optional.of(StandardCharsets.UTF_8);
        }
        for (Charset charset : new Charset[] {StandardCharsets.UTF_8, GBK}) {
            try {
                strict(charset).decode(ByteBuffer.wrap(bytes));
                return Optional.of(charset);
            } catch (CharacterCodingException notThisOne) {
                // try the next
            }
        }
        return Optional.empty();
    }

    /** Streams the whole file through a strict decoder; stops at the first malformed or unmappable sequence. */
    static boolean decodesCleanly(Path file, Charset charset) throws IOException {
        CharsetDecoder decoder = strict(charset);
        ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
        CharBuffer chars = CharBuffer.allocate(64 * 1024);
        try (InputStream in = Files.newInputStream(file)) {
            while (true) {
                int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
                boolean end = read < 0;
                if (!end) {
                    bytes.position(bytes.position() + read);
                }
                bytes.flip();
                while (true) {
                    CoderResult result = decoder.decode(bytes, chars, end);
                    if (result.isError()) {
                        return false;
                    }
                    chars.clear();
                    if (result.isUnderflow()) {
                        break;
                    }
                }
                bytes.compact();
                if (end) {
                    break;
                }
            }
            while (true) {
                CoderResult flush = decoder.flush(chars);
                if (flush.isError()) {
                    return false;
                }
                chars.clear();
                if (flush.isUnderflow()) {
                    return true;
                }
            }
        }
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /** The name shown to the user: GBK, UTF-8, UTF-16. */
    static String label(Charset charset) {
        if (charset.equals(GBK)) {
            return "GBK";
        }
        if (charset.equals(StandardCharsets.UTF_8)) {
            return "UTF-8";
        }
        return "UTF-16";
    }
}
