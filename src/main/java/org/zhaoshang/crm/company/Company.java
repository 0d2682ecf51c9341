package org.zhaoshang.crm.company;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.zhaoshang.crm.base.AbstractEntity;

@Entity
@Table(name = "company")
@Audited
class Company extends AbstractEntity {

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "short_name", length = 100)
    private String shortName;

    @Column(name = "credit_code", length = 18)
    private String creditCode;

    @NotAudited
    @Column(name = "normalized_name", nullable = false, length = 200)
    private String normalizedName;

    @NotAudited
    @Column(name = "search_key", length = 500)
    private String searchKey;

    @Column(name = "hq_city_id")
    private Long hqCityId;

    @Enumerated(EnumType.STRING)
    @Column(name = "ownership_type", length = 20)
    private OwnershipType ownershipType;

    @Column(name = "parent_group", length = 200)
    private String parentGroup;

    @Column(name = "industry_id")
    private Long industryId;

    @Column(length = 200)
    private String website;

    @Column(length = 2000)
    private String notes;

    protected Company() {
    }

    static Company create() {
        return new Company();
    }

    void update(CompanyDraft draft, String creditCode, String normalizedName, String searchKey) {
        this.name = draft.name().strip();
        this.shortName = blankToNull(draft.shortName());
        this.creditCode = creditCode;
        this.normalizedName = normalizedName;
        this.searchKey = searchKey;
        this.hqCityId = draft.hqCityId();
        this.ownershipType = draft.ownershipType();
        this.parentGroup = blankToNull(draft.parentGroup());
        this.industryId = draft.industryId();
        this.website = blankToNull(draft.website());
        this.notes = blankToNull(draft.notes());
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    String getName() {
        return name;
    }

    String getShortName() {
        return shortName;
    }

    String getCreditCode() {
        return creditCode;
    }

    String getNormalizedName() {
        return normalizedName;
    }

    Long getHqCityId() {
        return hqCityId;
    }

    OwnershipType getOwnershipType() {
        return ownershipType;
    }

    String getParentGroup() {
        return parentGroup;
    }

    Long getIndustryId() {
        return industryId;
    }

    String getWebsite() {
        return website;
    }

    String getNotes() {
        return notes;
    }
}
