package org.zhaoshang.crm.org;

/** A user to pick as owner or leader in charge, with the unit for display. */
public record UserRef(Long id, String displayName, Long unitId, String unitName, Role role, String email) {

    public String label() {
        return displayName + "（" + unitName + "）";
    }
}
