package org.zhaoshang.crm.project;

import java.time.Instant;

/** A stage change with its project, for digests ("what moved last week"). */
public record ProjectMove(Long projectId, String projectName, String companyName, StageChangeKind kind, Stage from,
        Stage to, Instant at, String byName) {
}
