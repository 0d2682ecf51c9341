package org.zhaoshang.crm.org;

/** A new or edited unit; {@code id == null} creates. The version guards against concurrent edits. */
public record UnitDraft(Long id, long version, String code, String name, UnitType type, int sortOrder, boolean active) {

    public static UnitDraft empty() {
        return new UnitDraft(null, 0, "", "", UnitType.DISTRICT_DEPARTMENT, 0, true);
    }

    public static UnitDraft of(UnitSummary unit) {
        return new UnitDraft(unit.id(), unit.version(), unit.code(), unit.name(), unit.type(), unit.sortOrder(), unit.active());
    }
}
