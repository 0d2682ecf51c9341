package org.zhaoshang.crm.org;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * A fresh production database has reference data but no users. When {@code CRM_INITIAL_ADMIN_PASSWORD}
 * is set and no ADMIN exists, the account {@code admin} is created with it (in the big-data centre unit).
 */
@Component
class InitialAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InitialAdministrator.class);

    private final UserAccountService accounts;
    private final String password;

    InitialAdministrator(UserAccountService accounts, @Value("${crm.initial-admin.password:}") String password) {
        this.accounts = accounts;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!password.isBlank() && accounts.bootstrapAdministrator("admin", password, "DSJ")) {
            log.info("Created the initial administrator account 'admin'");
        }
    }
}
