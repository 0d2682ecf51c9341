package org.zhaoshang.crm.org;

import java.math.BigDecimal;

public record CitySummary(Long id, long version, String name, String province, BigDecimal longitude,
        BigDecimal latitude, int sortOrder, boolean active) {
}
