package org.zhaoshang.crm.supervision;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;
import org.zhaoshang.crm.base.AbstractEntity;
import org.zhaoshang.crm.base.BusinessException;

/** A problem under supervision; its status moves only through the named steps below. */
@Entity
@Table(name = "problem")
class Problem extends AbstractEntity {

    @Column(name = "project_id", nullable = false)
    private Long projectId;
    @Column(nullable = false, length = 200)
    private String title;
    @Column(length = 4000)
    private String description;
    @Column(name = "category_id", nullable = false)
    private Long categoryId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProblemSource source;
    @Column(name = "raised_by_id", nullable = false)
    private Long raisedById;
    @Column(name = "raised_on", nullable = false)
    private LocalDate raisedOn;
    @Column(name = "lead_unit_id", nullable = false)
    private Long leadUnitId;
    @Column(nullable = false)
    private LocalDate deadline;
    @Column(name = "supervising_leader_id")
    private Long supervisingLeaderId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ProblemStatus status;
    @Column(name = "returned_reason", length = 1000)
    private String returnedReason;
    @Column(name = "meeting_id")
    private Long meetingId;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "closed_by_id")
    private Long closedById;
    @ElementCollection
    @CollectionTable(name = "problem_unit", joinColumns = @JoinColumn(name = "problem_id"))
    @Column(name = "unit_id", nullable = false)
    private Set<Long> coUnitIds = new LinkedHashSet<>();

    protected Problem() {
    }

    Problem(Long projectId, Long raisedById, LocalDate raisedOn, ProblemSource source, Long meetingId) {
        this.projectId = projectId;
        this.raisedById = raisedById;
        this.raisedOn = raisedOn;
        this.source = source;
        this.meetingId = meetingId;
        this.status = ProblemStatus.TO_ASSIGN;
    }

    void update(ProblemDraft d) {
        if (d.title() == null || d.title().isBlank()) {
            throw new BusinessException("validation.required", "problem.field.title");
        }
        if (d.categoryId() == null) {
            throw new BusinessException("validation.required", "problem.field.category");
        }
        if (d.leadUnitId() == null) {
            throw new BusinessException("validation.required", "problem.field.leadUnit");
        }
        if (d.deadline() == null) {
            throw new BusinessException("validation.required", "problem.field.deadline");
        }
        if (d.deadline().isBefore(raisedOn)) {
            throw new BusinessException("problem.error.deadlineBeforeRaised");
        }
        this.title = d.title().strip();
        this.description = d.description() == null || d.description().isBlank() ? null : d.description().strip();
        this.categoryId = d.categoryId();
        this.leadUnitId = d.leadUnitId();
        this.deadline = d.deadline();
        this.supervisingLeaderId = d.supervisingLeaderId();
        this.coUnitIds.clear();
        this.coUnitIds.addAll(d.coUnitIds());
        this.coUnitIds.remove(d.leadUnitId());
    }

    /** 交办: the lead unit starts working on it. */
    void assign() {
        require(ProblemStatus.TO_ASSIGN);
        status = ProblemStatus.IN_PROGRESS;
    }

    /** 申请销号: the lead unit reports it solved. */
    void requestClose() {
        require(ProblemStatus.IN_PROGRESS);
        status = ProblemStatus.CLOSE_REQUESTED;
        returnedReason = null;
    }

    /** 退回: not solved yet; back to 办理中 with the reason. */
    void sendBack(String reason) {
        require(ProblemStatus.CLOSE_REQUESTED);
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("validation.required", "problem.field.returnReason");
        }
        status = ProblemStatus.IN_PROGRESS;
        returnedReason = reason.strip();
    }

    /** 销号: confirmed solved; the item is closed out. */
    void confirmClose(Long confirmerId, Instant at) {
        require(ProblemStatus.CLOSE_REQUESTED);
        status = ProblemStatus.CLOSED;
        closedAt = at;
        closedById = confirmerId;
    }

    private void require(ProblemStatus expected) {
        if (status != expected) {
            throw new BusinessException("problem.error.wrongStatus", "problemStatus." + status.name());
        }
    }

    Long getProjectId() { return projectId; }
    Long getLeadUnitId() { return leadUnitId; }
    Long getSupervisingLeaderId() { return supervisingLeaderId; }
    ProblemStatus getStatus() { return status; }
    Set<Long> getCoUnitIds() { return coUnitIds; }
}
