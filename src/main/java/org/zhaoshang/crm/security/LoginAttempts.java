package org.zhaoshang.crm.security;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.org.UserAccountService;

/** Feeds login outcomes to the lock-out counter. */
@Component
class LoginAttempts {

    private final UserAccountService accounts;

    LoginAttempts(UserAccountService accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        accounts.recordFailedLogin(String.valueOf(event.getAuthentication().getPrincipal()).strip());
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        accounts.recordSuccessfulLogin(event.getAuthentication().getName());
    }
}
