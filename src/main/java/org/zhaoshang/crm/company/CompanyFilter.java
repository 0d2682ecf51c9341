package org.zhaoshang.crm.company;

/** What the company list is narrowed to; any part may be null. */
public record CompanyFilter(String text, Long industryId, Long hqCityId, OwnershipType ownershipType) {

    public static CompanyFilter none() {
        return new CompanyFilter(null, null, null, null);
    }
}
