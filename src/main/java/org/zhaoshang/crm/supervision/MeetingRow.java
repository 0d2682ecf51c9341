package org.zhaoshang.crm.supervision;

import java.time.LocalDate;

/** A meeting in the list, with how many of its decisions are still open. */
public record MeetingRow(Long id, MeetingKind kind, String title, LocalDate heldOn, String chair, int decisions,
        int openDecisions) {
}
