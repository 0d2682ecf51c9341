package org.zhaoshang.crm.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.zhaoshang.crm.base.AbstractEntity;

@Entity
@Table(name = "unit")
class Unit extends AbstractEntity {

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private UnitType type;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active = true;

    protected Unit() {
    }

    Unit(String code, String name, UnitType type, int sortOrder) {
        update(code, name, type, sortOrder, true);
    }

    void update(String code, String name, UnitType type, int sortOrder, boolean active) {
        this.code = code;
        this.name = name;
        this.type = type;
        this.sortOrder = sortOrder;
        this.active = active;
    }

    String getCode() {
        return code;
    }

    String getName() {
        return name;
    }

    UnitType getType() {
        return type;
    }

    int getSortOrder() {
        return sortOrder;
    }

    boolean isActive() {
        return active;
    }
}
