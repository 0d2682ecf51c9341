package org.zhaoshang.crm.company;

/** A row of the company list. */
public record CompanySummary(Long id, String name, String shortName, String creditCode, String hqCityName,
        OwnershipType ownershipType, String industryName, long projectCount, long contactCount) {
}
