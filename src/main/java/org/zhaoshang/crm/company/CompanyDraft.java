package org.zhaoshang.crm.company;

/** A new or edited company; {@code id == null} creates. */
public record CompanyDraft(Long id, long version, String name, String shortName, String creditCode, Long hqCityId,
        OwnershipType ownershipType, String parentGroup, Long industryId, String website, String notes) {

    public static CompanyDraft named(String name) {
        return new CompanyDraft(null, 0, name, "", "", null, null, "", null, "", "");
    }

    public static CompanyDraft of(CompanyDetails c) {
        return new CompanyDraft(c.id(), c.version(), c.name(), c.shortName(), c.creditCode(), c.hqCityId(),
                c.ownershipType(), c.parentGroup(), c.industryId(), c.website(), c.notes());
    }
}
