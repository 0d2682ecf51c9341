package org.zhaoshang.crm.dashboard;

import java.math.BigDecimal;

/**
 * A yearly (quarter 0) or quarterly target of the district ({@code unitId == null}) or of a unit:
 * signed projects, signed 万元, landings and projects entered into the library. Any figure may be empty
 * (no target set). {@code id == null} for a target not saved yet; {@code version} guards concurrent edits.
 */
public record Target(Long id, long version, int year, int quarter, Long unitId, String unitName, Integer signedCount,
        BigDecimal signedAmount, Integer landedCount, Integer libraryCount) {

    public boolean isDistrict() {
        return unitId == null;
    }

    public boolean isEmpty() {
        return signedCount == null && signedAmount == null && landedCount == null && libraryCount == null;
    }

    public Target with(Integer newSignedCount, BigDecimal newSignedAmount, Integer newLandedCount, Integer newLibraryCount) {
        return new Target(id, version, year, quarter, unitId, unitName, newSignedCount, newSignedAmount, newLandedCount,
                newLibraryCount);
    }
}
