package org.zhaoshang.crm.trip;

import java.time.LocalDate;

public record ActionDraft(Long id, long version, Long tripId, Long visitId, String description, Long responsibleUnitId,
        LocalDate dueDate, boolean done) {
}
