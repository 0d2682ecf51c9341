package org.zhaoshang.crm.trip;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A row of the trip list with what the trip turned into, so trips can be compared. */
public record TripSummary(Long id, String title, LocalDate startDate, LocalDate endDate, String cities,
        String leadingOfficial, String organizerUnitName, TripStatus status, long visits, long projects,
        long negotiating, long signed, long landed, BigDecimal signedAmount) {
}
