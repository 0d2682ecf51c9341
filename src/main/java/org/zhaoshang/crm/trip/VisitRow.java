package org.zhaoshang.crm.trip;

import java.time.LocalDate;
import org.zhaoshang.crm.project.Stage;

/** A visit as the itinerary shows it, with its company and the project it concerns. */
public record VisitRow(Long id, long version, Long tripId, LocalDate visitDate, int position, Long companyId,
        String companyName, VisitKind kind, String place, String ourParticipants, String theirPeople, String learned,
        String outcome, Long projectId, String projectName, Stage projectStage, boolean done) {

    public VisitDraft toDraft() {
        return new VisitDraft(id, version, tripId, visitDate, position, companyId, "", false, kind, place, ourParticipants,
                theirPeople, learned, outcome, done);
    }
}
