package org.zhaoshang.crm.trip;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A half-filled visit form kept on the server, so a dropped connection or reload loses nothing. */
@Entity
@Table(name = "visit_draft")
class VisitDraftRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "user_id", nullable = false)
    private Long userId;
    @Column(name = "trip_id", nullable = false)
    private Long tripId;
    @Column(name = "visit_key", nullable = false)
    private long visitKey;
    @Column(nullable = false, columnDefinition = "text")
    private String payload;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected VisitDraftRecord() {
    }

    VisitDraftRecord(Long userId, Long tripId, long visitKey) {
        this.userId = userId;
        this.tripId = tripId;
        this.visitKey = visitKey;
    }

    void store(String json, Instant at) {
        this.payload = json;
        this.updatedAt = at;
    }

    String getPayload() {
        return payload;
    }
}
