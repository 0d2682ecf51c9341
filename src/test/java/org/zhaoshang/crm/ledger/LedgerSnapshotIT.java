package org.zhaoshang.crm.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.zhaoshang.crm.ledger.LedgerFixture.TODAY;
import static org.zhaoshang.crm.project.ProjectTestData.wan;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.TriggerKey;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.zhaoshang.crm.project.ProjectService;
import org.zhaoshang.crm.reminder.JobAdminService;
import org.zhaoshang.crm.reminder.JobInfo;
import org.zhaoshang.crm.project.ProjectTestData;
import org.zhaoshang.crm.project.Stage;
import org.zhaoshang.crm.project.StageFacts;
import org.zhaoshang.crm.security.SystemActor;
import org.zhaoshang.crm.support.Actors;
import org.zhaoshang.crm.support.CrmIntegrationTest;

/**
 * Snapshots against the real database and scheduler: two snapshots compared show exactly what changed in between,
 * rows that came and went, a unit's reader narrowed to the unit, scheduled snapshots taken once per day and kind,
 * and the comparison exported with its highlights.
 */
@CrmIntegrationTest
class LedgerSnapshotIT {

    @Autowired
    LedgerSnapshotService snapshots;
    @Autowired
    LedgerService ledgers;
    @Autowired
    ProjectService projects;
    @Autowired
    LedgerFixture fixture;
    @Autowired
    ProjectTestData data;
    @Autowired
    Actors actors;
    @Autowired
    Scheduler scheduler;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    JobAdminService jobAdmin;

    @Test
    void changingAProjectsStageAndAmountBetweenTwoSnapshotsShowsExactlyThatChange() {
        Long id = fixture.signed("staff", ProjectTestData.unique("快照对比"), wan(30000), wan(30000));
        SnapshotSummary before = actors.as("leader", () -> snapshots.take(LedgerType.SIGNED));

        fixture.advance("staff", id, Stage.LANDED, new StageFacts(null, null, null, null, null, null, null, null, TODAY, null, null));
        fixture.setInvestment("staff", id, wan(35000));
        SnapshotSummary after = actors.as("leader", () -> snapshots.take(LedgerType.SIGNED));

        LedgerDiff diff = actors.as("leader", () -> snapshots.compare(before.id(), after.id()));
        assertThat(diff.rows()).singleElement().satisfies(row -> {
            assertThat(row.kind()).isEqualTo(DiffKind.CHANGED);
            assertThat(row.key()).isEqualTo(id.toString());
            assertThat(row.changed()).containsExactlyInAnyOrder("stage", "totalInvestment");
            int stage = diff.columns().indexOf(column(diff, "stage"));
            int amount = diff.columns().indexOf(column(diff, "totalInvestment"));
            assertThat(row.before()[stage]).isEqualTo("SIGNED");
            assertThat(row.after()[stage]).isEqualTo("LANDED");
            assertThat((BigDecimal) row.before()[amount]).isEqualByComparingTo("30000");
            assertThat((BigDecimal) row.after()[amount]).isEqualByComparingTo("35000");
        });
        assertThat(diff.unchanged()).isEqualTo(before.rowCount() - 1);
        assertThat(before.kind()).isEqualTo(SnapshotKind.MANUAL);
        assertThat(before.unitId()).as("a leader's snapshot is of the district").isNull();
    }

    @Test
    void aProjectSignedInBetweenIsAddedAndOneSteppedBackIsRemoved() {
        Long leaving = fixture.signed("staff", ProjectTestData.unique("快照退回"), wan(5000), wan(5000));
        SnapshotSummary before = actors.as("leader", () -> snapshots.take(LedgerType.SIGNED));

        Long arriving = fixture.signed("staff", ProjectTestData.unique("快照新增"), wan(6000), wan(6000));
        long version = data.get("leader", leaving).version();
        actors.run("leader", () -> projects.stepBack(leaving, version, Stage.NEGOTIATION, "协议未生效，退回洽谈"));
        SnapshotSummary after = actors.as("leader", () -> snapshots.take(LedgerType.SIGNED));

        LedgerDiff diff = actors.as("leader", () -> snapshots.compare(before.id(), after.id()));
        assertThat(diff.rows()).extracting(DiffRow::kind, DiffRow::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple(DiffKind.ADDED, arriving.toString()),
                org.assertj.core.groups.Tuple.tuple(DiffKind.REMOVED, leaving.toString()));
        assertThat(diff.count(DiffKind.CHANGED)).isZero();
    }

