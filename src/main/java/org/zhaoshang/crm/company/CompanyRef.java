package org.zhaoshang.crm.company;

/** Just enough of a company to pick it or link to it. */
public record CompanyRef(Long id, String name, String shortName) {

    public String label() {
        return shortName == null || shortName.isBlank() ? name : name + "（" + shortName + "）";
    }
}
