package org.zhaoshang.crm.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.zhaoshang.crm.base.AbstractEntity;

/** A city companies come from or trips go to, with its province and position for the cockpit map. */
@Entity
@Table(name = "city")
class City extends AbstractEntity {

    @Column(nullable = false, length = 50)
    private String name;

    @Column(nullable = false, length = 50)
    private String province;

    @Column(precision = 9, scale = 6)
    private BigDecimal longitude;

    @Column(precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active = true;

    protected City() {
    }

    void update(String name, String province, BigDecimal longitude, BigDecimal latitude, int sortOrder, boolean active) {
        this.name = name;
        this.province = province;
        this.longitude = longitude;
        this.latitude = latitude;
        this.sortOrder = sortOrder;
        this.active = active;
    }

    String getName() {
        return name;
    }

    String getProvince() {
        return province;
    }

    BigDecimal getLongitude() {
        return longitude;
    }

    BigDecimal getLatitude() {
        return latitude;
    }

    int getSortOrder() {
        return sortOrder;
    }

    boolean isActive() {
        return active;
    }
}
