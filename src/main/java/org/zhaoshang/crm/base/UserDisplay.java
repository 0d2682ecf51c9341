package org.zhaoshang.crm.base;

/**
 * What the application shell shows about the signed-in person. Implemented by the security feature's
 * principal, so that the shell in {@code base.ui} does not depend on the security or org features.
 */
public interface UserDisplay {

    String displayName();

    String unitName();

    /** Role code such as {@code STAFF}; the shell translates it with the key {@code role.<code>}. */
    String roleCode();
}