    @Test
    void aUnitsReaderTakesTheUnitsSnapshotAndComparesOnlyTheUnitsRows() {
        Long ours = fixture.signed("staff", ProjectTestData.unique("快照本单位"), wan(1000), wan(1000));
        SnapshotSummary districtBefore = actors.as("leader", () -> snapshots.take(LedgerType.SIGNED));
        SnapshotSummary unitSnapshot = actors.as("staff", () -> snapshots.take(LedgerType.SIGNED));
        Long unit = fixture.unitId("区商务局");
        assertThat(unitSnapshot.unitId()).isEqualTo(unit);
        assertThat(actors.as("staff", () -> snapshots.rows(unitSnapshot.id()))).isNotEmpty()
                .allSatisfy(row -> assertThat(row.unitId()).isEqualTo(unit)).extracting(LedgerRow::key).contains(ours.toString());

        assertThatThrownBy(() -> actors.as("staff2", () -> snapshots.rows(unitSnapshot.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(actors.as("staff2", () -> snapshots.list(LedgerType.SIGNED))).extracting(SnapshotSummary::id)
                .contains(districtBefore.id()).doesNotContain(unitSnapshot.id());
        Long otherUnit = fixture.unitId("二七经开区管委会");
        assertThat(actors.as("staff2", () -> snapshots.rows(districtBefore.id())))
                .allSatisfy(row -> assertThat(row.unitId()).isEqualTo(otherUnit));

        fixture.setInvestment("staff", ours, wan(1500));
        SnapshotSummary districtAfter = actors.as("leader", () -> snapshots.take(LedgerType.SIGNED));
        assertThat(actors.as("staff2", () -> snapshots.compare(districtBefore.id(), districtAfter.id())).rows())
                .as("another unit's change is not the reader's business").isEmpty();
        assertThat(actors.as("staff", () -> snapshots.compare(districtBefore.id(), districtAfter.id())).rows())
                .extracting(DiffRow::key).containsExactly(ours.toString());
    }

    @Test
    void scheduledSnapshotsFreezeEveryLedgerOncePerDayAndKind() {
        java.time.LocalDate day = TODAY.minusYears(3);
        String first = SystemActor.call(() -> snapshots.takeScheduled(SnapshotKind.MONTH_END, day));
        String again = SystemActor.call(() -> snapshots.takeScheduled(SnapshotKind.MONTH_END, day));

        assertThat(first).isEqualTo("taken 7, already there 0");
        assertThat(again).isEqualTo("taken 0, already there 7");
        List<SnapshotSummary> batches = actors.as("leader", () -> snapshots.list(LedgerType.THREE_BATCHES)).stream()
                .filter(s -> s.kind() == SnapshotKind.MONTH_END && s.asOf().equals(day)).toList();
        assertThat(batches).singleElement().satisfies(s -> {
            assertThat(s.unitId()).isNull();
            assertThat(s.periodFrom()).isEqualTo(day.withDayOfYear(1));
            assertThat(s.periodTo()).isEqualTo(day);
            assertThat(s.takenBy()).isEqualTo("系统");
        });
        assertThatThrownBy(() -> actors.as("leader", () -> snapshots.takeScheduled(SnapshotKind.WEEKLY, day)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theSnapshotJobsAreScheduledForFridayAndMonthEndAndRunOnceThroughTheRecordedJobBase() throws SchedulerException {
        CronTrigger weekly = (CronTrigger) scheduler.getTrigger(TriggerKey.triggerKey("ledger-weekly-snapshot", "ledgers"));
        CronTrigger monthEnd = (CronTrigger) scheduler.getTrigger(TriggerKey.triggerKey("ledger-month-end-snapshot", "ledgers"));
        assertThat(weekly.getCronExpression()).isEqualTo("0 0 17 ? * FRI");
        assertThat(monthEnd.getCronExpression()).isEqualTo("0 0 17 L * ?");
        assertThat(weekly.getTimeZone().getID()).isEqualTo("Asia/Shanghai");

        Instant started = Instant.now().minusSeconds(1);
        scheduler.triggerJob(JobKey.jobKey("ledger-weekly-snapshot", "ledgers"));
        await("the weekly snapshot job to finish").atMost(Duration.ofSeconds(60)).until(() -> jdbc.queryForList(
                "select result from job_run where job_name = 'ledger-weekly-snapshot' and started_at >= ? and finished_at is not null",
                String.class, Timestamp.from(started)), rows -> !rows.isEmpty());
        assertThat(jdbc.queryForObject("select result from job_run where job_name = 'ledger-weekly-snapshot' and started_at >= ?",
                String.class, Timestamp.from(started))).isEqualTo("OK");
        assertThat(jdbc.queryForObject("select count(*) from ledger_snapshot where kind = 'WEEKLY' and as_of = ?",
                Integer.class, TODAY)).isEqualTo(LedgerType.values().length);
    }

    @Test
    void theAdministratorSeesAndReschedulesTheSnapshotJobsOnTheJobsPage() {
        List<JobInfo> jobs = actors.as("admin", () -> jobAdmin.jobs());
        assertThat(jobs).filteredOn(j -> j.name().startsWith("ledger-")).extracting(JobInfo::name, JobInfo::schedule)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("ledger-month-end-snapshot", "0 0 17 L * ?"),
                        org.assertj.core.groups.Tuple.tuple("ledger-weekly-snapshot", "0 0 17 ? * FRI"),
                        org.assertj.core.groups.Tuple.tuple("ledger-weekly-snapshot-prune", "0 30 2 ? * SUN"));
        assertThat(jobs).extracting(JobInfo::name).contains("daily-digest", "outbox-sender");

        actors.run("admin", () -> jobAdmin.reschedule("ledger-weekly-snapshot", "0 30 16 ? * FRI"));
        try {
            assertThat(actors.as("admin", () -> jobAdmin.jobs())).filteredOn(j -> j.name().equals("ledger-weekly-snapshot"))
                    .singleElement().satisfies(j -> assertThat(j.schedule()).isEqualTo("0 30 16 ? * FRI"));
        } finally {
            actors.run("admin", () -> jobAdmin.reschedule("ledger-weekly-snapshot", "0 0 17 ? * FRI"));
        }
    }

    @Test
    void theComparisonSheetMarksAddedRemovedAndChangedCells() throws IOException {
        Long changing = fixture.signed("staff", ProjectTestData.unique("对比表变更"), wan(2000), wan(2000));
        SnapshotSummary before = actors.as("leader", () -> snapshots.take(LedgerType.SIGNED));
        Long arriving = fixture.signed("staff", ProjectTestData.unique("对比表新增"), wan(3000), wan(3000));
        fixture.setInvestment("staff", changing, wan(2500));
        SnapshotSummary after = actors.as("leader", () -> snapshots.take(LedgerType.SIGNED));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        actors.run("leader", () -> {
            try {
                snapshots.writeDiffXlsx(snapshots.compare(before.id(), after.id()), Locale.SIMPLIFIED_CHINESE, out);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        XSSFSheet sheet = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray())).getSheetAt(0);
        assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("二七区签约项目台账（快照对比）");
        assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("对比：").contains("新增 1 项，删除 0 项，变更 1 项");
        assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("变化");
        assertThat(sheet.getRow(2).getCell(2).getStringCellValue()).isEqualTo("项目名称");

        Row added = sheet.getRow(3);
        assertThat(added.getCell(1).getStringCellValue()).isEqualTo("新增");
        assertThat(added.getCell(2).getStringCellValue()).startsWith("对比表新增");
        assertThat(fill(added.getCell(2))).isEqualTo(IndexedColors.LIGHT_GREEN.getIndex());

        Row changed = sheet.getRow(4);
        assertThat(changed.getCell(1).getStringCellValue()).isEqualTo("变更");
        int amount = 2 + actors.as("leader", () -> ledgers.definition(LedgerType.SIGNED)).indexOf("totalInvestment");
        assertThat(changed.getCell(amount).getNumericCellValue()).isEqualTo(2500.0);
        assertThat(fill(changed.getCell(amount))).isEqualTo(IndexedColors.LIGHT_YELLOW.getIndex());
        assertThat(changed.getCell(amount).getCellComment().getString().getString()).isEqualTo("原：2,000.00");
        assertThat(fill(changed.getCell(2))).as("an unchanged cell of a changed row").isNotEqualTo(IndexedColors.LIGHT_YELLOW.getIndex());
        assertThat(arriving).isNotNull();
    }

    private static short fill(Cell cell) {
        return cell.getCellStyle().getFillPattern() == FillPatternType.SOLID_FOREGROUND ? cell.getCellStyle().getFillForegroundColor() : -1;
    }

    private static LedgerColumn column(LedgerDiff diff, String key) {
        return diff.columns().stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
    }
}
