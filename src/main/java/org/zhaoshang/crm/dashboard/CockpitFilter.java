package org.zhaoshang.crm.dashboard;

/** What the cockpit is narrowed to: a period and, optionally, a unit, an area and an industry (with branches). */
public record CockpitFilter(Period period, Long unitId, Long areaId, Long industryId) {

    public CockpitFilter withUnit(Long newUnitId) {
        return new CockpitFilter(period, newUnitId, areaId, industryId);
    }
}
