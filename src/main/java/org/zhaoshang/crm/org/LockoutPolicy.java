package org.zhaoshang.crm.org;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxAttempts wrong passwords in a row that lock an account
 * @param duration    how long the lock lasts
 */
@ConfigurationProperties("crm.security.lockout")
public record LockoutPolicy(int maxAttempts, Duration duration) {
}
