package org.zhaoshang.crm.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One move of a project's stage: append-only, the pipeline can be replayed and timed from these. */
@Entity
@Table(name = "project_stage_change")
class StageChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "project_id", nullable = false)
    private Long projectId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private StageChangeKind kind;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", length = 20)
    private Stage fromStage;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false, length = 20)
    private Stage toStage;
    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;
    @Column(name = "changed_by_id")
    private Long changedById;
    @Column(name = "changed_by_name", nullable = false, length = 50)
    private String changedByName;
    @Column(length = 1000)
    private String remark;

    protected StageChange() {
    }

    StageChange(Long projectId, StageChangeKind kind, Stage from, Stage to, Project.Actor actor, String remark) {
        this.projectId = projectId;
        this.kind = kind;
        this.fromStage = from;
        this.toStage = to;
        this.changedAt = actor.at();
        this.changedById = actor.userId();
        this.changedByName = actor.name();
        this.remark = remark == null || remark.isBlank() ? null : remark.strip();
    }

    /** The project id is known only after the project's first save. */
    StageChange forProject(Long id) {
        this.projectId = id;
        return this;
    }

    StageChangeRow toRow() {
        return new StageChangeRow(id, kind, fromStage, toStage, changedAt, changedByName, remark);
    }
}
