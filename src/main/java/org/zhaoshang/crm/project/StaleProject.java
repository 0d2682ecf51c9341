package org.zhaoshang.crm.project;

import java.time.Instant;

/** A stale project with its owner, for reminders. */
public record StaleProject(Long id, String name, Stage stage, Long ownerId, String ownerName, Long unitId,
        Instant lastActivityAt) {
}
