package org.zhaoshang.crm.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A stored file (scan of an agreement, photo, PDF); the bytes live in the attachment directory. */
@Entity
@Table(name = "project_attachment")
class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_id", nullable = false)
    private Long projectId;
    @Column(name = "agreement_id")
    private Long agreementId;
    @Column(name = "file_name", nullable = false)
    private String fileName;
    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;
    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;
    @Column(nullable = false, length = 64)
    private String sha256;
    @Column(name = "storage_key", nullable = false)
    private String storageKey;
    @Column(name = "uploaded_by_name", nullable = false, length = 50)
    private String uploadedByName;
    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected Attachment() {
    }

    Attachment(Long projectId, Long agreementId, String fileName, String contentType, long sizeBytes, String sha256,
            String storageKey, String uploadedByName, Instant uploadedAt) {
        this.projectId = projectId;
        this.agreementId = agreementId;
        this.fileName = fileName;
        this.contentType = contentType;
        this.sizeBytes = sizeBytes;
        this.sha256 = sha256;
        this.storageKey = storageKey;
        this.uploadedByName = uploadedByName;
        this.uploadedAt = uploadedAt;
    }

    Long getProjectId() {
        return projectId;
    }

    String getStorageKey() {
        return storageKey;
    }

    AttachmentRow toRow() {
        return new AttachmentRow(id, agreementId, fileName, contentType, sizeBytes, uploadedByName, uploadedAt);
    }
}
