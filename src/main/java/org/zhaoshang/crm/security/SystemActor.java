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

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
