package org.zhaoshang.crm.trip;

/** A trip as the 外出招商活动台账 shows it: the list row plus the organizing unit's id and the accompanying units. */
public record TripLedgerRow(TripSummary trip, Long organizerUnitId, String accompanyingUnits) {
}
