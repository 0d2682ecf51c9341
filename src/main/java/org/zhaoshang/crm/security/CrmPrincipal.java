package org.zhaoshang.crm.security;

import java.io.Serial;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.zhaoshang.crm.base.UserDisplay;
import org.zhaoshang.crm.org.LoginAccount;
import org.zhaoshang.crm.org.Role;

/** The signed-in user as Spring Security holds it: id, unit and role are what row rules need. */
public final class CrmPrincipal implements UserDetails, CredentialsContainer, UserDisplay {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Long userId;
    private final String username;
    private String passwordHash;
    private final String displayName;
    private final Long unitId;
    private final String unitName;
    private final Role role;
    private final boolean enabled;
    private final boolean locked;

    CrmPrincipal(LoginAccount account, Instant now) {
        this(account.id(), account.username(), account.passwordHash(), account.displayName(), account.unitId(),
                account.unitName(), account.role(), account.enabled(),
                account.lockedUntil() != null && account.lockedUntil().isAfter(now));
    }

    CrmPrincipal(Long userId, String username, String passwordHash, String displayName, Long unitId, String unitName,
            Role role, boolean enabled, boolean locked) {
        this.userId = userId;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.unitId = unitId;
        this.unitName = unitName;
        this.role = role;
        this.enabled = enabled;
        this.locked = locked;
    }

    public Long userId() {
        return userId;
    }

    public Long unitId() {
        return unitId;
    }

    public Role role() {
        return role;
    }

    public boolean hasRole(Role wanted) {
        return role == wanted;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public String unitName() {
        return unitName;
    }

    @Override
    public String roleCode() {
        return role.name();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    /** Called once authenticated, so that the hash does not sit in the HTTP session. */
    @Override
    public void eraseCredentials() {
        passwordHash = "";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CrmPrincipal p && p.username.equals(username);
    }

    @Override
    public int hashCode() {
        return username.hashCode();
    }

    @Override
    public String toString() {
        return username + " (" + role + ", " + unitName + ")";
    }
}
