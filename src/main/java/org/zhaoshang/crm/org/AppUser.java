package org.zhaoshang.crm.org;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import org.zhaoshang.crm.base.AbstractEntity;

@Entity
@Table(name = "app_user")
class AppUser extends AbstractEntity {

    @Column(nullable = false, length = 50, updatable = false)
    private String username;

    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = 50)
    private String displayName;

    @Column(length = 50)
    private String title;

    @Column(length = 120)
    private String email;

    @Column(length = 30)
    private String phone;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "failed_login_count", nullable = false)
    private int failedLoginCount;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    protected AppUser() {
    }

    AppUser(String username, String passwordHash) {
        this.username = username;
        this.passwordHash = passwordHash;
    }

    void update(String displayName, String title, String email, String phone, Unit unit, Role role, boolean enabled) {
        this.displayName = displayName;
        this.title = title;
        this.email = email;
        this.phone = phone;
        this.unit = unit;
        this.role = role;
        this.enabled = enabled;
    }

    void changePassword(String newHash) {
        this.passwordHash = newHash;
    }

    /** Counts a failed login; at the limit the account is locked for the given time and the count restarts. */
    void loginFailed(Instant now, int maxAttempts, Duration lockDuration) {
        failedLoginCount++;
        if (failedLoginCount >= maxAttempts) {
            lockedUntil = now.plus(lockDuration);
            failedLoginCount = 0;
        }
    }

    void loginSucceeded(Instant now) {
        failedLoginCount = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    void unlock() {
        failedLoginCount = 0;
        lockedUntil = null;
    }

    boolean isLockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    String getUsername() {
        return username;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    String getDisplayName() {
        return displayName;
    }

    String getTitle() {
        return title;
    }

    String getEmail() {
        return email;
    }

    String getPhone() {
        return phone;
    }

    Unit getUnit() {
        return unit;
    }

    Role getRole() {
        return role;
    }

    boolean isEnabled() {
        return enabled;
    }

    int getFailedLoginCount() {
        return failedLoginCount;
    }

    Instant getLockedUntil() {
        return lockedUntil;
    }

    Instant getLastLoginAt() {
        return lastLoginAt;
    }
}
