package org.zhaoshang.crm.trip;

import java.util.List;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.project.ProjectTimelineSource;

/** Puts the trip visits that concern a project on that project's timeline. */
@Component
class TripTimeline implements ProjectTimelineSource {

    private final VisitRepository visits;
    private final TripRepository trips;

    TripTimeline(VisitRepository visits, TripRepository trips) {
        this.visits = visits;
        this.trips = trips;
    }

    @Override
    public List<Entry> entries(Long projectId) {
        return visits.findByProjectId(projectId).stream().map(v -> new Entry(v.getVisitDate(),
                "visitKind." + v.getKind().name(), trips.findById(v.getTripId()).map(Trip::getTitle).orElse(""), null,
                TripNavigation.tripUrl(v.getTripId()))).toList();
    }
}
