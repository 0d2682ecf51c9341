package org.zhaoshang.crm.company;

/** Links into the company library for other features. */
public final class CompanyNavigation {

    private CompanyNavigation() {
    }

    public static String companyUrl(Long id) {
        return "companies/" + id;
    }
}
