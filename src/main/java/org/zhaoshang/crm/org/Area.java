package org.zhaoshang.crm.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.zhaoshang.crm.base.AbstractEntity;

/** 片区/园区/载体 where projects land; one level of nesting (新区 → 健康产业核心板块). */
@Entity
@Table(name = "area")
class Area extends AbstractEntity {

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(length = 500)
    private String description;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active = true;

    protected Area() {
    }

    Area(String code) {
        this.code = code;
    }

    void update(String code, String name, Long parentId, String description, int sortOrder, boolean active) {
        this.code = code;
        this.name = name;
        this.parentId = parentId;
        this.description = description;
        this.sortOrder = sortOrder;
        this.active = active;
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    Long getParentId() {
        return parentId;
    }

    String getDescription() {
        return description;
    }

    int getSortOrder() {
        return sortOrder;
    }

    boolean isActive() {
        return active;
    }
}
