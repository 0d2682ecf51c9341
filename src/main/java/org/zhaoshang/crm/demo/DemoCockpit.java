package org.zhaoshang.crm.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.dashboard.Target;
import org.zhaoshang.crm.dashboard.TargetService;
import org.zhaoshang.crm.org.ReferenceDataService;
import org.zhaoshang.crm.org.UnitSummary;
import org.zhaoshang.crm.security.SystemActor;

/**
 * Demo targets for the cockpit: the seeds' district figures (10 industrial projects newly signed in the
 * year, 100 projects into the library) for 2023, the year of the demo pipeline, and for the current year,
 * and smaller targets for the demo units. Runs right after {@link DemoDataLoader} (its own runner, so the
 * loader needs no change); a target already set is left alone.
 */
@Component
@Order(11)
@ConditionalOnProperty(name = "crm.demo.enabled", havingValue = "true")
class DemoCockpit implements ApplicationRunner {

    /** unit code → signed projects, signed 万元, landings, library entries. */
    private static final Map<String, int[]> UNIT_TARGETS = Map.of(
            "SWJ", new int[] {4, 200000, 2, 30},
            "JKQ", new int[] {3, 150000, 2, 25},
            "FGW", new int[] {2, 3000000, 1, 20},
            "YTG", new int[] {2, 300000, 1, 10});

    private final TargetService targets;
    private final ReferenceDataService referenceData;

    DemoCockpit(TargetService targets, ReferenceDataService referenceData) {
        this.targets = targets;
        this.referenceData = referenceData;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemActor.run(this::load);
    }

    void load() {
        int thisYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        for (int year : new int[] {2023, thisYear}) {
            set(targets.targetFor(year, 0, null), 10, 3500000, 5, 100);
            for (UnitSummary unit : referenceData.units()) {
                int[] t = UNIT_TARGETS.get(unit.code());
                if (t != null) {
                    set(targets.targetFor(year, 0, unit.id()), t[0], t[1], t[2], t[3]);
                }
            }
        }
    }

    private void set(Target current, int signed, long amount, int landed, int library) {
        if (current.id() == null && current.isEmpty()) {
            targets.save(current.with(signed, BigDecimal.valueOf(amount).setScale(2), landed, library));
        }
    }
}
