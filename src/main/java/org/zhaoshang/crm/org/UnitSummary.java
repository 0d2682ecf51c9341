package org.zhaoshang.crm.org;

/** A unit as lists and pickers show it. */
public record UnitSummary(Long id, long version, String code, String name, UnitType type, int sortOrder,
        boolean active, long userCount) {
}
