package org.zhaoshang.crm.project;

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
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.base.BusinessException;

/**
 * Files on a configurable directory, named by a random key (never by the user's file name). Only PDFs and
 * images are accepted, recognised by their first bytes rather than by the name or the browser's word.
 */
@Component
class AttachmentStorage {

    private final Path directory;
    private final long maxBytes;

    AttachmentStorage(ProjectSettings settings) {
        this.directory = settings.attachments().directory().toAbsolutePath().normalize();
        this.maxBytes = settings.attachments().maxBytes();
    }

    /** Stores the stream; refuses unknown types and oversize files, leaving nothing behind. */
    Stored store(InputStream content) {
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
                throw new BusinessException("project.attachment.empty");
            }
            String type = sniff(temp);
            String key = UUID.randomUUID() + extension(type);
            Files.move(temp, directory.resolve(key), StandardCopyOption.ATOMIC_MOVE);
            temp = null;
            return new Stored(key, type, size, HexFormat.of().formatHex(sha.digest()));
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

    InputStream open(String key) {
        try {
            return Files.newInputStream(resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void delete(String key) {
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
        return new java.io.FilterInputStream(in) {
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
                    throw new BusinessException("project.attachment.tooLarge", maxBytes / (1024 * 1024));
                }
            }
        };
    }

    /** PDF, PNG, JPEG, GIF or WebP by their magic bytes; anything else is refused. */
    static String sniff(Path file) throws IOException {
        byte[] head = new byte[12];
        int n;
        try (InputStream in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (n >= 5 && head[0] == '%' && head[1] == 'P' && head[2] == 'D' && head[3] == 'F' && head[4] == '-') {
            return "application/pdf";
        }
        if (n >= 8 && (head[0] & 0xFF) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
            return "image/png";
        }
        if (n >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return "image/jpeg";
        }
        if (n >= 6 && head[0] == 'G' && head[1] == 'I' && head[2] == 'F' && head[3] == '8') {
            return "image/gif";
        }
        if (n >= 12 && head[0] == 'R' && head[1] == 'I' && head[2] == 'F' && head[3] == 'F' && head[8] == 'W'
                && head[9] == 'E' && head[10] == 'B' && head[11] == 'P') {
            return "image/webp";
        }
        throw new BusinessException("project.attachment.badType");
    }

    private static String extension(String contentType) {
        return switch (contentType) {
            case "application/pdf" -> ".pdf";
            case "image/png" -> ".png";
            case "image/jpeg" -> ".jpg";
            case "image/gif" -> ".gif";
            default -> ".webp";
        };
    }

    record Stored(String key, String contentType, long size, String sha256) {
    }
}
