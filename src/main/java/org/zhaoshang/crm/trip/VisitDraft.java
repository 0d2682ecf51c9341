package org.zhaoshang.crm.trip;

import java.time.LocalDate;

/**
 * A new or edited visit. The company is picked ({@code companyId}) or created on the spot
 * ({@code newCompanyName}, with the duplicate check; {@code similarConfirmed} after the user confirmed).
 */
public record VisitDraft(Long id, long version, Long tripId, LocalDate visitDate, int position, Long companyId,
        String newCompanyName, boolean similarConfirmed, VisitKind kind, String place, String ourParticipants,
        String theirPeople, String learned, String outcome, boolean done) {

    public static VisitDraft planned(Long tripId, LocalDate date) {
        return new VisitDraft(null, 0, tripId, date, 0, null, "", false, VisitKind.SURVEY, "", "", "", "", "", false);
    }
}
