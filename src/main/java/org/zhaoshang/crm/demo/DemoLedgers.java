package org.zhaoshang.crm.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import org.springframework.stereotype.Component;
import org.zhaoshang.crm.ledger.LedgerSnapshotService;
import org.zhaoshang.crm.ledger.LedgerType;
import org.zhaoshang.crm.ledger.SnapshotKind;

/**
 * A first set of ledger snapshots, so that 快照对比 has something to compare with on a fresh demo: the weekly snapshot
 * of last Friday, taken when the demo data is loaded (the demo's data has not changed since then). Once only: a
 * database that has any snapshot is left alone.
 */
@Component
class DemoLedgers {

    private final LedgerSnapshotService snapshots;

    DemoLedgers(LedgerSnapshotService snapshots) {
        this.snapshots = snapshots;
    }

    /** Runs as the system actor. */
    void load() {
        if (!snapshots.list(LedgerType.SIGNED).isEmpty()) {
            return;
        }
        LocalDate lastFriday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.FRIDAY));
        snapshots.takeScheduled(SnapshotKind.WEEKLY, lastFriday);
    }
}
