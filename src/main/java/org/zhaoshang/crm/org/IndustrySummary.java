package org.zhaoshang.crm.org;

/** A node of the two-wheel industry tree; {@code parentId == null} for a wheel. */
public record IndustrySummary(Long id, long version, String code, String name, Long parentId, String parentName,
        int sortOrder, boolean active) {

    public boolean isWheel() {
        return parentId == null;
    }
}
