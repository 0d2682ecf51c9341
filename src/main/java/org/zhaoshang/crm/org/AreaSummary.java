package org.zhaoshang.crm.org;

/** An area (片区/园区/载体) with its parent's name for display. */
public record AreaSummary(Long id, long version, String code, String name, Long parentId, String parentName,
        String description, int sortOrder, boolean active) {
}
