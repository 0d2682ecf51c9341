package org.zhaoshang.crm.ledger;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param snapshotKeepWeeklyWeeks how many weeks a 周五快照 is kept before the Sunday job deletes it (月末快照 and
 *                                手动快照 are kept until a person deletes them); at least one week, or the app does not start
 */
@ConfigurationProperties("crm.ledger")
public record LedgerSettings(int snapshotKeepWeeklyWeeks) {

    public LedgerSettings {
        if (snapshotKeepWeeklyWeeks < 1) {
            throw new IllegalArgumentException("crm.ledger.snapshot-keep-weekly-weeks must be at least 1, was "
                    + snapshotKeepWeeklyWeeks);
        }
    }
}
