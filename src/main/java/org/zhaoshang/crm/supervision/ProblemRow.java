package org.zhaoshang.crm.supervision;

import java.time.LocalDate;
import java.util.List;

/** A problem as lists and its page show it. */
public record ProblemRow(Long id, long version, Long projectId, String projectName, String title, String description,
        String category, ProblemSource source, Long leadUnitId, String leadUnitName, List<String> coUnits,
        LocalDate raisedOn, String raisedBy, LocalDate deadline, Long supervisingLeaderId, String supervisingLeader,
        ProblemStatus status, String returnedReason, boolean overdue, int overdueWorkingDays) {
}
