package org.zhaoshang.crm.company;

/** A company with display names of what it refers to. */
public record CompanyDetails(Long id, long version, String name, String shortName, String creditCode, Long hqCityId,
        String hqCityName, OwnershipType ownershipType, String parentGroup, Long industryId, String industryName,
        String website, String notes) {

    /** "杭州姆珉网络科技有限公司（珊瑚跨境支付）" when a brand is known. */
    public String displayName() {
        return shortName == null || shortName.isBlank() ? name : name + "（" + shortName + "）";
    }
}
