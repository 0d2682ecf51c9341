package org.zhaoshang.crm.followup;

import java.time.Instant;
import java.time.LocalDate;

/** A new or edited follow-up; {@code nextDate} (optional) is when the author wants to be reminded. */
public record FollowupDraft(Long id, long version, Long projectId, FollowupKind kind, Instant happenedAt,
        String ourPeople, String theirPeople, String content, String result, String nextStep, LocalDate nextDate) {

    public static FollowupDraft now(Long projectId) {
        return new FollowupDraft(null, 0, projectId, FollowupKind.PHONE, Instant.now(), "", "", "", "", "", null);
    }
}
