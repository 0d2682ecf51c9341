package org.zhaoshang.crm.ledger;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.zhaoshang.crm.base.BusinessException;
import org.zhaoshang.crm.base.NotFoundException;
import org.zhaoshang.crm.org.Role;
import org.zhaoshang.crm.security.CrmPrincipal;
import org.zhaoshang.crm.security.CurrentUser;

/**
 * 台账快照: ledgers frozen on a day — every Friday 17:00 and at month end by the scheduler (the whole district), or
 * by hand (the reader's own unit, or the district for LEADER and ADMIN) — and two snapshots of a ledger compared row
 * by row. A unit's reader sees the district's snapshots narrowed to the unit's rows, and the unit's own snapshots.
 * Retention: 周五快照 are kept {@link LedgerSettings#snapshotKeepWeeklyWeeks} weeks, then deleted by a Sunday job;
 * 月末快照 and 手动快照 stay until an ADMIN deletes one by hand.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class LedgerSnapshotService {

    private static final Logger log = LoggerFactory.getLogger(LedgerSnapshotService.class);

    /**
     * Rows of snapshots deleted per transaction when pruning: a district snapshot of a few thousand rows goes in one
     * short transaction; a larger one alone in its own, since a snapshot and its rows always go together.
     */
    static final int PRUNE_ROWS_PER_BATCH = 10_000;

    private final LedgerService ledgers;
    private final NamedParameterJdbcTemplate jdbc;
    private final CurrentUser currentUser;
    private final TransactionTemplate newTransaction;
    private final Clock clock;
    private final LedgerSettings settings;

    LedgerSnapshotService(LedgerService ledgers, NamedParameterJdbcTemplate jdbc, CurrentUser currentUser,
            PlatformTransactionManager transactions, Optional<Clock> clock, LedgerSettings settings) {
        this.ledgers = ledgers;
        this.settings = settings;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionTemplate.PROPAGATION_REQUIRES_NEW);
        this.clock = clock.orElse(Clock.systemUTC());
    }

    /** Freezes the ledger as it stands now: the district for LEADER and ADMIN, the reader's own unit for the others. */
    @Transactional
    public SnapshotSummary take(LedgerType type) {
        CrmPrincipal me = currentUser.require();
        Long unit = LedgerService.seesDistrict(me) ? null : me.unitId();
        return summary(insert(type, SnapshotKind.MANUAL, unit, ledgers.today(), null, me));
    }

    /**
     * The scheduled snapshots of every ledger for {@code day} (district-wide). Idempotent: a ledger already frozen for
     * this kind and day is skipped, so a repeated fire adds nothing. Returns what was done, for the jobs page.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize("hasRole('ADMIN')")
    public String takeScheduled(SnapshotKind kind, LocalDate day) {
        CrmPrincipal me = currentUser.require();
        int taken = 0;
        int skipped = 0;
        for (LedgerType type : LedgerType.values()) {
            String key = kind + ":" + type + ":" + day;
            boolean done;
            try {
                done = Boolean.TRUE.equals(newTransaction.execute(status -> {
                    if (exists(key)) {
                        return false;
                    }
                    insert(type, kind, null, day, key, me);
                    return true;
                }));
            } catch (DuplicateKeyException anotherNodeWasFaster) {
                done = false;
            }
            if (done) {
                taken++;
            } else {
                skipped++;
            }
        }
        return "taken " + taken + ", already there " + skipped;
    }

    /** How many weeks a 周五快照 is kept (月末快照 and 手动快照 are kept until deleted by hand). */
    public int weeklyKeptWeeks() {
        return settings.snapshotKeepWeeklyWeeks();
    }

    /** Whether the reader may delete snapshots (ADMIN only), for the screen to offer the button. */
    public boolean mayDelete() {
        return currentUser.require().hasRole(Role.ADMIN);
    }

    /**
     * Deletes one snapshot of any kind with all its rows, in one transaction. ADMIN only: anyone else is refused with
     * a message and the snapshot stays.
     */
    @Transactional
    public void delete(Long snapshotId) {
        CrmPrincipal me = currentUser.require();
        if (!me.hasRole(Role.ADMIN)) {
            throw new BusinessException("ledger.snapshot.deleteAdminOnly");
        }
        SnapshotSummary snapshot = summary(snapshotId);
        MapSqlParameterSource id = new MapSqlParameterSource("id", snapshotId);
        int rows = jdbc.update("delete from ledger_snapshot_row where snapshot_id = :id", id);
        jdbc.update("delete from ledger_snapshot where id = :id", id);
        log.info("Snapshot {} ({} {} of {}, {} rows) deleted by {}", snapshotId, snapshot.type(), snapshot.kind(),
                snapshot.asOf(), rows, me.getUsername());
    }

    /**
     * Deletes the 周五快照 dated more than {@link #weeklyKeptWeeks()} weeks before {@code today} (one dated exactly
     * that many weeks before stays), oldest first, in batches of about {@value #PRUNE_ROWS_PER_BATCH} rows, each
     * snapshot together with its rows. 月末快照 and 手动快照 are never touched. Idempotent: a second run deletes nothing.
     * Returns what was done, for the jobs page.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    @PreAuthorize("hasRole('ADMIN')")
    public String pruneWeekly(LocalDate today) {
        LocalDate keptFrom = today.minusWeeks(settings.snapshotKeepWeeklyWeeks());
        int snapshotsDeleted = 0;
        long rowsDeleted = 0;
        while (true) {
            List<Long> batch = nextPruneBatch(keptFrom);
            if (batch.isEmpty()) {
                break;
            }
            int[] deleted = newTransaction.execute(status -> {
                MapSqlParameterSource ids = new MapSqlParameterSource("ids", batch);
                int rows = jdbc.update("delete from ledger_snapshot_row where snapshot_id in (:ids)", ids);
                int snapshots = jdbc.update("delete from ledger_snapshot where id in (:ids) and kind = 'WEEKLY'", ids);
                return new int[] {snapshots, rows};
            });
            snapshotsDeleted += deleted[0];
            rowsDeleted += deleted[1];
        }
        return "deleted " + snapshotsDeleted + " weekly snapshots (" + rowsDeleted + " rows) dated before " + keptFrom;
    }

    /** The oldest weekly snapshots due for deletion, as many as fit in one batch's rows (at least one). */
    private List<Long> nextPruneBatch(LocalDate keptFrom) {
        List<Long> batch = new ArrayList<>();
        long rows = 0;
        for (Map<String, Object> candidate : jdbc.queryForList("select id, row_count from ledger_snapshot"
                + " where kind = 'WEEKLY' and as_of < :keptFrom order by as_of, id limit 200",
                new MapSqlParameterSource("keptFrom", keptFrom))) {
            int count = ((Number) candidate.get("row_count")).intValue();
            if (!batch.isEmpty() && rows + count > PRUNE_ROWS_PER_BATCH) {
                break;
            }
            batch.add(((Number) candidate.get("id")).longValue());
            rows += count;
        }
        return batch;
    }

    /** The snapshots of a ledger the reader may open, newest first. */
    public List<SnapshotSummary> list(LedgerType type) {
        CrmPrincipal me = currentUser.require();
        MapSqlParameterSource params = new MapSqlParameterSource("type", type.name());
        String visible = "";
        if (!LedgerService.seesDistrict(me)) {
            visible = " and (s.unit_id is null or s.unit_id = :unit)";
            params.addValue("unit", me.unitId());
        }
        return jdbc.query(SELECT + " where s.ledger_type = :type" + visible + " order by s.taken_at desc, s.id desc limit 500",
                params, (rs, n) -> new SnapshotSummary(rs.getLong("id"), LedgerType.valueOf(rs.getString("ledger_type")),
                        SnapshotKind.valueOf(rs.getString("kind")), rs.getObject("unit_id", Long.class), rs.getString("unit_name"),
                        rs.getObject("as_of", LocalDate.class), rs.getObject("period_from", LocalDate.class),
                        rs.getObject("period_to", LocalDate.class), rs.getInt("row_count"), rs.getTimestamp("taken_at").toInstant(),
                        rs.getString("taken_by_name")));
    }

    public SnapshotSummary get(Long id) {
        SnapshotSummary snapshot = summary(id);
        checkSee(snapshot, currentUser.require());
        return snapshot;
    }

    /** The rows of a snapshot the reader may see, in the ledger's columns of today. */
    public List<LedgerRow> rows(Long snapshotId) {
        SnapshotSummary snapshot = get(snapshotId);
        List<LedgerColumn> columns = ledgers.definition(snapshot.type()).columns();
        List<LedgerRow> rows = new ArrayList<>();
        stored(snapshotId, scope(snapshot, snapshot)).forEach((key, stored) ->
                rows.add(new LedgerRow(key, stored.unitId(), values(columns, stored.cells()))));
        return rows;
    }

    /**
     * Compares two snapshots of the same ledger: rows added, removed and changed (with the columns that changed),
     * matched by their key. Both are narrowed to the same unit when either is a unit's, or the reader reads one unit.
     */
    public LedgerDiff compare(Long olderId, Long newerId) {
        SnapshotSummary older = get(olderId);
        SnapshotSummary newer = get(newerId);
        if (older.type() != newer.type()) {
            throw new org.zhaoshang.crm.base.BusinessException("ledger.snapshot.differentLedgers");
        }
        List<LedgerColumn> columns = columns(older, newer);
        Long unit = scope(older, newer);
        Map<String, Stored> before = stored(olderId, unit);
        Map<String, Stored> after = stored(newerId, unit);
        List<DiffRow> added = new ArrayList<>();
        List<DiffRow> changed = new ArrayList<>();
        List<DiffRow> removed = new ArrayList<>();
        long same = 0;
        for (Map.Entry<String, Stored> entry : after.entrySet()) {
            Stored was = before.get(entry.getKey());
            Object[] now = values(columns, entry.getValue().cells());
            if (was == null) {
                added.add(new DiffRow(DiffKind.ADDED, entry.getKey(), null, now, Set.of()));
                continue;
            }
            Set<String> differing = new HashSet<>();
            for (LedgerColumn column : columns) {
                if (!Objects.equals(was.cells().get(column.key()), entry.getValue().cells().get(column.key()))) {
                    differing.add(column.key());
                }
            }
            if (differing.isEmpty()) {
                same++;
            } else {
                changed.add(new DiffRow(DiffKind.CHANGED, entry.getKey(), values(columns, was.cells()), now, differing));
            }
        }
        before.forEach((key, was) -> {
            if (!after.containsKey(key)) {
                removed.add(new DiffRow(DiffKind.REMOVED, key, values(columns, was.cells()), null, Set.of()));
            }
        });
        List<DiffRow> rows = new ArrayList<>(added);
        rows.addAll(removed);
        rows.addAll(changed);
        return new LedgerDiff(older.type(), older, newer, columns, rows, same);
    }

    /** The comparison as an .xlsx sheet: a 变化 column, added rows green, removed rows red, changed cells yellow with the old value as a note. */
    public long writeDiffXlsx(LedgerDiff diff, Locale locale, OutputStream out) throws IOException {
        return LedgerWorkbook.writeDiff(diff, ledgers.texts(locale), out);
    }

    /** A snapshot as the ledger it froze, in the government layout. */
    public long writeSnapshotXlsx(Long snapshotId, Locale locale, OutputStream out, LongConsumer progress) throws IOException {
        SnapshotSummary snapshot = get(snapshotId);
        LedgerTexts texts = ledgers.texts(locale);
        LedgerHeading heading = new LedgerHeading(snapshot.type(), snapshot.unitName(), snapshot.periodFrom(),
                snapshot.periodTo(), snapshot.asOf());
        LedgerDefinition definition = ledgers.definition(snapshot.type());
        List<LedgerRow> rows = rows(snapshotId);
        return LedgerWorkbook.write(definition, texts, texts.title(snapshot.type()), texts.infoLine(heading),
                sink -> rows.forEach(row -> sink.accept(LedgerWorkbook.cells(definition.columns(), texts, row))), out, progress);
    }

    private Long insert(LedgerType type, SnapshotKind kind, Long unit, LocalDate day, String scheduleKey, CrmPrincipal me) {
        LedgerFilter filter = ledgers.effective(type, LedgerFilter.none().withUnit(unit), day);
        List<LedgerColumn> columns = ledgers.definition(type).columns();
        // Collected before writing: the rows arrive over a streamed result set, which holds the connection meanwhile.
        List<MapSqlParameterSource> rows = new ArrayList<>();
        ledgers.stream(type, filter, day, row -> rows.add(new MapSqlParameterSource().addValue("position", rows.size())
                .addValue("key", row.key()).addValue("unit", row.unitId())
                .addValue("cells", SnapshotCodec.json(SnapshotCodec.cells(columns, row)))));
        GeneratedKeyHolder id = new GeneratedKeyHolder();
        jdbc.update("""
                insert into ledger_snapshot (ledger_type, kind, unit_id, as_of, period_from, period_to, column_keys, row_count,
                                             taken_at, taken_by_id, taken_by_name, schedule_key)
                values (:type, :kind, :unit, :asOf, :from, :to, :columns, :rows, :at, :byId, :byName, :key)
                """, new MapSqlParameterSource().addValue("type", type.name()).addValue("kind", kind.name())
                .addValue("unit", unit).addValue("asOf", day).addValue("from", filter.from()).addValue("to", filter.to())
                .addValue("columns", String.join(",", columns.stream().map(LedgerColumn::key).toList()))
                .addValue("rows", rows.size()).addValue("at", Timestamp.from(clock.instant()))
                .addValue("byId", me.userId() == 0 ? null : me.userId()).addValue("byName", me.displayName())
                .addValue("key", scheduleKey), id, new String[] {"id"});
        Long snapshotId = id.getKey().longValue();
        rows.forEach(row -> row.addValue("snapshot", snapshotId));
        jdbc.batchUpdate("insert into ledger_snapshot_row (snapshot_id, position, row_key, unit_id, cells)"
                + " values (:snapshot, :position, :key, :unit, :cells)", rows.toArray(MapSqlParameterSource[]::new));
        return snapshotId;
    }

    private boolean exists(String scheduleKey) {
        Integer n = jdbc.queryForObject("select count(*) from ledger_snapshot where schedule_key = :key",
                new MapSqlParameterSource("key", scheduleKey), Integer.class);
        return n != null && n > 0;
    }

    private static final String SELECT = """
            select s.*, u.name as unit_name from ledger_snapshot s left join unit u on u.id = s.unit_id""";

    private SnapshotSummary summary(Long id) {
        return jdbc.query(SELECT + " where s.id = :id", new MapSqlParameterSource("id", id), (rs, n) -> new SnapshotSummary(
                rs.getLong("id"), LedgerType.valueOf(rs.getString("ledger_type")), SnapshotKind.valueOf(rs.getString("kind")),
                rs.getObject("unit_id", Long.class), rs.getString("unit_name"), rs.getObject("as_of", LocalDate.class),
                rs.getObject("period_from", LocalDate.class), rs.getObject("period_to", LocalDate.class), rs.getInt("row_count"),
                rs.getTimestamp("taken_at").toInstant(), rs.getString("taken_by_name")))
                .stream().findFirst().orElseThrow(() -> new NotFoundException("snapshot", id));
    }

    private static void checkSee(SnapshotSummary snapshot, CrmPrincipal me) {
        if (!LedgerService.seesDistrict(me) && snapshot.unitId() != null && !snapshot.unitId().equals(me.unitId())) {
            throw new AccessDeniedException("Snapshot " + snapshot.id() + " is another unit's");
        }
    }

    /** The unit both snapshots are narrowed to: the reader's own, else the unit of a unit's snapshot, else none. */
    private Long scope(SnapshotSummary older, SnapshotSummary newer) {
        CrmPrincipal me = currentUser.require();
        if (!LedgerService.seesDistrict(me)) {
            return me.unitId();
        }
        return older.unitId() != null ? older.unitId() : newer.unitId();
    }

    private record Stored(Long unitId, Map<String, String> cells) {
    }

    /** A snapshot's rows by key, in their order, optionally of one unit. */
    private Map<String, Stored> stored(Long snapshotId, Long unit) {
        MapSqlParameterSource params = new MapSqlParameterSource("id", snapshotId);
        String narrowed = "";
        if (unit != null) {
            narrowed = " and unit_id = :unit";
            params.addValue("unit", unit);
        }
        Map<String, Stored> rows = new LinkedHashMap<>();
        jdbc.query("select row_key, unit_id, cells from ledger_snapshot_row where snapshot_id = :id" + narrowed
                + " order by position", params, rs -> {
                    rows.put(rs.getString("row_key"), new Stored(rs.getObject("unit_id", Long.class),
                            SnapshotCodec.parse(rs.getString("cells"))));
                });
        return rows;
    }

    /** Today's columns of the ledger, and after them any column an older snapshot had that the ledger has dropped. */
    private List<LedgerColumn> columns(SnapshotSummary older, SnapshotSummary newer) {
        List<LedgerColumn> columns = new ArrayList<>(ledgers.definition(newer.type()).columns());
        Set<String> known = new HashSet<>(columns.stream().map(LedgerColumn::key).toList());
        for (Long id : List.of(older.id(), newer.id())) {
            String keys = jdbc.queryForObject("select column_keys from ledger_snapshot where id = :id",
                    new MapSqlParameterSource("id", id), String.class);
            for (String key : keys.split(",")) {
                if (known.add(key)) {
                    columns.add(new LedgerColumn(key, "ledger.col." + key, ColumnKind.TEXT, 12, false, null, false));
                }
            }
        }
        return columns;
    }

    private static Object[] values(List<LedgerColumn> columns, Map<String, String> cells) {
        Object[] values = new Object[columns.size()];
        for (int c = 0; c < values.length; c++) {
            values[c] = SnapshotCodec.value(columns.get(c), cells.get(columns.get(c).key()));
        }
        return values;
    }
}
