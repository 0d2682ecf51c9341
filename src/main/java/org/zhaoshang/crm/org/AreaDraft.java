package org.zhaoshang.crm.org;

public record AreaDraft(Long id, long version, String code, String name, Long parentId, String description,
        int sortOrder, boolean active) {

    public static AreaDraft empty() {
        return new AreaDraft(null, 0, "", "", null, "", 0, true);
    }

    public static AreaDraft of(AreaSummary area) {
        return new AreaDraft(area.id(), area.version(), area.code(), area.name(), area.parentId(), area.description(),
                area.sortOrder(), area.active());
    }
}
