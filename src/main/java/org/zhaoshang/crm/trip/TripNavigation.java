package org.zhaoshang.crm.trip;

/** Links into the trip feature for other features. */
public final class TripNavigation {

    private TripNavigation() {
    }

    public static String tripUrl(Long id) {
        return "trips/" + id;
    }
}
