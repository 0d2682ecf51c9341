package org.zhaoshang.crm.followup;

import java.time.Instant;
import java.time.LocalDate;

/** A follow-up as lists show it, with its project and author. */
public record FollowupRow(Long id, long version, Long projectId, String projectName, String companyName, Long authorId,
        String authorName, FollowupKind kind, Instant happenedAt, String ourPeople, String theirPeople, String content,
        String result, String nextStep, LocalDate nextDate, Instant closedAt) {

    public boolean open() {
        return nextDate != null && closedAt == null;
    }
}
