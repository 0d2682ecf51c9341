package org.zhaoshang.crm.company;

/** A company's names or home city changed; features that keep copies (search keys, the project's city) refresh them. */
public record CompanyChanged(Long companyId, String name, String shortName, Long hqCityId) {
}
