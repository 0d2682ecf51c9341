package org.zhaoshang.crm.security;

import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.zhaoshang.crm.org.Role;

/**
 * Scheduled jobs and start-up tasks run as an explicit system actor with ADMIN rights, so that services
 * keep their access checks and the audit trail names "system" rather than nobody.
 */
public final class SystemActor {

    public static final String USERNAME = "system";

    private SystemActor() {
    }

    public static <T> T call(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        CrmPrincipal system = new CrmPrincipal(0L, USERNAME, "", "系统", null, "", Role.ADMIN, true, false);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(system, null, system.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /**
     * Runs work as a real user (demo data and set-up that must name a person, e.g. who raised a problem).
     */
    public static void runAs(org.springframework.security.core.userdetails.UserDetails user, Runnable work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            work.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
