package org.zhaoshang.crm.supervision;

import java.time.LocalDate;
import java.util.Set;

/**
 * A new or edited problem. The deadline is a date; {@code workingDays} (when given) sets it that many working
 * days after today instead.
 */
public record ProblemDraft(Long id, long version, Long projectId, String title, String description, Long categoryId,
        ProblemSource source, Long leadUnitId, Set<Long> coUnitIds, LocalDate deadline, Integer workingDays,
        Long supervisingLeaderId) {
}
