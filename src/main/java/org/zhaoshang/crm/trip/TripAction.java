package org.zhaoshang.crm.trip;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.zhaoshang.crm.base.AbstractEntity;
import org.zhaoshang.crm.base.BusinessException;

/**
 * An action item out of a trip ("樱桃沟管委会 sorts out usable plots, invites the company for a site visit"),
 * with a responsible unit and a due date; a follow-up task until supervision items exist.
 */
@Entity
@Table(name = "trip_action")
class TripAction extends AbstractEntity {

    @Column(name = "trip_id", nullable = false)
    private Long tripId;
    @Column(name = "visit_id")
    private Long visitId;
    @Column(nullable = false, length = 1000)
    private String description;
    @Column(name = "responsible_unit_id", nullable = false)
    private Long responsibleUnitId;
    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;
    @Column(nullable = false)
    private boolean done;

    protected TripAction() {
    }

    TripAction(Long tripId) {
        this.tripId = tripId;
    }

    void update(ActionDraft d) {
        if (d.description() == null || d.description().isBlank()) {
            throw new BusinessException("validation.required", "trip.action.description");
        }
        if (d.responsibleUnitId() == null) {
            throw new BusinessException("validation.required", "trip.action.unit");
        }
        if (d.dueDate() == null) {
            throw new BusinessException("validation.required", "trip.action.due");
        }
        this.visitId = d.visitId();
        this.description = d.description().strip();
        this.responsibleUnitId = d.responsibleUnitId();
        this.dueDate = d.dueDate();
        this.done = d.done();
    }

    Long getTripId() { return tripId; }
}
