package org.zhaoshang.crm.base.files;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.zhaoshang.crm.base.BusinessException;

/**
 * Uploaded files on a configurable directory, named by a random key (never by the user's file name). Only the
 * accepted kinds are kept, recognised by their first bytes rather than by the name or the browser's word; Office
 * files, whose first bytes only say "zip" or "OLE2", must also carry the matching extension. A refused or oversize
 * file leaves nothing behind. Refusals use the feature's message keys: {@code <prefix>.empty}, {@code .tooLarge}
 * (with the limit in MB) and {@code .badType}.
 */
public final class FileStore {

    /** A kind of file that can be accepted, with its content type and the extension the stored copy gets. */
    public enum Kind {
        PDF("application/pdf", ".pdf"),
        PNG("image/png", ".png"),
        JPEG("image/jpeg", ".jpg"),
        GIF("image/gif", ".gif"),
        WEBP("image/webp", ".webp"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", ".docx"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"),
        DOC("application/msword", ".doc"),
        XLS("application/vnd.ms-excel", ".xls");

        private final String contentType;
        private final String extension;

        Kind(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }
    }

    /** Scans and photos: agreements, permits, site pictures. */
    public static final Set<Kind> PDF_AND_IMAGES = Set.of(Kind.PDF, Kind.PNG, Kind.JPEG, Kind.GIF, Kind.WEBP);
    /** Scans, photos and the Word/Excel files offices send each other. */
    public static final Set<Kind> DOCUMENTS = Set.of(Kind.PDF, Kind.PNG, Kind.JPEG, Kind.GIF, Kind.WEBP, Kind.DOCX, Kind.XLSX,
            Kind.DOC, Kind.XLS);

    private final Path directory;
    private final long maxBytes;
    private final Set<Kind> accepted;
    private final String messages;

    public FileStore(Path directory, long maxBytes, Set<Kind> accepted, String messagePrefix) {
        this.directory = directory.toAbsolutePath().normalize();
        this.maxBytes = maxBytes;
        this.accepted = Set.copyOf(accepted);
        this.messages = messagePrefix;
    }

    /** Stores the stream; refuses unknown kinds and oversize files, leaving nothing behind. */
    public Stored store(InputStream content, String fileName) {
        Path temp = null;
        try {
            Files.createDirectories(directory);
            temp = Files.createTempFile(directory, "upload-", ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long size;
            try (InputStream in = new DigestInputStream(content, sha)) {
                size = Files.copy(limited(in), temp, StandardCopyOption.REPLACE_EXISTING);
            }
            if (size == 0) {
                throw new BusinessException(messages + ".empty");
            }
            Kind kind = sniff(temp, fileName);
            if (kind == null || !accepted.contains(kind)) {
                throw new BusinessException(messages + ".badType");
            }
            String key = UUID.randomUUID() + kind.extension;
            Files.move(temp, directory.resolve(key), StandardCopyOption.ATOMIC_MOVE);
            temp = null;
            return new Stored(key, kind.contentType, size, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // a leftover .part file is harmless and reported by no one
                }
            }
        }
    }

    public InputStream open(String key) {
        try {
            return Files.newInputStream(resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void delete(String key) {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path resolve(String key) {
        Path path = directory.resolve(key).normalize();
        if (!path.startsWith(directory)) {
            throw new IllegalArgumentException("Bad storage key");
        }
        return path;
    }

    private InputStream limited(InputStream in) {
        return new FilterInputStream(in) {
            private long read;

            @Override
            public int read() throws IOException {
                int b = super.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                count(Math.max(n, 0));
                return n;
            }

            private void count(int n) {
                read += n;
                if (read > maxBytes) {
                    throw new BusinessException(messages + ".tooLarge", maxBytes / (1024 * 1024));
                }
            }
        };
    }

    /** The kind by the first bytes (and, for Office files, the extension); null when it is none of the known kinds. */
    static Kind sniff(Path file, String fileName) throws IOException {
        byte[] head = new byte[12];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (n >= 5 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F' && head[4] == '-') {
            return Kind.PDF;
        }
        if (n >= 8 && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
            return Kind.PNG;
        }
        if (n >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return Kind.JPEG;
        }
        if (n >= 6 && head[0] == 'G' && head[1] == 'I' && head[2] == 'F' && head[3] == '8') {
            return Kind.GIF;
        }
        if (n >= 12 && head[0] == 'R' && head[1] == 'I' && head[2] == 'F' && head[3] == 'F' && head[8] == 'W'
                && head[9] == 'E' && head[10] == 'B' && head[11] == 'P') {
            return Kind.WEBP;
        }
        if (n >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return name.endsWith(".docx") ? Kind.DOCX : name.endsWith(".xlsx") ? Kind.XLSX : null;
        }
        if (n >= 8 && (head[0] & 0xFF) == 0xD0 && (head[1] & 0xFF) == 0xCF && (head[2] & 0xFF) == 0x11 && (head[3] & 0xFF) == 0xE0) {
            return name.endsWith(".doc") ? Kind.DOC : name.endsWith(".xls") ? Kind.XLS : null;
        }
        return null;
    }

    /** A stored file: its key on the directory, the recognised content type, size and SHA-256. */
    public record Stored(String key, String contentType, long size, String sha256) {
    }
}
