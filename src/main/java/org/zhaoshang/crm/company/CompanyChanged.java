package org.zhaoshang.crm.company;

/** A company's names changed; features that index them for search refresh their copies. */
public record CompanyChanged(Long companyId, String name, String shortName) {
}
