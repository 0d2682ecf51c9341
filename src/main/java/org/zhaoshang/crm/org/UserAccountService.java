package org.zhaoshang.crm.org;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.zhaoshang.crm.base.BusinessException;
import org.zhaoshang.crm.base.ContactFormats;
import org.zhaoshang.crm.base.NotFoundException;

/**
 * Users: what login needs (account look-up, failed-login counting and lock-out) and what ADMIN manages
 * (create, edit, reset password, unlock).
 */
@Service
@Transactional(readOnly = true)
public class UserAccountService {

    static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9_.-]{2,50}");
    static final int MIN_PASSWORD_LENGTH = 8;

    private final AppUserRepository users;
    private final UnitRepository units;
    private final PasswordEncoder passwordEncoder;
    private final LockoutPolicy lockout;
    private final Clock clock;

    UserAccountService(AppUserRepository users, UnitRepository units, PasswordEncoder passwordEncoder,
            LockoutPolicy lockout, Optional<Clock> clock) {
        this.users = users;
        this.units = units;
        this.passwordEncoder = passwordEncoder;
        this.lockout = lockout;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** The account behind a login name, for authentication. Open to anonymous callers by design. */
    public Optional<LoginAccount> findLoginAccount(String username) {
        return users.findWithUnitByUsername(username).map(u -> new LoginAccount(u.getId(), u.getUsername(),
                u.getPasswordHash(), u.getDisplayName(), u.getUnit().getId(), u.getUnit().getName(), u.getRole(),
                u.isEnabled(), u.getLockedUntil()));
    }

    /**
     * Counts a wrong password; at the limit the account is locked for a while. Runs in its own
     * transaction so that the count survives the failed login's rollback.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordFailedLogin(String username) {
        users.findWithUnitByUsername(username)
                .ifPresent(u -> u.loginFailed(clock.instant(), lockout.maxAttempts(), lockout.duration()));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordSuccessfulLogin(String username) {
        users.findWithUnitByUsername(username).ifPresent(u -> u.loginSucceeded(clock.instant()));
    }

    @PreAuthorize("hasRole('ADMIN')")
    public List<UserSummary> users() {
        return users.findAllWithUnit().stream().map(UserAccountService::toSummary).toList();
    }

    /** Enabled users for pickers, optionally only those with the given role. */
    @PreAuthorize("isAuthenticated()")
    public List<UserRef> pickList(Role roleOrNull) {
        return users.findAllWithUnit().stream()
                .filter(u -> u.isEnabled() && (roleOrNull == null || u.getRole() == roleOrNull))
                .map(UserAccountService::toRef).toList();
    }

    /** The unit leads of a unit (escalations go to them). */
    @PreAuthorize("isAuthenticated()")
    public List<UserRef> unitLeads(Long unitId) {
        return pickList(Role.UNIT_LEAD).stream().filter(u -> u.unitId().equals(unitId)).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public Optional<UserRef> ref(Long userId) {
        return userId == null ? Optional.empty() : users.findById(userId).map(UserAccountService::toRef);
    }

    private static UserRef toRef(AppUser u) {
        return new UserRef(u.getId(), u.getDisplayName(), u.getUnit().getId(), u.getUnit().getName(), u.getRole(),
                u.getEmail());
    }

    @PreAuthorize("isAuthenticated()")
    public long countInUnit(Long unitId) {
        return users.countByUnitId(unitId);
    }

    /** Creates or updates a user; a password is required for a new user and optional on edit. */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserSummary saveUser(UserDraft draft) {
        String displayName = ReferenceDataService.required(draft.displayName(), "org.field.displayName");
        if (draft.unitId() == null) {
            throw new BusinessException("validation.required", "org.field.unit");
        }
        if (draft.role() == null) {
            throw new BusinessException("validation.required", "org.field.role");
        }
        String email = ContactFormats.email(draft.email());
        String phone = ContactFormats.phone(draft.phone());
        Unit unit = units.findById(draft.unitId()).orElseThrow(() -> new NotFoundException("unit", draft.unitId()));
        AppUser user;
        if (draft.id() == null) {
            String username = ReferenceDataService.required(draft.username(), "org.field.username");
            if (!USERNAME.matcher(username).matches()) {
                throw new BusinessException("org.error.usernameFormat");
            }
            if (users.existsByUsername(username)) {
                throw new BusinessException("org.error.usernameTaken", username);
            }
            user = new AppUser(username, encode(draft.newPassword(), true));
        } else {
            user = users.findById(draft.id()).orElseThrow(() -> new NotFoundException("user", draft.id()));
            user.checkVersion(draft.version());
            if (draft.newPassword() != null && !draft.newPassword().isBlank()) {
                user.changePassword(encode(draft.newPassword(), true));
            }
        }
        user.update(displayName, ReferenceDataService.blankToNull(draft.title()), email, phone, unit, draft.role(),
                draft.enabled());
        return toSummary(users.saveAndFlush(user));
    }

    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public UserSummary unlock(Long userId) {
        AppUser user = users.findById(userId).orElseThrow(() -> new NotFoundException("user", userId));
        user.unlock();
        return toSummary(users.saveAndFlush(user));
    }

    /**
     * Creates the first administrator of an empty installation (no ADMIN yet), so that a production
     * database can be brought up without demo data. Does nothing when an ADMIN exists.
     */
    @Transactional
    public boolean bootstrapAdministrator(String username, String rawPassword, String unitCode) {
        if (users.countByRoleAndEnabledTrue(Role.ADMIN) > 0 || users.existsByUsername(username)) {
            return false;
        }
        Unit unit = units.findAll().stream().filter(u -> u.getCode().equals(unitCode)).findFirst()
                .orElseGet(() -> units.findAllByOrderBySortOrderAscIdAsc().getFirst());
        AppUser admin = new AppUser(username, encode(rawPassword, true));
        admin.update("系统管理员", null, null, null, unit, Role.ADMIN, true);
        users.save(admin);
        return true;
    }

    /** Creates a user unless the name exists; for demo data and set-up, which run as the system. */
    @Transactional
    public boolean createIfAbsent(String username, String rawPassword, String displayName, String title,
            String email, String unitCode, Role role) {
        if (users.existsByUsername(username)) {
            return false;
        }
        Unit unit = units.findAll().stream().filter(u -> u.getCode().equals(unitCode)).findFirst()
                .orElseThrow(() -> new NotFoundException("unit", unitCode));
        AppUser user = new AppUser(username, passwordEncoder.encode(rawPassword));
        user.update(displayName, title, email, null, unit, role, true);
        users.save(user);
        return true;
    }

    private String encode(String rawPassword, boolean enforcePolicy) {
        if (rawPassword == null || rawPassword.isBlank()) {
            throw new BusinessException("validation.required", "org.field.password");
        }
        if (enforcePolicy && rawPassword.length() < MIN_PASSWORD_LENGTH) {
            throw new BusinessException("org.error.passwordTooShort", MIN_PASSWORD_LENGTH);
        }
        return passwordEncoder.encode(rawPassword);
    }

    private static UserSummary toSummary(AppUser u) {
        return new UserSummary(u.getId(), u.getVersion(), u.getUsername(), u.getDisplayName(), u.getTitle(),
                u.getEmail(), u.getPhone(), u.getUnit().getId(), u.getUnit().getName(), u.getRole(), u.isEnabled(),
                u.getLockedUntil(), u.getLastLoginAt());
    }
}
