package org.zhaoshang.crm.project;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** A row of the project list (and a card of the board). */
public record ProjectSummary(Long id, String name, String companyName, Stage stage, String industryName,
        String responsibleUnitName, String ownerName, BigDecimal totalInvestment, String areaName,
        LocalDate plannedStartDate, boolean keyDistrict, boolean keyProvincial, boolean overdueStart, boolean stale,
        Instant updatedAt) {
}
