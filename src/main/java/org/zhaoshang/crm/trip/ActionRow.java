package org.zhaoshang.crm.trip;

import java.time.LocalDate;

public record ActionRow(Long id, long version, Long tripId, Long visitId, String description, Long responsibleUnitId,
        String responsibleUnitName, LocalDate dueDate, boolean done, boolean overdue) {
}
