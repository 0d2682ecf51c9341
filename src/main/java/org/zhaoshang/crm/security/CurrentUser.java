package org.zhaoshang.crm.security;

import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in user (or the system actor inside a scheduled job), for services' row rules. */
@Component
public class CurrentUser {

    public Optional<CrmPrincipal> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CrmPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    /** The signed-in user; refuses when nobody is signed in. */
    public CrmPrincipal require() {
        return get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
