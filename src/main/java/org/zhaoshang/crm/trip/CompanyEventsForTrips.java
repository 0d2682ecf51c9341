package org.zhaoshang.crm.trip;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.company.CompaniesMerged;

/** A company merge moves its visits too, inside the merge transaction (see ADR 0004). */
@Component
class CompanyEventsForTrips {

    private final VisitRepository visits;

    CompanyEventsForTrips(VisitRepository visits) {
        this.visits = visits;
    }

    @EventListener
    void onMerged(CompaniesMerged event) {
        visits.findByCompanyId(event.mergedId()).forEach(v -> v.moveToCompany(event.survivorId()));
        visits.flush();
    }
}
