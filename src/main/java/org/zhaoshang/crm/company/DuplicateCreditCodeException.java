package org.zhaoshang.crm.company;

import org.zhaoshang.crm.base.BusinessException;

/** The credit code belongs to a company already in the library; the UI links to it. */
public class DuplicateCreditCodeException extends BusinessException {

    private final transient CompanyRef existing;

    public DuplicateCreditCodeException(CompanyRef existing) {
        super("company.error.creditCodeTaken", existing.label());
        this.existing = existing;
    }

    public CompanyRef existing() {
        return existing;
    }
}
