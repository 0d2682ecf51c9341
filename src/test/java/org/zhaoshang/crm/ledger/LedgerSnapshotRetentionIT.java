package org.zhaoshang.crm.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.zhaoshang.crm.base.BusinessException;
import org.zhaoshang.crm.base.NotFoundException;
import org.zhaoshang.crm.security.SystemActor;
import org.zhaoshang.crm.support.Actors;
import org.zhaoshang.crm.support.CrmIntegrationTest;

/**
 * Retention of snapshots against the real database, on fixed days long past (no other test's snapshots are that
 * old): 周五快照 older than the kept 26 weeks go with their rows, everything else stays, a second run deletes nothing;
 * only an ADMIN deletes a snapshot by hand.
 */
@CrmIntegrationTest
class LedgerSnapshotRetentionIT {

    /** The Sunday the prune job fires on; 26 weeks before it is Sunday 3 January 2016. */
    static final LocalDate SUNDAY = LocalDate.of(2016, 7, 3);
    static final int LEDGERS = LedgerType.values().length;

    @Autowired
    LedgerSnapshotService snapshots;
    @Autowired
    NamedParameterJdbcTemplate jdbc;
    @Autowired
    Actors actors;
    @Autowired
    MessageSource messages;
    @Autowired
    Scheduler scheduler;

