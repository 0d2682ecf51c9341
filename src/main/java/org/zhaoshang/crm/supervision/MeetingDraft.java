package org.zhaoshang.crm.supervision;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A meeting as recorded, with its decisions; each decision becomes a supervised item when saved. */
public record MeetingDraft(MeetingKind kind, String title, LocalDate heldOn, String place, String chair, String attendees,
        Set<Long> unitIds, Set<Long> projectIds, String minutes, List<DecisionDraft> decisions) {

    /** 议定事项: the project it concerns, what, which unit leads (and helps), by when, who supervises. */
    public record DecisionDraft(Long projectId, String item, Long categoryId, Long leadUnitId, Set<Long> coUnitIds,
            LocalDate deadline, Long supervisingLeaderId) {
    }
}
