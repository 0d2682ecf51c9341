package org.zhaoshang.crm.org;

import java.time.Instant;

public record UserSummary(Long id, long version, String username, String displayName, String title, String email,
        String phone, Long unitId, String unitName, Role role, boolean enabled, Instant lockedUntil,
        Instant lastLoginAt) {

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
