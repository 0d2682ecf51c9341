package org.zhaoshang.crm.supervision;

import java.time.Instant;

/** A file of a report, as the problem's history lists it. */
public record ProblemFileRow(Long id, Long eventId, String fileName, String contentType, long size, String uploadedBy,
        Instant uploadedAt) {
}
