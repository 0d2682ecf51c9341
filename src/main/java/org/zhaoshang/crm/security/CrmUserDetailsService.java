package org.zhaoshang.crm.security;

import java.time.Clock;
import java.util.Optional;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.zhaoshang.crm.org.UserAccountService;

@Service
class CrmUserDetailsService implements UserDetailsService {

    private final UserAccountService accounts;
    private final Clock clock;

    CrmUserDetailsService(UserAccountService accounts, Optional<Clock> clock) {
        this.accounts = accounts;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.findLoginAccount(username.strip())
                .map(account -> new CrmPrincipal(account, clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
