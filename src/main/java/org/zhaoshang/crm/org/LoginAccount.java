package org.zhaoshang.crm.org;

import java.time.Instant;

/** What the security feature needs to authenticate a user. */
public record LoginAccount(Long id, String username, String passwordHash, String displayName, Long unitId,
        String unitName, Role role, boolean enabled, Instant lockedUntil) {
}
