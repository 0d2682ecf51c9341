package org.zhaoshang.crm.project;

import java.time.Instant;

/** A line of the project's timeline. */
public record StageChangeRow(Long id, StageChangeKind kind, Stage from, Stage to, Instant at, String byName,
        String remark) {
}
