package org.zhaoshang.crm.trip;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A trip with the names of its cities, members and units. */
public record TripDetails(Long id, long version, String title, LocalDate startDate, LocalDate endDate,
        List<Long> cityIds, List<String> cityNames, String leadingOfficial, Set<Long> memberIds, List<String> memberNames,
        Set<Long> unitIds, List<String> unitNames, Long organizerUnitId, String organizerUnitName, String purpose,
        TripStatus status) {
}
