package org.zhaoshang.crm.org;

import java.math.BigDecimal;

public record CityDraft(Long id, long version, String name, String province, BigDecimal longitude, BigDecimal latitude,
        int sortOrder, boolean active) {

    public static CityDraft empty() {
        return new CityDraft(null, 0, "", "", null, null, 0, true);
    }

    public static CityDraft of(CitySummary city) {
        return new CityDraft(city.id(), city.version(), city.name(), city.province(), city.longitude(), city.latitude(),
                city.sortOrder(), city.active());
    }
}
