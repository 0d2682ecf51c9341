package org.zhaoshang.crm.dashboard;

import java.time.LocalDate;

/** A supervision item past its deadline and not closed out, as the cockpit's drill-down lists it. */
public record OverdueProblem(Long id, String title, Long projectId, String projectName, String leadUnitName,
        LocalDate deadline, String status) {
}
