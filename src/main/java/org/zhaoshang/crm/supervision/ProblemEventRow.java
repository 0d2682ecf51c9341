package org.zhaoshang.crm.supervision;

import java.time.Instant;

/** A line of a problem's history; {@code kind} is a bundle key suffix (problemEvent.*). */
public record ProblemEventRow(String kind, String authorName, String content, Instant at) {
}
