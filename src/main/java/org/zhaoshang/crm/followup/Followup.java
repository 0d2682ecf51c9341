package org.zhaoshang.crm.followup;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.zhaoshang.crm.base.AbstractEntity;
import org.zhaoshang.crm.base.BusinessException;

@Entity
@Table(name = "followup")
class Followup extends AbstractEntity {

    @Column(name = "project_id", nullable = false)
    private Long projectId;
    @Column(name = "author_id", nullable = false)
    private Long authorId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private FollowupKind kind;
    @Column(name = "happened_at", nullable = false)
    private Instant happenedAt;
    @Column(name = "our_people", length = 500)
    private String ourPeople;
    @Column(name = "their_people", length = 500)
    private String theirPeople;
    @Column(nullable = false, length = 4000)
    private String content;
    @Column(length = 2000)
    private String result;
    @Column(name = "next_step", length = 1000)
    private String nextStep;
    @Column(name = "next_date")
    private LocalDate nextDate;
    @Column(name = "closed_at")
    private Instant closedAt;

    protected Followup() {
    }

    Followup(Long projectId, Long authorId) {
        this.projectId = projectId;
        this.authorId = authorId;
    }

    void update(FollowupDraft d, Instant now, LocalDate today) {
        if (d.kind() == null) {
            throw new BusinessException("validation.required", "followup.field.kind");
        }
        if (d.happenedAt() == null) {
            throw new BusinessException("validation.required", "followup.field.happenedAt");
        }
        if (d.content() == null || d.content().isBlank()) {
            throw new BusinessException("validation.required", "followup.field.content");
        }
        if (d.happenedAt().isAfter(now.plusSeconds(3600))) {
            throw new BusinessException("followup.error.inFuture");
        }
        if (d.nextDate() != null && d.nextDate().isBefore(today)) {
            throw new BusinessException("followup.error.nextInPast");
        }
        this.kind = d.kind();
        this.happenedAt = d.happenedAt();
        this.ourPeople = blank(d.ourPeople());
        this.theirPeople = blank(d.theirPeople());
        this.content = d.content().strip();
        this.result = blank(d.result());
        this.nextStep = blank(d.nextStep());
        this.nextDate = d.nextDate();
    }

    /** A later follow-up answered this one's next date. */
    void close(Instant at) {
        if (closedAt == null) {
            closedAt = at;
        }
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    Long getProjectId() { return projectId; }
    Long getAuthorId() { return authorId; }
    Instant getHappenedAt() { return happenedAt; }
}
