package org.zhaoshang.crm.org;

/**
 * A new or edited user. {@code newPassword} is required when creating and optional when editing
 * (blank keeps the current password).
 */
public record UserDraft(Long id, long version, String username, String displayName, String title, String email,
        String phone, Long unitId, Role role, boolean enabled, String newPassword) {

    public static UserDraft empty() {
        return new UserDraft(null, 0, "", "", "", "", "", null, Role.STAFF, true, "");
    }

    public static UserDraft of(UserSummary user) {
        return new UserDraft(user.id(), user.version(), user.username(), user.displayName(), user.title(), user.email(),
                user.phone(), user.unitId(), user.role(), user.enabled(), "");
    }
}
