package org.zhaoshang.crm.trip;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.zhaoshang.crm.base.AbstractEntity;

/** A visit on a trip's itinerary: planned before the trip, filled in during it. */
@Entity
@Table(name = "trip_visit")
class Visit extends AbstractEntity {

    @Column(name = "trip_id", nullable = false)
    private Long tripId;
    @Column(name = "visit_date", nullable = false)
    private LocalDate visitDate;
    @Column(nullable = false)
    private int position;
    @Column(name = "company_id", nullable = false)
    private Long companyId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private VisitKind kind;
    @Column(length = 200)
    private String place;
    @Column(name = "our_participants", length = 500)
    private String ourParticipants;
    @Column(name = "their_people", length = 500)
    private String theirPeople;
    @Column(length = 2000)
    private String learned;
    @Column(length = 1000)
    private String outcome;
    @Column(name = "project_id")
    private Long projectId;
    @Column(nullable = false)
    private boolean done;

    protected Visit() {
    }

    Visit(Long tripId) {
        this.tripId = tripId;
    }

    void update(VisitDraft d, Long companyId) {
        this.visitDate = d.visitDate();
        this.position = d.position();
        this.companyId = companyId;
        this.kind = d.kind() == null ? VisitKind.SURVEY : d.kind();
        this.place = blank(d.place());
        this.ourParticipants = blank(d.ourParticipants());
        this.theirPeople = blank(d.theirPeople());
        this.learned = blank(d.learned());
        this.outcome = blank(d.outcome());
        this.done = d.done();
    }

    void linkProject(Long id) {
        this.projectId = id;
    }

    void moveToCompany(Long survivorId) {
        this.companyId = survivorId;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    Long getTripId() { return tripId; }
    LocalDate getVisitDate() { return visitDate; }
    Long getCompanyId() { return companyId; }
    Long getProjectId() { return projectId; }
    VisitKind getKind() { return kind; }
}
