package org.zhaoshang.crm.supervision;

import java.time.LocalDate;
import java.util.List;

/**
 * A meeting as its page shows it: the facts, the projects discussed, the minutes (for a prepared 项目服务日, the
 * agenda until someone writes them) and the decisions with their current state.
 */
public record MeetingDetails(Long id, long version, MeetingKind kind, String title, LocalDate heldOn, String place, String chair,
        String attendees, List<String> units, List<ProjectLine> projects, String minutes, List<DecisionLine> decisions,
        boolean prepared) {

    public record ProjectLine(Long projectId, String name, String stage, String leaderInCharge) {
    }

    public record DecisionLine(Long problemId, String title, String projectName, String leadUnit, LocalDate deadline,
            ProblemStatus status) {
    }
}