    @Test
    void fridaySnapshotsOlderThanTheKeptWeeksAreDeletedWithTheirRowsAndNothingElse() {
        assertThat(actors.as("staff", () -> snapshots.weeklyKeptWeeks())).as("the default").isEqualTo(26);
        for (LocalDate friday : List.of(LocalDate.of(2015, 12, 25), LocalDate.of(2016, 1, 1), LocalDate.of(2016, 1, 8),
                LocalDate.of(2016, 7, 1))) {
            SystemActor.call(() -> snapshots.takeScheduled(SnapshotKind.WEEKLY, friday));
        }
        SystemActor.call(() -> snapshots.takeScheduled(SnapshotKind.MONTH_END, LocalDate.of(2015, 11, 30)));
        SystemActor.call(() -> snapshots.takeScheduled(SnapshotKind.MONTH_END, LocalDate.of(2015, 12, 31)));
        Long districtManual = actors.as("leader", () -> snapshots.take(LedgerType.LEADS)).id();
        Long unitManual = actors.as("staff", () -> snapshots.take(LedgerType.LEADS)).id();
        jdbc.update("update ledger_snapshot set as_of = '2015-10-16' where id in (:ids)",
                new MapSqlParameterSource("ids", List.of(districtManual, unitManual)));

        List<Long> expired = ids("kind = 'WEEKLY' and as_of in ('2015-12-25', '2016-01-01')");
        assertThat(expired).hasSize(2 * LEDGERS);
        MapSqlParameterSource expiredIds = new MapSqlParameterSource("ids", expired);
        long expiredRows = count("select count(*) from ledger_snapshot_row where snapshot_id in (:ids)", expiredIds);
        assertThat(expiredRows).as("the old snapshots have rows to delete").isPositive();
        long otherSnapshots = count("select count(*) from ledger_snapshot where id not in (:ids)", expiredIds);
        long otherRows = count("select count(*) from ledger_snapshot_row where snapshot_id not in (:ids)", expiredIds);

        String first = SystemActor.call(() -> snapshots.pruneWeekly(SUNDAY));

        assertThat(first).isEqualTo("deleted " + 2 * LEDGERS + " weekly snapshots (" + expiredRows + " rows) dated before 2016-01-03");
        assertThat(count("select count(*) from ledger_snapshot where id in (:ids)", expiredIds)).isZero();
        assertThat(count("select count(*) from ledger_snapshot_row where snapshot_id in (:ids)", expiredIds)).isZero();
        assertThat(count("select count(*) from ledger_snapshot where id not in (:ids)", expiredIds)).isEqualTo(otherSnapshots);
        assertThat(count("select count(*) from ledger_snapshot_row where snapshot_id not in (:ids)", expiredIds)).isEqualTo(otherRows);
        for (LedgerType type : LedgerType.values()) {
            MapSqlParameterSource ofType = new MapSqlParameterSource("type", type.name());
            assertThat(jdbc.queryForList("select concat(kind, ' ', as_of) from ledger_snapshot where ledger_type = :type"
                    + " and as_of < '2016-07-02' order by as_of, kind", ofType, String.class)).as(type.name())
                    .containsExactlyElementsOf(type == LedgerType.LEADS
                            ? List.of("MANUAL 2015-10-16", "MANUAL 2015-10-16", "MONTH_END 2015-11-30", "MONTH_END 2015-12-31",
                                    "WEEKLY 2016-01-08", "WEEKLY 2016-07-01")
                            : List.of("MONTH_END 2015-11-30", "MONTH_END 2015-12-31", "WEEKLY 2016-01-08", "WEEKLY 2016-07-01"));
        }

        String again = SystemActor.call(() -> snapshots.pruneWeekly(SUNDAY));
        assertThat(again).isEqualTo("deleted 0 weekly snapshots (0 rows) dated before 2016-01-03");
        assertThat(count("select count(*) from ledger_snapshot where id not in (:ids)", expiredIds)).isEqualTo(otherSnapshots);
        assertThatThrownBy(() -> actors.as("leader", () -> snapshots.pruneWeekly(SUNDAY))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyAnAdministratorDeletesASnapshotByHandAndItsRowsGoWithIt() {
        SnapshotSummary taken = actors.as("leader", () -> snapshots.take(LedgerType.LEADS));
        MapSqlParameterSource id = new MapSqlParameterSource("id", taken.id());
        assertThat(taken.rowCount()).isPositive();

        for (String user : List.of("staff", "unitlead", "leader")) {
            assertThat(actors.as(user, () -> snapshots.mayDelete())).as(user).isFalse();
            assertThatThrownBy(() -> actors.run(user, () -> snapshots.delete(taken.id()))).as(user)
                    .isInstanceOfSatisfying(BusinessException.class, refusal -> assertThat(
                            messages.getMessage(refusal.messageKey(), refusal.arguments(), Locale.SIMPLIFIED_CHINESE))
                            .isEqualTo("只有管理员可以删除快照。如需删除，请联系管理员。"));
        }
        assertThat(count("select count(*) from ledger_snapshot where id = :id", id)).isOne();
        assertThat(count("select count(*) from ledger_snapshot_row where snapshot_id = :id", id)).isEqualTo(taken.rowCount());

        assertThat(actors.as("admin", () -> snapshots.mayDelete())).isTrue();
        actors.run("admin", () -> snapshots.delete(taken.id()));

        assertThat(count("select count(*) from ledger_snapshot where id = :id", id)).isZero();
        assertThat(count("select count(*) from ledger_snapshot_row where snapshot_id = :id", id)).isZero();
        assertThat(actors.as("leader", () -> snapshots.list(LedgerType.LEADS))).extracting(SnapshotSummary::id)
                .doesNotContain(taken.id());
        assertThatThrownBy(() -> actors.run("admin", () -> snapshots.delete(taken.id()))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void thePruneJobIsScheduledForSundayNightAndRunsThroughTheRecordedJobBase() throws SchedulerException {
        CronTrigger prune = (CronTrigger) scheduler.getTrigger(TriggerKey.triggerKey("ledger-weekly-snapshot-prune", "ledgers"));
        assertThat(prune.getCronExpression()).isEqualTo("0 30 2 ? * SUN");
        assertThat(prune.getTimeZone().getID()).isEqualTo("Asia/Shanghai");

        Instant started = Instant.now().minusSeconds(1);
        scheduler.triggerJob(JobKey.jobKey("ledger-weekly-snapshot-prune", "ledgers"));
        MapSqlParameterSource since = new MapSqlParameterSource("since", Timestamp.from(started));
        await("the prune job to finish").atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForList("select result from job_run"
                + " where job_name = 'ledger-weekly-snapshot-prune' and started_at >= :since and finished_at is not null", since,
                String.class), rows -> !rows.isEmpty());
        assertThat(jdbc.queryForMap("select result, message from job_run where job_name = 'ledger-weekly-snapshot-prune'"
                + " and started_at >= :since", since)).containsEntry("result", "OK")
                .hasEntrySatisfying("message", message -> assertThat((String) message).startsWith("deleted "));
    }

    private List<Long> ids(String condition) {
        return jdbc.queryForList("select id from ledger_snapshot where " + condition, Map.of(), Long.class);
    }

    private long count(String sql, MapSqlParameterSource parameters) {
        Long n = jdbc.queryForObject(sql, parameters, Long.class);
        return n == null ? 0 : n;
    }
}
