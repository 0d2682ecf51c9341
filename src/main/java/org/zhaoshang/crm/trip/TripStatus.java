package org.zhaoshang.crm.trip;

import java.time.LocalDate;

/** 计划中 / 进行中 / 已完成, from the trip's dates (labels under {@code tripStatus.<NAME>}). */
public enum TripStatus {
    PLANNED, ONGOING, DONE;

    public static TripStatus of(LocalDate start, LocalDate end, LocalDate today) {
        if (today.isBefore(start)) {
            return PLANNED;
        }
        return today.isAfter(end) ? DONE : ONGOING;
    }
}
