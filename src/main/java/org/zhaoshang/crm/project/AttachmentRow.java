package org.zhaoshang.crm.project;

import java.time.Instant;

public record AttachmentRow(Long id, Long agreementId, String fileName, String contentType, long sizeBytes,
        String uploadedByName, Instant uploadedAt) {
}
