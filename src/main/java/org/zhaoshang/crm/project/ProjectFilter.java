package org.zhaoshang.crm.project;

import java.util.Set;

/**
 * What the project list is narrowed to; every part may be empty. {@code industryId} of a wheel includes
 * its branches.
 */
public record ProjectFilter(Set<Stage> stages, Long industryId, Long unitId, Long ownerId, Long areaId,
        boolean keyDistrict, boolean keyProvincial, boolean overdueStart, boolean stale, String text,
        Long companyId) {

    public static ProjectFilter none() {
        return new ProjectFilter(Set.of(), null, null, null, null, false, false, false, false, null, null);
    }

    public ProjectFilter withStages(Set<Stage> newStages) {
        return new ProjectFilter(newStages, industryId, unitId, ownerId, areaId, keyDistrict, keyProvincial, overdueStart,
                stale, text, companyId);
    }

    public ProjectFilter withUnit(Long newUnitId) {
        return new ProjectFilter(stages, industryId, newUnitId, ownerId, areaId, keyDistrict, keyProvincial, overdueStart,
                stale, text, companyId);
    }

    public ProjectFilter withText(String newText) {
        return new ProjectFilter(stages, industryId, unitId, ownerId, areaId, keyDistrict, keyProvincial, overdueStart,
                stale, newText, companyId);
    }

    public ProjectFilter withCompany(Long newCompanyId) {
        return new ProjectFilter(stages, industryId, unitId, ownerId, areaId, keyDistrict, keyProvincial, overdueStart,
                stale, text, newCompanyId);
    }
}
