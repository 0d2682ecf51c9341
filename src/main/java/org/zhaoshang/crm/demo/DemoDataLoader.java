package org.zhaoshang.crm.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.org.Role;
import org.zhaoshang.crm.org.UserAccountService;
import org.zhaoshang.crm.security.SystemActor;

/**
 * Loads the demo accounts (password {@code demo}) when {@code crm.demo.enabled} is on: the default run mode
 * and tests. Idempotent: what exists is left alone, so restarts keep the users' own changes. The names are
 * invented; they only carry role titles.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "crm.demo.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    static final String PASSWORD = "demo";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final UserAccountService accounts;

    DemoDataLoader(UserAccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        int created = SystemActor.call(() -> {
            int n = 0;
            n += user("staff", "李明", "招商专员", "SWJ", Role.STAFF);
            n += user("staff2", "王芳", "招商专员", "JKQ", Role.STAFF);
            n += user("unitlead", "张建国", "单位负责人", "SWJ", Role.UNIT_LEAD);
            n += user("leader", "赵志远", "常务副区长（演示）", "FGW", Role.LEADER);
            n += user("admin", "陈思", "系统管理员", "DSJ", Role.ADMIN);
            return n;
        });
        log.info("Demo data: {} demo account(s) created (password '{}')", created, PASSWORD);
    }

    private int user(String username, String name, String title, String unitCode, Role role) {
        return accounts.createIfAbsent(username, PASSWORD, name, title, username + "@zhaoshang.example", unitCode, role)
                ? 1 : 0;
    }
}
