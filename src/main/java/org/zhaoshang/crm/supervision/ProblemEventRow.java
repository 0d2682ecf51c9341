package org.zhaoshang.crm.supervision;

import java.time.Instant;
import java.util.List;

/** A line of a problem's history; {@code kind} is a bundle key suffix (problemEvent.*); files of a report with it. */
public record ProblemEventRow(Long id, String kind, String authorName, String content, Instant at, List<ProblemFileRow> files) {
}
