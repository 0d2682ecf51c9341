package org.zhaoshang.crm.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AppUserLockoutTest {

    private static final Instant NOW = Instant.parse("2026-11-22T01:00:00Z");
    private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);

    @Test
    void theFifthWrongPasswordLocksTheAccountForFifteenMinutes() {
        AppUser user = new AppUser("staff", "{noop}x");
        for (int i = 0; i < 4; i++) {
            user.loginFailed(NOW, 5, FIFTEEN_MINUTES);
        }
        assertThat(user.isLockedAt(NOW)).isFalse();

        user.loginFailed(NOW, 5, FIFTEEN_MINUTES);

        assertThat(user.isLockedAt(NOW.plusSeconds(60))).isTrue();
        assertThat(user.isLockedAt(NOW.plus(FIFTEEN_MINUTES).plusSeconds(1))).isFalse();
    }

    @Test
    void aSuccessfulLoginForgetsEarlierFailures() {
        AppUser user = new AppUser("staff", "{noop}x");
        for (int i = 0; i < 4; i++) {
            user.loginFailed(NOW, 5, FIFTEEN_MINUTES);
        }
        user.loginSucceeded(NOW);
        user.loginFailed(NOW, 5, FIFTEEN_MINUTES);

        assertThat(user.isLockedAt(NOW)).isFalse();
        assertThat(user.getFailedLoginCount()).isEqualTo(1);
        assertThat(user.getLastLoginAt()).isEqualTo(NOW);
    }
}
