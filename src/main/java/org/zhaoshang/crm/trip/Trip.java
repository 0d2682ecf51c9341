package org.zhaoshang.crm.trip;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.zhaoshang.crm.base.AbstractEntity;
import org.zhaoshang.crm.base.BusinessException;

@Entity
@Table(name = "trip")
class Trip extends AbstractEntity {

    @Column(nullable = false, length = 200)
    private String title;
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;
    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;
    @Column(name = "leading_official", length = 100)
    private String leadingOfficial;
    @Column(name = "organizer_unit_id", nullable = false)
    private Long organizerUnitId;
    @Column(length = 2000)
    private String purpose;

    @ElementCollection
    @CollectionTable(name = "trip_city", joinColumns = @JoinColumn(name = "trip_id"))
    @OrderColumn(name = "position")
    @Column(name = "city_id", nullable = false)
    private List<Long> cityIds = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "trip_member", joinColumns = @JoinColumn(name = "trip_id"))
    @Column(name = "user_id", nullable = false)
    private Set<Long> memberIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "trip_unit", joinColumns = @JoinColumn(name = "trip_id"))
    @Column(name = "unit_id", nullable = false)
    private Set<Long> unitIds = new LinkedHashSet<>();

    protected Trip() {
    }

    Trip(Long organizerUnitId) {
        this.organizerUnitId = organizerUnitId;
    }

    void update(TripDraft d) {
        if (d.title() == null || d.title().isBlank()) {
            throw new BusinessException("validation.required", "trip.field.title");
        }
        if (d.startDate() == null || d.endDate() == null) {
            throw new BusinessException("validation.required", "trip.field.dates");
        }
        if (d.endDate().isBefore(d.startDate())) {
            throw new BusinessException("trip.error.endBeforeStart");
        }
        if (d.cityIds() == null || d.cityIds().isEmpty()) {
            throw new BusinessException("validation.required", "trip.field.cities");
        }
        this.title = d.title().strip();
        this.startDate = d.startDate();
        this.endDate = d.endDate();
        this.leadingOfficial = d.leadingOfficial() == null || d.leadingOfficial().isBlank() ? null : d.leadingOfficial().strip();
        this.purpose = d.purpose() == null || d.purpose().isBlank() ? null : d.purpose().strip();
        this.cityIds.clear();
        this.cityIds.addAll(d.cityIds());
        this.memberIds.clear();
        this.memberIds.addAll(d.memberIds());
        this.unitIds.clear();
        this.unitIds.addAll(d.unitIds());
    }

    /** A visit belongs to one of the trip's days. */
    void checkDate(LocalDate date) {
        if (date == null || date.isBefore(startDate) || date.isAfter(endDate)) {
            throw new BusinessException("trip.error.visitOutsideTrip");
        }
    }

    String getTitle() { return title; }
    LocalDate getStartDate() { return startDate; }
    LocalDate getEndDate() { return endDate; }
    String getLeadingOfficial() { return leadingOfficial; }
    Long getOrganizerUnitId() { return organizerUnitId; }
    String getPurpose() { return purpose; }
    List<Long> getCityIds() { return cityIds; }
    Set<Long> getMemberIds() { return memberIds; }
    Set<Long> getUnitIds() { return unitIds; }
}
