package org.zhaoshang.crm.trip;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A new or edited trip; cities in travel order. */
public record TripDraft(Long id, long version, String title, LocalDate startDate, LocalDate endDate,
        List<Long> cityIds, String leadingOfficial, Set<Long> memberIds, Set<Long> unitIds, String purpose,
        Long organizerUnitId) {

    /** A new trip, organized by the caller's unit unless another is given. */
    public static TripDraft empty() {
        return new TripDraft(null, 0, "", null, null, List.of(), "", Set.of(), Set.of(), "", null);
    }

    public static TripDraft of(TripDetails t) {
        return new TripDraft(t.id(), t.version(), t.title(), t.startDate(), t.endDate(), t.cityIds(), t.leadingOfficial(),
                t.memberIds(), t.unitIds(), t.purpose(), t.organizerUnitId());
    }
}
