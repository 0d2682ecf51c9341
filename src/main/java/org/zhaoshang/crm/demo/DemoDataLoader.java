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

    /** Invented names of the demo accounts; they carry role titles only. */
    static final java.util.Map<String, String> NAMES = java.util.Map.of("staff", "李明", "staff2", "王芳", "staff3", "刘洋",
            "staff4", "孙磊", "unitlead", "张建国", "leader", "赵志远", "admin", "陈思");

    private final UserAccountService accounts;
    private final DemoPipeline pipeline;
    private final DemoTrips trips;
    private final DemoSupervision supervision;
    private final DemoLedgers ledgers;

    DemoDataLoader(UserAccountService accounts, DemoPipeline pipeline, DemoTrips trips, DemoSupervision supervision,
            DemoLedgers ledgers) {
        this.accounts = accounts;
        this.pipeline = pipeline;
        this.trips = trips;
        this.supervision = supervision;
        this.ledgers = ledgers;
    }

    @Override
    public void run(ApplicationArguments args) {
        int created = SystemActor.call(() -> {
            int n = 0;
            n += user("staff", "招商专员", "SWJ", Role.STAFF);
            n += user("staff2", "招商专员", "JKQ", Role.STAFF);
            n += user("staff3", "招商专员", "YTG", Role.STAFF);
            n += user("staff4", "招商专员", "FGW", Role.STAFF);
            n += user("unitlead", "单位负责人", "SWJ", Role.UNIT_LEAD);
            n += user("leader", "常务副区长（演示）", "FGW", Role.LEADER);
            n += user("admin", "系统管理员", "DSJ", Role.ADMIN);
            return n;
        });
        log.info("Demo data: {} demo account(s) created (password '{}')", created, PASSWORD);
        SystemActor.run(() -> {
            pipeline.load();
            trips.load(accounts.pickList(null));
        });
        SystemActor.run(supervision::load);
        SystemActor.run(ledgers::load);
    }

    private int user(String username, String title, String unitCode, Role role) {
        return accounts.createIfAbsent(username, PASSWORD, NAMES.get(username), title, username + "@zhaoshang.example", unitCode, role)
                ? 1 : 0;
    }
}
