package org.zhaoshang.crm.project;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the project list is narrowed to; every part may be empty. {@code industryId} of a wheel includes
 * its branches. {@code milestone} with {@code from}/{@code to} (inclusive dates) keeps the projects whose
 * milestone fell in the period; {@code cityId} is the company's home city (the lead's origin) and
 * {@code tripId} a trip's projects (its source and its visits) — both for the cockpit's drill-downs.
 */
public record ProjectFilter(Set<Stage> stages, Long industryId, Long unitId, Long ownerId, Long areaId,
        boolean keyDistrict, boolean keyProvincial, boolean overdueStart, boolean stale, String text,
        Long companyId, Milestone milestone, LocalDate from, LocalDate to, Long cityId, Long tripId) {

    /** The filter without the cockpit's parts, as the list and the home page build it. */
    public ProjectFilter(Set<Stage> stages, Long industryId, Long unitId, Long ownerId, Long areaId,
            boolean keyDistrict, boolean keyProvincial, boolean overdueStart, boolean stale, String text,
            Long companyId) {
        this(stages, industryId, unitId, ownerId, areaId, keyDistrict, keyProvincial, overdueStart, stale, text,
                companyId, null, null, null, null, null);
    }

    public static ProjectFilter none() {
        return new ProjectFilter(Set.of(), null, null, null, null, false, false, false, false, null, null);
    }

    public ProjectFilter withStages(Set<Stage> newStages) {
        return new ProjectFilter(newStages, industryId, unitId, ownerId, areaId, keyDistrict, keyProvincial, overdueStart,
                stale, text, companyId, milestone, from, to, cityId, tripId);
    }

    public ProjectFilter withUnit(Long newUnitId) {
        return new ProjectFilter(stages, industryId, newUnitId, ownerId, areaId, keyDistrict, keyProvincial, overdueStart,
                stale, text, companyId, milestone, from, to, cityId, tripId);
    }

    public ProjectFilter withText(String newText) {
        return new ProjectFilter(stages, industryId, unitId, ownerId, areaId, keyDistrict, keyProvincial, overdueStart,
                stale, newText, companyId, milestone, from, to, cityId, tripId);
    }

    public ProjectFilter withCompany(Long newCompanyId) {
        return new ProjectFilter(stages, industryId, unitId, ownerId, areaId, keyDistrict, keyProvincial, overdueStart,
                stale, text, newCompanyId, milestone, from, to, cityId, tripId);
    }

    public ProjectFilter withIndustry(Long newIndustryId) {
        return new ProjectFilter(stages, newIndustryId, unitId, ownerId, areaId, keyDistrict, keyProvincial, overdueStart,
                stale, text, companyId, milestone, from, to, cityId, tripId);
    }

    public ProjectFilter withArea(Long newAreaId) {
        return new ProjectFilter(stages, industryId, unitId, ownerId, newAreaId, keyDistrict, keyProvincial, overdueStart,
                stale, text, companyId, milestone, from, to, cityId, tripId);
    }

    public ProjectFilter withOverdueStart() {
        return new ProjectFilter(stages, industryId, unitId, ownerId, areaId, keyDistrict, keyProvincial, true,
                stale, text, companyId, milestone, from, to, cityId, tripId);
    }

    public ProjectFilter withStale() {
        return new ProjectFilter(stages, industryId, unitId, ownerId, areaId, keyDistrict, keyProvincial, overdueStart,
                true, text, companyId, milestone, from, to, cityId, tripId);
    }

    /** Projects whose milestone fell between the two dates, both included. */
    public ProjectFilter withMilestone(Milestone newMilestone, LocalDate newFrom, LocalDate newTo) {
        return new ProjectFilter(stages, industryId, unitId, ownerId, areaId, keyDistrict, keyProvincial, overdueStart,
                stale, text, companyId, newMilestone, newFrom, newTo, cityId, tripId);
    }

    public ProjectFilter withCity(Long newCityId) {
        return new ProjectFilter(stages, industryId, unitId, ownerId, areaId, keyDistrict, keyProvincial, overdueStart,
                stale, text, companyId, milestone, from, to, newCityId, tripId);
    }

    public ProjectFilter withTrip(Long newTripId) {
        return new ProjectFilter(stages, industryId, unitId, ownerId, areaId, keyDistrict, keyProvincial, overdueStart,
                stale, text, companyId, milestone, from, to, cityId, newTripId);
    }
}
