package org.zhaoshang.crm.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.zhaoshang.crm.base.AbstractEntity;

/** A node of the two-level industry tree: a wheel (高成长服务业 …) or one of its branches. */
@Entity
@Table(name = "industry")
class Industry extends AbstractEntity {

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Column(name = "parent_id")
    private Long parentId;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active = true;

    protected Industry() {
    }

    Industry(String code) {
        this.code = code;
    }

    void update(String code, String name, Long parentId, int sortOrder, boolean active) {
        this.code = code;
        this.name = name;
        this.parentId = parentId;
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

    int getSortOrder() {
        return sortOrder;
    }

    boolean isActive() {
        return active;
    }
}
